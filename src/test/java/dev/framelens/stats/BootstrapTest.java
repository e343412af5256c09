package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static final double EPS = 1e-12;

    // five sentences; A = 2 + 1 + 0 + 3 + 0 = 6, R = 0 + 1 + 1 + 0 + 0 = 2
    private static final double[] ALARM = {2, 1, 0, 3, 0};
    private static final double[] REASSURANCE = {0, 1, 1, 0, 0};

    @Test
    void indexIsTheEmpiricalLogit() {
        // ln((A + ½)/(R + ½)), Lowe et al. 2011
        assertEquals(0.8472978603872037, Bootstrap.index(3, 1), EPS);        // ln(3.5/1.5)
        assertEquals(-0.8472978603872037, Bootstrap.index(1, 3), EPS);       // ln(1.5/3.5): sides swapped
        assertEquals(0.9555114450274363, Bootstrap.index(6, 2), EPS);        // ln(6.5/2.5) = ln 2.6
        assertEquals(0.9555114450274363, Bootstrap.index(ALARM, REASSURANCE), EPS);
        assertEquals(-1.3862943611198906, Bootstrap.index(0, 1.5), EPS);     // ln(0.5/2) = −ln 4
        // one side only is not pinned at an end: ln 7, ln 21
        assertEquals(1.9459101490553132, Bootstrap.index(3, 0), EPS);
        assertEquals(3.044522437723423, Bootstrap.index(10, 0), EPS);
        // balance is 0, with or without frame weight
        assertEquals(0.0, Bootstrap.index(2.5, 2.5));
        assertEquals(0.0, Bootstrap.index(0, 0));
        assertEquals(0.0, Bootstrap.index(new double[] {0, 0}, new double[] {0, 0}));
    }

    @Test
    void swappingTheSidesMirrorsIndexAndInterval() {
        // the replicates are drawn alike and each is negated, so the interval mirrors around 0
        Bootstrap.Interval forward = Bootstrap.alarmIndex(ALARM, REASSURANCE, 500, 0.9, 3L);
        Bootstrap.Interval swapped = Bootstrap.alarmIndex(REASSURANCE, ALARM, 500, 0.9, 3L);
        assertEquals(-forward.index(), swapped.index(), EPS);
        assertEquals(-forward.high(), swapped.low(), EPS);
        assertEquals(-forward.low(), swapped.high(), EPS);
    }

    @Test
    void fixedSeedIsReproducible() {
        Bootstrap.Interval first = Bootstrap.alarmIndex(ALARM, REASSURANCE, 12345L);
        Bootstrap.Interval second = Bootstrap.alarmIndex(ALARM, REASSURANCE, 12345L);
        assertEquals(first, second);
        assertArrayEquals(Bootstrap.replicates(ALARM, REASSURANCE, 500, 9L),
                Bootstrap.replicates(ALARM, REASSURANCE, 500, 9L));
        assertFalse(Arrays.equals(Bootstrap.replicates(ALARM, REASSURANCE, 500, 9L),
                Bootstrap.replicates(ALARM, REASSURANCE, 500, 10L)));
    }

    @Test
    void intervalContainsThePointIndex() {
        Bootstrap.Interval interval = Bootstrap.alarmIndex(ALARM, REASSURANCE, 2024L);
        double index = 0.9555114450274363;                                     // ln(6.5/2.5)
        assertEquals(index, interval.index(), EPS);
        assertTrue(interval.low() < index && index < interval.high(), interval::toString);
        // a replicate of 5 sentences has A ≤ 15 and R ≤ 5: ln(0.5/5.5) ≤ index ≤ ln(15.5/0.5)
        assertTrue(interval.low() >= Math.log(0.5 / 5.5) && interval.high() <= Math.log(15.5 / 0.5),
                interval::toString);
    }

    @Test
    void replicatesFollowTheDocumentedDraws() {
        // the contract: the distinct weight pairs, largest group first (ties by first occurrence), get
        // conditional binomial counts from one SplittableRandom(seed); here five pairs of one sentence each
        double[][] pairs = {{2, 0}, {1, 1}, {0, 1}, {3, 0}, {0, 0}};
        SplittableRandom random = new SplittableRandom(77L);
        double[] expected = new double[3];
        for (int r = 0; r < 3; r++) {
            int left = 5;
            double a = 0;
            double q = 0;
            for (int c = 0; c < 4 && left > 0; c++) {
                int drawn = dev.framelens.stats.internal.Binomial.draw(left, 1.0 / (5 - c), random);
                a += drawn * pairs[c][0];
                q += drawn * pairs[c][1];
                left -= drawn;
            }
            a += left * pairs[4][0];
            q += left * pairs[4][1];
            expected[r] = Math.log((a + 0.5) / (q + 0.5));
        }
        assertArrayEquals(expected, Bootstrap.replicates(ALARM, REASSURANCE, 3, 77L), 0.0);
    }

    @Test
    void twoSentencesByHand() {
        // alarm {1, 0}, reassurance {0, 0}: a resample holds the alarm sentence 0, 1 or 2 times with
        // probabilities 1/4, 1/2, 1/4, so the replicates are ln(0.5/0.5) = 0, ln 3 and ln 5 in those shares
        int b = 40_000;
        double[] reps = Bootstrap.replicates(new double[] {1, 0}, new double[] {0, 0}, b, 11L);
        double[] share = new double[3];
        for (double x : reps) {
            int times = x == 0.0 ? 0 : Math.abs(x - Math.log(3)) < 1e-12 ? 1 : Math.abs(x - Math.log(5)) < 1e-12 ? 2 : -1;
            assertTrue(times >= 0, "unexpected replicate " + x);
            share[times] += 1.0 / b;
        }
        // 5 standard errors: sqrt(p(1 - p)/B) is 0.0022 for 1/4 and 0.0025 for 1/2
        assertEquals(0.25, share[0], 0.011);
        assertEquals(0.50, share[1], 0.013);
        assertEquals(0.25, share[2], 0.011);
        // with B = 2000 the 2.5 % and 97.5 % quantiles sit on the two ends
        Bootstrap.Interval interval = Bootstrap.alarmIndex(new double[] {1, 0}, new double[] {0, 0}, 3L);
        assertEquals(Math.log(3), interval.index(), EPS);
        assertEquals(0.0, interval.low(), EPS);
        assertEquals(Math.log(5), interval.high(), EPS);
    }

    @Test
    void replicatesHaveTheDistributionOfResamplingSentenceBySentence() {
        // the reference: every one of the 5^5 = 3,125 equally likely sequences of five sentence draws,
        // enumerated; the replicates' shares of each value must match those exact probabilities
        java.util.Map<Long, Double> exact = new java.util.HashMap<>();
        for (int code = 0; code < 3125; code++) {
            double a = 0;
            double q = 0;
            for (int k = 0, c = code; k < 5; k++, c /= 5) {
                a += ALARM[c % 5];
                q += REASSURANCE[c % 5];
            }
            exact.merge(Double.doubleToLongBits(Math.log((a + 0.5) / (q + 0.5))), 1.0 / 3125, Double::sum);
        }
        int b = 200_000;
        java.util.Map<Long, Double> seen = new java.util.HashMap<>();
        for (double x : Bootstrap.replicates(ALARM, REASSURANCE, b, 2026L)) {
            seen.merge(Double.doubleToLongBits(x), 1.0 / b, Double::sum);
        }
        assertTrue(exact.keySet().containsAll(seen.keySet()), "a replicate no resample can give");
        double chi2 = 0;
        for (var e : exact.entrySet()) {
            double observed = seen.getOrDefault(e.getKey(), 0.0) * b;
            double expected = e.getValue() * b;
            chi2 += (observed - expected) * (observed - expected) / expected;
        }
        // degrees of freedom = distinct values - 1; chi-square's mean is df, sd sqrt(2 df): 6 sd above
        int df = exact.size() - 1;
        assertTrue(chi2 < df + 6 * Math.sqrt(2.0 * df), "chi-square " + chi2 + " on " + df + " df");
    }

    @Test
    void intervalIsTheType7PercentileOfTheReplicates() {
        // B = 11 replicates, level 0.8: p = 0.1 → h = 10·0.1 = 1 → x[1]; p = 0.9 → h = 9 → x[9]
        double[] sorted = Bootstrap.replicates(ALARM, REASSURANCE, 11, 5L);
        Arrays.sort(sorted);
        Bootstrap.Interval interval = Bootstrap.alarmIndex(ALARM, REASSURANCE, 11, 0.8, 5L);
        assertEquals(sorted[1], interval.low(), 1e-15);
        assertEquals(sorted[9], interval.high(), 1e-15);
    }

    @Test
    void constantSentencesGiveADegenerateInterval() {
        // every sentence alarm 1, reassurance 0: every resample has A = 3, R = 0, index ln(3.5/0.5) = ln 7
        Bootstrap.Interval interval = Bootstrap.alarmIndex(new double[] {1, 1, 1}, new double[] {0, 0, 0}, 99L);
        assertEquals(1.9459101490553132, interval.index(), EPS);
        assertEquals(interval.index(), interval.low());
        assertEquals(interval.index(), interval.high());
        // one sentence: every resample is that sentence, ln(1.5/3.5)
        interval = Bootstrap.alarmIndex(new double[] {1}, new double[] {3}, 1L);
        assertEquals(-0.8472978603872037, interval.index(), EPS);
        assertEquals(interval.index(), interval.low());
        assertEquals(interval.index(), interval.high());
    }

    @Test
    void seededDocumentsGiveOrderedIntervalsWithinTheReachableRange() {
        SplittableRandom random = new SplittableRandom(31L);
        for (int doc = 0; doc < 50; doc++) {
            int n = 1 + random.nextInt(40);
            double[] alarm = new double[n];
            double[] reassurance = new double[n];
            for (int i = 0; i < n; i++) {
                alarm[i] = random.nextInt(3);
                reassurance[i] = random.nextInt(2);
            }
            Bootstrap.Interval interval = Bootstrap.alarmIndex(alarm, reassurance, 200, 0.9, doc);
            // a replicate has 0 ≤ A ≤ 2n and 0 ≤ R ≤ n
            double floor = Math.log(0.5 / (n + 0.5));
            double ceiling = Math.log((2 * n + 0.5) / 0.5);
            assertTrue(floor <= interval.low() && interval.low() <= interval.high() && interval.high() <= ceiling,
                    interval::toString);
            assertEquals(Bootstrap.index(alarm, reassurance), interval.index());
        }
    }

    @Test
    void invalidArgumentsNameValueAndRule() {
        assertEquals("level (1.0) must be strictly between 0 and 1, e.g. 0.95",
                assertThrows(IllegalArgumentException.class,
                        () -> Bootstrap.alarmIndex(ALARM, REASSURANCE, 100, 1.0, 1L)).getMessage());
        assertEquals("resamples (0) must be ≥ 1: the bootstrap needs at least one replicate (default 2000)",
                assertThrows(IllegalArgumentException.class,
                        () -> Bootstrap.alarmIndex(ALARM, REASSURANCE, 0, 0.95, 1L)).getMessage());
        assertEquals("alarm[1] (-1.0) must be a finite number ≥ 0",
                assertThrows(IllegalArgumentException.class,
                        () -> Bootstrap.index(new double[] {0, -1}, new double[] {0, 0})).getMessage());
        assertEquals("alarm.length (2) must equal reassurance.length (1): they describe the same items",
                assertThrows(IllegalArgumentException.class,
                        () -> Bootstrap.alarmIndex(new double[] {0, 1}, new double[] {0}, 1L)).getMessage());
        assertEquals("alarm.length (0) must be ≥ 1: the bootstrap resamples sentences, so the document needs "
                        + "at least one sentence",
                assertThrows(IllegalArgumentException.class,
                        () -> Bootstrap.alarmIndex(new double[0], new double[0], 1L)).getMessage());
        assertEquals("reassuranceTotal (NaN) must be a finite number ≥ 0",
                assertThrows(IllegalArgumentException.class, () -> Bootstrap.index(1.0, Double.NaN)).getMessage());
    }
}

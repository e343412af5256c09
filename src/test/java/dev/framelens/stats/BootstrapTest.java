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
        // the contract: one SplittableRandom(seed); replicate r uses the next n draws nextInt(n)
        SplittableRandom random = new SplittableRandom(77L);
        double[] expected = new double[3];
        for (int r = 0; r < 3; r++) {
            double a = 0;
            double q = 0;
            for (int k = 0; k < ALARM.length; k++) {
                int s = random.nextInt(ALARM.length);
                a += ALARM[s];
                q += REASSURANCE[s];
            }
            expected[r] = Math.log((a + 0.5) / (q + 0.5));
        }
        assertArrayEquals(expected, Bootstrap.replicates(ALARM, REASSURANCE, 3, 77L), 0.0);
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

    /** The class comment's resampling, written with SplittableRandom itself: the oracle. */
    private static double[] replicatesWithSplittableRandom(double[] alarm, double[] reassurance, int resamples,
                                                          long seed) {
        int n = alarm.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double a = 0.0;
            double q = 0.0;
            for (int k = 0; k < n; k++) {
                int s = random.nextInt(n);
                a += alarm[s];
                q += reassurance[s];
            }
            out[r] = Math.log((a + 0.5) / (q + 0.5));
        }
        return out;
    }

    @Test
    void theInlinedDrawsAreSplittableRandomsBitForBit() {
        java.util.Random g = new java.util.Random(20261202);
        // every n up to 300 (powers of two included), then large ones, where a draw is rejected now
        // and then (n = 100,000 rejects 2^31 mod n / 2^31 ≈ 4e-5 of the values: ~10 per replicate set)
        for (int t = 0; t < 340; t++) {
            int n = t < 300 ? t + 1 : t < 338 ? 50_000 + g.nextInt(150_000) : 1 << (16 + t - 338);
            double[] alarm = new double[n];
            double[] reassurance = new double[n];
            for (int i = 0; i < n; i++) {
                alarm[i] = g.nextInt(3) * 0.5;
                reassurance[i] = g.nextInt(2);
            }
            long seed = g.nextLong();
            int resamples = n > 1_000 ? 2 : 9;
            assertArrayEquals(replicatesWithSplittableRandom(alarm, reassurance, resamples, seed),
                    Bootstrap.replicates(alarm, reassurance, resamples, seed), "n = " + n + ", seed " + seed);
        }
    }
}

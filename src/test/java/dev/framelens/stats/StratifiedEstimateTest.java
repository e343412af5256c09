package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedEstimateTest {
    private static final double EPS = 1e-12;
    private static final double Z = Wilson.Z95;

    @Test
    void oneStratumIsWilsonExactly() {
        StratifiedEstimate.Estimate e = StratifiedEstimate.ratio(
                List.of(StratifiedEstimate.Stratum.proportion(500, 10, 8)), Z);
        Wilson.Interval w = Wilson.interval(8, 10, Z);
        assertEquals(0.8, e.value(), EPS);
        assertEquals(10, e.effective(), EPS);
        assertEquals(w.low(), e.low(), EPS);
        assertEquals(w.high(), e.high(), EPS);
        // a domain within one stratum: y of x, whatever the other sampled units
        StratifiedEstimate.Estimate d = StratifiedEstimate.ratio(List.of(new StratifiedEstimate.Stratum(900, 20, 6, 2)), Z);
        assertEquals(2.0 / 6, d.value(), EPS);
        assertEquals(6, d.effective(), EPS);
        assertEquals(Wilson.interval(2, 6, Z).low(), d.low(), EPS);
    }

    @Test
    void twoStrataOfAProportion() {
        // A: N = 100, 8 of 10; B: N = 300, 5 of 10.
        // p = (100·0.8 + 300·0.5) / 400 = 0.575
        // v = (100² · 0.16 / 10 + 300² · 0.25 / 10) / 400² = (160 + 2250) / 160000 = 0.0150625
        // n* = 0.575 · 0.425 / 0.0150625 = 16.224066 (< 20 units, not capped)
        StratifiedEstimate.Estimate e = StratifiedEstimate.ratio(List.of(
                StratifiedEstimate.Stratum.proportion(100, 10, 8), StratifiedEstimate.Stratum.proportion(300, 10, 5)), Z);
        assertEquals(0.575, e.value(), EPS);
        assertEquals(0.0150625, e.variance(), EPS);
        assertEquals(0.575 * 0.425 / 0.0150625, e.effective(), 1e-9);
        assertEquals(20, e.units());
        assertEquals(0.34386816185723557, e.low(), 1e-9);
        assertEquals(0.777414980893704, e.high(), 1e-9);
    }

    @Test
    void ratioOfTwoStrataWithTheCap() {
        // none: N = 900, n = 10, 2 coded S, none caught; alarm: N = 100, n = 10, 6 coded S, all caught.
        // X = 90·2 + 10·6 = 240, Y = 10·6 = 60, R = 0.25.
        // d in none: −0.25 (2 units), 0 (8): mean −0.05, mean square 0.0125, s² = 0.01 → 900²·0.01/10 = 810
        // d in alarm: 0.75 (6), 0 (4): mean 0.45, mean square 0.3375, s² = 0.135 → 100²·0.135/10 = 135
        // v = 945 / 240² = 0.01640625; n* = 0.1875 / v = 11.43 > 8 units → capped at 8: Wilson(0.25, 8)
        StratifiedEstimate.Estimate e = StratifiedEstimate.ratio(List.of(
                new StratifiedEstimate.Stratum(900, 10, 2, 0), new StratifiedEstimate.Stratum(100, 10, 6, 6)), Z);
        assertEquals(0.25, e.value(), EPS);
        assertEquals(945.0 / 57600, e.variance(), EPS);
        assertEquals(8, e.effective(), EPS);
        assertEquals(Wilson.interval(2, 8, Z).low(), e.low(), EPS);
        assertEquals(0.071479212752109, e.low(), 1e-9);
        assertEquals(0.5907245696898311, e.high(), 1e-9);
    }

    @Test
    void emptyStrataDropOutAndNoDomainIsNaN() {
        StratifiedEstimate.Estimate e = StratifiedEstimate.ratio(List.of(
                StratifiedEstimate.Stratum.proportion(40, 0, 0), StratifiedEstimate.Stratum.proportion(10, 4, 3)), Z);
        assertEquals(0.75, e.value(), EPS);
        assertEquals(4, e.effective(), EPS);
        StratifiedEstimate.Estimate none = StratifiedEstimate.ratio(List.of(new StratifiedEstimate.Stratum(50, 5, 0, 0)), Z);
        assertTrue(Double.isNaN(none.value()) && Double.isNaN(none.low()));
        assertEquals(0, none.units());
    }

    @Test
    void weightsMatter() {
        // the same coded units, but stratum B ten times larger: the estimate moves towards B's share
        double small = StratifiedEstimate.ratio(List.of(StratifiedEstimate.Stratum.proportion(10, 10, 10),
                StratifiedEstimate.Stratum.proportion(10, 10, 0)), Z).value();
        double large = StratifiedEstimate.ratio(List.of(StratifiedEstimate.Stratum.proportion(10, 10, 10),
                StratifiedEstimate.Stratum.proportion(100, 10, 0)), Z).value();
        assertEquals(0.5, small, EPS);
        assertEquals(10.0 / 110, large, EPS);
    }

    @Test
    void inconsistentStrataSayWhy() {
        assertEquals("hits (3) must be ≤ domain (2): y ≤ x",
                assertThrows(IllegalArgumentException.class, () -> new StratifiedEstimate.Stratum(10, 5, 2, 3)).getMessage());
        assertEquals("sampled (12) must be ≤ size (10): a sample cannot be larger than its stratum",
                assertThrows(IllegalArgumentException.class, () -> new StratifiedEstimate.Stratum(10, 12, 2, 1)).getMessage());
    }
}

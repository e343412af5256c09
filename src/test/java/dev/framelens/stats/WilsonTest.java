package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonTest {
    private static final double EPS = 1e-12;
    private static final double Z = Wilson.Z95;

    @Test
    void halfOfTen() {
        // p = 0.5, n = 10, z² = 3.841459: centre = (0.5 + 0.192073) / 1.384146 = 0.5;
        // half = 1.959964 / 1.384146 · √(0.025 + 0.009604) = 1.416013 · 0.186021 = 0.263407
        Wilson.Interval ci = Wilson.interval(5, 10, Z);
        assertEquals(0.236593090512564, ci.low(), EPS);
        assertEquals(0.7634069094874361, ci.high(), EPS);
    }

    @Test
    void eightOfTen() {
        // centre = (0.8 + 0.192073) / 1.384146 = 0.716740; half = 1.416013 · √(0.016 + 0.009604) = 0.226578
        Wilson.Interval ci = Wilson.interval(8, 10, Z);
        assertEquals(0.4901624715366418, ci.low(), EPS);
        assertEquals(0.9433178485456248, ci.high(), EPS);
    }

    @Test
    void noneAndAllStayInsideTheUnitInterval() {
        // 0 of n: [0, z² / (n + z²)]; 0 of 10 → 3.841459 / 13.841459; 0 of 3 → 3.841459 / 6.841459
        Wilson.Interval zero = Wilson.interval(0, 10, Z);
        assertEquals(0.0, zero.low());
        assertEquals(Z * Z / (10 + Z * Z), zero.high(), EPS);
        assertEquals(0.5614970317550455, Wilson.interval(0, 3, Z).high(), EPS);
        // n of n mirrors it, and the upper end is exactly 1
        Wilson.Interval all = Wilson.interval(10, 10, Z);
        assertEquals(1.0, all.high());
        assertEquals(1 - Z * Z / (10 + Z * Z), all.low(), EPS);
    }

    @Test
    void noTrialsGiveNaN() {
        Wilson.Interval ci = Wilson.interval(0, 0, Z);
        assertTrue(Double.isNaN(ci.low()) && Double.isNaN(ci.high()));
    }

    @Test
    void realSampleSizeMatchesTheIntegerOne() {
        Wilson.Interval a = Wilson.interval(3, 7, Z);
        Wilson.Interval b = Wilson.interval(3.0 / 7, 7.0, Z);
        assertEquals(a, b);
    }

    @Test
    void badArgumentsSayWhy() {
        assertEquals("successes (11) must be ≤ n (10): a proportion of n trials",
                assertThrows(IllegalArgumentException.class, () -> Wilson.interval(11, 10, Z)).getMessage());
        assertEquals("z (0.0) must be a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 10, 0)).getMessage());
        assertEquals("p (1.5) must be in [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1.5, 10, Z)).getMessage());
    }
}

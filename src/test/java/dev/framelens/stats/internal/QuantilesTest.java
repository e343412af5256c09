package dev.framelens.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    private static final double[] SAMPLE = {1, 2, 3, 4};

    @Test
    void type7MatchesRDefault() {
        // R: quantile(c(1, 2, 3, 4), c(0, 0.25, 0.5, 0.9, 1)) = 1, 1.75, 2.5, 3.7, 4
        // p = 0.25: h = 3·0.25 = 0.75 → 1 + 0.75·(2 − 1) = 1.75
        // p = 0.5:  h = 1.5         → 2 + 0.5·(3 − 2)  = 2.5
        // p = 0.9:  h = 2.7         → 3 + 0.7·(4 − 3)  = 3.7
        assertEquals(1.0, Quantiles.type7(SAMPLE, 0.0));
        assertEquals(1.75, Quantiles.type7(SAMPLE, 0.25), 1e-15);
        assertEquals(2.5, Quantiles.type7(SAMPLE, 0.5), 1e-15);
        assertEquals(3.7, Quantiles.type7(SAMPLE, 0.9), 1e-15);
        assertEquals(4.0, Quantiles.type7(SAMPLE, 1.0));
        assertEquals(7.0, Quantiles.type7(new double[] {7}, 0.3));
    }

    @Test
    void invalidArguments() {
        assertEquals("p (1.5) must be in [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(SAMPLE, 1.5)).getMessage());
        assertEquals("sorted.length (0) must be ≥ 1: a quantile needs a sample",
                assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new double[0], 0.5)).getMessage());
    }
}

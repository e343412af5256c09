package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lagged Pearson correlations computed by hand (deviations from the pairs' own means). */
class CrossCorrelationTest {
    static final double[] X = {1, 2, 3, 4, 5};
    static final double[] Y = {2, 1, 4, 3, 5};

    @Test
    void handComputedLags() {
        List<CrossCorrelation.Lag> lags = CrossCorrelation.lagged(X, Y, 2);
        assertEquals(5, lags.size());
        // lag 0: dx = -2..2, dy = -1,-2,1,0,2: 8 / sqrt(10 · 10)
        assertEquals(new CrossCorrelation.Lag(0, 5, 0.8), lags.get(2));
        // lag 1: (1,1) (2,4) (3,3) (4,5): 5.5 / sqrt(5 · 8.75)
        assertEquals(1, lags.get(3).lag());
        assertEquals(4, lags.get(3).pairs());
        assertEquals(5.5 / Math.sqrt(5 * 8.75), lags.get(3).r(), 1e-15);
        // lag -1: (2,2) (3,1) (4,4) (5,3): 3 / sqrt(5 · 5)
        assertEquals(0.6, lags.get(1).r(), 1e-15);
        assertEquals(0.6546536707079772, lags.get(0).r(), 1e-15);
        assertEquals(0.5, lags.get(4).r(), 1e-15);
    }

    @Test
    void gapsDropTheirPairsAndFewPairsGiveNaN() {
        double[] gap = {1, 2, Double.NaN, 4, 5};
        CrossCorrelation.Lag l = CrossCorrelation.at(gap, Y, 0);
        assertEquals(4, l.pairs());
        assertEquals(0.8552359741197579, l.r(), 1e-15);
        CrossCorrelation.Lag far = CrossCorrelation.at(X, Y, 3);
        assertEquals(2, far.pairs());
        assertEquals(Double.NaN, far.r());
        assertEquals(Double.NaN, CrossCorrelation.at(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4}, 0).r());
        // swapping the series mirrors the lags
        for (int lag = -2; lag <= 2; lag++) {
            assertEquals(CrossCorrelation.at(X, Y, lag).r(), CrossCorrelation.at(Y, X, -lag).r(), 1e-15);
        }
    }

    @Test
    void misuseIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelation.lagged(X, new double[] {1}, 1));
        assertEquals(true, e.getMessage().contains("x") && e.getMessage().contains("y"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CrossCorrelation.lagged(X, Y, -1));
    }
}

package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Two-term vocabulary {x, y}, α0 = 10, pooled prior:
 * <pre>
 *   group a: x 4, y 1   n_a = 5
 *   group b: x 3, y 7   n_b = 10
 *   pooled:  x 7, y 8   N = 15  →  π_x = 7/15, π_y = 8/15
 *   α_x = 10·7/15 = 14/3,  α_y = 10·8/15 = 16/3   (α_x + α_y = α0 = 10)
 * </pre>
 */
class LogOddsTest {

    private static final double EPS = 1e-12;

    @Test
    void termOverRepresentedInGroupA() {
        // δ_x = ln[(4 + 14/3)/(5 + 10 − 4 − 14/3)] − ln[(3 + 14/3)/(10 + 10 − 3 − 14/3)]
        //     = ln[(26/3)/(19/3)] − ln[(23/3)/(37/3)] = ln(26/19) − ln(23/37) = ln(962/437)
        //     = 0.7890812555701162
        // σ²_x = 1/(26/3) + 1/(23/3) = 3/26 + 3/23 = 147/598 = 0.24581939799331104
        // z_x  = 0.7890812555701162 / √0.24581939799331104 = 1.5915256837076934
        LogOdds.Estimate x = LogOdds.pooled(4, 5, 3, 10, 10.0);
        assertEquals(Math.log(962.0 / 437.0), x.delta(), EPS);
        assertEquals(147.0 / 598.0, x.variance(), EPS);
        assertEquals(Math.log(962.0 / 437.0) / Math.sqrt(147.0 / 598.0), x.z(), EPS);
        assertEquals(1.5915256837076934, x.z(), EPS);
    }

    @Test
    void termOverRepresentedInGroupB() {
        // δ_y = ln[(1 + 16/3)/(5 + 10 − 1 − 16/3)] − ln[(7 + 16/3)/(10 + 10 − 7 − 16/3)]
        //     = ln[(19/3)/(26/3)] − ln[(37/3)/(23/3)] = ln(19/26) − ln(37/23) = −ln(962/437)
        // σ²_y = 3/19 + 3/37 = 168/703 = 0.23897581792318634
        // z_y  = −0.7890812555701162 / √0.23897581792318634 = −1.6141531894761896
        LogOdds.Estimate y = LogOdds.pooled(1, 5, 7, 10, 10.0);
        assertEquals(-Math.log(962.0 / 437.0), y.delta(), EPS);
        assertEquals(168.0 / 703.0, y.variance(), EPS);
        assertEquals(-1.6141531894761896, y.z(), EPS);
    }

    @Test
    void givenPriorWeightMatchesPooled() {
        double alphaX = LogOdds.priorWeight(10.0, 7, 15);
        assertEquals(14.0 / 3.0, alphaX, EPS);
        assertEquals(LogOdds.pooled(4, 5, 3, 10, 10.0), LogOdds.estimate(4, 5, 3, 10, alphaX, 10.0));
    }

    @Test
    void backgroundPrior() {
        // α0 = 4, background: x is 1 of 4 tokens → α_x = 1; a: x 1 of 2, b: x 0 of 2
        // δ = ln[(1+1)/(2+4−1−1)] − ln[(0+1)/(2+4−0−1)] = ln(2/4) − ln(1/5) = ln(5/2)
        // σ² = 1/2 + 1/1 = 3/2; z = ln(2.5)/√1.5 = 0.7481465540226457
        LogOdds.Estimate e = LogOdds.estimate(1, 2, 0, 2, LogOdds.priorWeight(4.0, 1, 4), 4.0);
        assertEquals(Math.log(2.5), e.delta(), EPS);
        assertEquals(1.5, e.variance(), EPS);
        assertEquals(Math.log(2.5) / Math.sqrt(1.5), e.z(), EPS);
    }

    @Test
    void swappingGroupsFlipsDeltaAndZExactly() {
        SplittableRandom random = new SplittableRandom(42L);
        for (int i = 0; i < 5000; i++) {
            long totalA = 1 + random.nextInt(5000);
            long totalB = 1 + random.nextInt(5000);
            long countA = random.nextLong(Math.min(totalA, 40) + 1);
            long countB = random.nextLong(Math.min(totalB, 40) + 1);
            if (countA + countB == 0) {
                continue;
            }
            double alpha0 = 1 + random.nextInt(1000);
            LogOdds.Estimate forward = LogOdds.pooled(countA, totalA, countB, totalB, alpha0);
            LogOdds.Estimate backward = LogOdds.pooled(countB, totalB, countA, totalA, alpha0);
            assertEquals(-forward.delta(), backward.delta(), 0.0);
            assertEquals(-forward.z(), backward.z(), 0.0);
            assertEquals(forward.variance(), backward.variance(), 0.0);
        }
    }

    @Test
    void defaultAlpha0() {
        assertEquals(500.0, LogOdds.DEFAULT_ALPHA0);
    }

    @Test
    void invalidArgumentsNameValueAndRule() {
        assertEquals("countA + countB (0) must be ≥ 1: a term absent from both groups gets no pooled prior "
                        + "(α_w = 0); leave it out of the comparison",
                assertThrows(IllegalArgumentException.class, () -> LogOdds.pooled(0, 5, 0, 10, 10.0)).getMessage());
        assertEquals("alpha0 (0.0) must be a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> LogOdds.pooled(1, 5, 0, 10, 0.0)).getMessage());
        assertEquals("alphaW (12.0) must be ≤ alpha0 (10.0): α_w = α0 · π_w with π_w ≤ 1",
                assertThrows(IllegalArgumentException.class,
                        () -> LogOdds.estimate(1, 5, 0, 10, 12.0, 10.0)).getMessage());
        assertEquals("countB (11) must be ≤ totalB (10): a term cannot occur more often than there are tokens",
                assertThrows(IllegalArgumentException.class, () -> LogOdds.pooled(1, 5, 11, 10, 10.0)).getMessage());
        assertEquals("n + α0 − y − α_w (0.0) must be > 0 for group a: the term is every token of the group "
                        + "and of the prior, so its odds are infinite",
                assertThrows(IllegalArgumentException.class,
                        () -> LogOdds.estimate(5, 5, 0, 10, 10.0, 10.0)).getMessage());
    }
}

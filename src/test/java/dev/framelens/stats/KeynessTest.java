package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Two-term vocabulary {x, y}:
 * <pre>
 *   group a: x x x x y            n_a = 5   (x 4, y 1)
 *   group b: x x x y y y y y y y  n_b = 10  (x 3, y 7)
 * </pre>
 */
class KeynessTest {

    private static final double EPS = 1e-12;

    @Test
    void overRepresentedInGroupAIsPositive() {
        // x: cells O = (4, 3, 1, 7); rows 7, 8; columns 5, 10; N = 15
        // E = (7·5/15, 7·10/15, 8·5/15, 8·10/15) = (7/3, 14/3, 8/3, 16/3)
        // O/E = (12/7, 9/14, 3/8, 21/16)
        // G² = 2·[4 ln(12/7) + 3 ln(9/14) + 1 ln(3/8) + 7 ln(21/16)]
        //    = 2·[2.1559860 − 1.3254983 − 0.9808293 + 1.9035361] = 3.5063890029347924
        // 4/5 > 3/10, so positive
        double expected = 2 * (4 * Math.log(12.0 / 7) + 3 * Math.log(9.0 / 14) + Math.log(3.0 / 8)
                + 7 * Math.log(21.0 / 16));
        assertEquals(expected, Keyness.signedG2FourCell(4, 5, 3, 10), EPS);
        assertEquals(3.5063890029347924, Keyness.signedG2FourCell(4, 5, 3, 10), EPS);
    }

    @Test
    void overRepresentedInGroupBIsNegative() {
        // y: cells (1, 7, 4, 3) — the same four numbers as for x with the rows exchanged, so the
        // same |G²| (in a 2-term vocabulary "y" is "not x"); 1/5 < 7/10, so negative
        assertEquals(-3.5063890029347924, Keyness.signedG2FourCell(1, 5, 7, 10), EPS);
    }

    @Test
    void balancedGroups() {
        // a: x x x y (n 4), b: x y y y (n 4); x: cells (3, 1, 1, 3), every E = 4·4/8 = 2
        // G² = 2·[3 ln 1.5 + ln 0.5 + ln 0.5 + 3 ln 1.5] = 12 ln 1.5 − 4 ln 2 = 2.0929925750581915
        assertEquals(12 * Math.log(1.5) - 4 * Math.log(2), Keyness.signedG2FourCell(3, 4, 1, 4), EPS);
    }

    @Test
    void equalRatesGiveExactlyZero() {
        // 2/10 = 5/25
        assertEquals(0.0, Keyness.signedG2FourCell(2, 10, 5, 25));
        assertEquals(0.0, Keyness.signedG2FourCell(0, 10, 0, 25));
    }

    @Test
    void absentFromOneGroup() {
        // a: 2 of 4, b: 0 of 4; cells (2, 0, 2, 4); rows 2, 6; columns 4, 4; N 8
        // E = (1, 1, 3, 3); G² = 2·[2 ln 2 + 0 + 2 ln(2/3) + 4 ln(4/3)] = 4 ln 2 + 4 ln(2/3) + 8 ln(4/3)
        double expected = 4 * Math.log(2) + 4 * Math.log(2.0 / 3) + 8 * Math.log(4.0 / 3);
        assertEquals(expected, Keyness.signedG2FourCell(2, 4, 0, 4), EPS);
    }

    @Test
    void swappingGroupsFlipsTheSignExactly() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 5000; i++) {
            long totalA = 1 + random.nextInt(10_000);
            long totalB = 1 + random.nextInt(10_000);
            long countA = random.nextLong(Math.min(totalA, 50) + 1);
            long countB = random.nextLong(Math.min(totalB, 50) + 1);
            double forward = Keyness.signedG2FourCell(countA, totalA, countB, totalB);
            double backward = Keyness.signedG2FourCell(countB, totalB, countA, totalA);
            assertEquals(-forward, backward, 0.0, () -> countA + "/" + totalA + " vs " + countB + "/" + totalB);
            assertTrue(Math.signum(forward) == Long.signum(countA * totalB - countB * totalA));
        }
    }

    @Test
    void invalidArgumentsNameValueAndRule() {
        assertEquals("countA (6) must be ≤ totalA (5): a term cannot occur more often than there are tokens",
                assertThrows(IllegalArgumentException.class,
                        () -> Keyness.signedG2FourCell(6, 5, 3, 10)).getMessage());
        assertEquals("totalB (0) must be ≥ 1: group b must contain at least one token",
                assertThrows(IllegalArgumentException.class,
                        () -> Keyness.signedG2FourCell(1, 5, 0, 0)).getMessage());
        assertEquals("countB (-2) must be ≥ 0",
                assertThrows(IllegalArgumentException.class,
                        () -> Keyness.signedG2FourCell(1, 5, -2, 10)).getMessage());
    }
}

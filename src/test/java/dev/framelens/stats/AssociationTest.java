package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Golden values on two hand-made pair tables.
 *
 * <pre>
 * Table S ("symmetric"): a = 2, rowTotal = 4, colTotal = 4, total = 16
 *   cells  O11 = 2, O12 = 4 − 2 = 2, O21 = 4 − 2 = 2, O22 = 16 − 4 − 4 + 2 = 10
 *   E11 = 4·4/16 = 1, E12 = 4·12/16 = 3, E21 = 12·4/16 = 3, E22 = 12·12/16 = 9
 *
 * Table T: a = 3, rowTotal = 5, colTotal = 4, total = 20
 *   cells  O11 = 3, O12 = 2, O21 = 1, O22 = 20 − 5 − 4 + 3 = 14
 *   E11 = 5·4/20 = 1, E12 = 5·16/20 = 4, E21 = 15·4/20 = 3, E22 = 15·16/20 = 12
 * </pre>
 */
class AssociationTest {

    private static final double EPS = 1e-12;

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Nested
    class Pmi {
        @Test
        void tableS() {
            // log2(a·P/(R·C)) = log2(2·16/(4·4)) = log2(2) = 1
            assertEquals(1.0, Association.pmi(2, 4, 4, 16), EPS);
        }

        @Test
        void tableT() {
            // log2(3·20/(5·4)) = log2(3) = 1.584962500721156
            assertEquals(1.584962500721156, Association.pmi(3, 5, 4, 20), EPS);
        }

        @Test
        void independenceGivesZero() {
            // a = R·C/P: 1 = 4·4/16 → log2(1·16/16) = 0
            assertEquals(0.0, Association.pmi(1, 4, 4, 16), EPS);
        }

        @Test
        void neverTogetherIsMinusInfinity() {
            assertEquals(Double.NEGATIVE_INFINITY, Association.pmi(0, 2, 2, 4));
        }
    }

    @Nested
    class Npmi {
        @Test
        void tableS() {
            // PMI / −log2(a/P) = 1 / −log2(2/16) = 1 / 3
            assertEquals(1.0 / 3.0, Association.npmi(2, 4, 4, 16), EPS);
        }

        @Test
        void tableT() {
            // log2(3) / −log2(3/20) = log2(3) / log2(20/3) = 1.5849625 / 2.7369656 = 0.5790947844209207
            assertEquals(log2(3) / log2(20.0 / 3.0), Association.npmi(3, 5, 4, 20), EPS);
            assertEquals(0.5790947844209207, Association.npmi(3, 5, 4, 20), EPS);
        }

        @Test
        void allPairsAreThePairGivesOne() {
            // a = P = 3 (R = C = 3): the formula reads 0/0, defined as 1
            assertEquals(1.0, Association.npmi(3, 3, 3, 3));
        }

        @Test
        void neverTogetherGivesMinusOne() {
            assertEquals(-1.0, Association.npmi(0, 2, 2, 4));
        }
    }

    @Nested
    class G2FourCell {
        @Test
        void tableS() {
            // 2·[2 ln(2/1) + 2 ln(2/3) + 2 ln(2/3) + 10 ln(10/9)]
            //   = 4 ln 2 + 8 ln(2/3) + 20 ln(10/9)
            //   = 2.7725887 − 3.2437209 + 2.1072103 = 1.6360781705309928
            double expected = 4 * Math.log(2) + 8 * Math.log(2.0 / 3.0) + 20 * Math.log(10.0 / 9.0);
            assertEquals(expected, Association.g2FourCell(2, 4, 4, 16), EPS);
            assertEquals(1.6360781705309928, Association.g2FourCell(2, 4, 4, 16), EPS);
        }

        @Test
        void tableT() {
            // 2·[3 ln(3/1) + 2 ln(2/4) + 1 ln(1/3) + 14 ln(14/12)]
            //   = 4 ln 3 − 4 ln 2 + 28 ln(7/6) = 4.3944492 − 2.7725887 + 4.3162190 = 5.938079467595892
            double expected = 4 * Math.log(3) - 4 * Math.log(2) + 28 * Math.log(7.0 / 6.0);
            assertEquals(expected, Association.g2FourCell(3, 5, 4, 20), EPS);
            assertEquals(5.938079467595892, Association.g2FourCell(3, 5, 4, 20), EPS);
        }

        @Test
        void zeroCellsContributeZero() {
            // a = 0, R = C = 2, P = 4: cells 0, 2, 2, 0; every E = 2·2/4 = 1
            // 2·[0 + 2 ln 2 + 2 ln 2 + 0] = 8 ln 2 = 5.545177444479562
            assertEquals(8 * Math.log(2), Association.g2FourCell(0, 2, 2, 4), EPS);
        }

        @Test
        void independenceGivesZero() {
            // a = 1, R = C = 4, P = 16: O = E in every cell (1, 3, 3, 9)
            assertEquals(0.0, Association.g2FourCell(1, 4, 4, 16), EPS);
        }
    }

    @Nested
    class Dice {
        @Test
        void tableS() {
            // 2a/(R+C) = 4/8
            assertEquals(0.5, Association.dice(2, 4, 4, 16), EPS);
        }

        @Test
        void tableT() {
            // 2·3/(5+4) = 6/9 = 2/3
            assertEquals(2.0 / 3.0, Association.dice(3, 5, 4, 20), EPS);
        }

        @Test
        void neverTogetherGivesZero() {
            assertEquals(0.0, Association.dice(0, 2, 2, 4));
        }
    }

    @Nested
    class TScore {
        @Test
        void tableS() {
            // E11 = 4·4/16 = 1; (2 − 1)/√2 = 0.7071067811865476
            assertEquals(1.0 / Math.sqrt(2), Association.tScore(2, 4, 4, 16), EPS);
        }

        @Test
        void tableT() {
            // E11 = 5·4/20 = 1; (3 − 1)/√3 = 1.1547005383792517
            assertEquals(2.0 / Math.sqrt(3), Association.tScore(3, 5, 4, 20), EPS);
        }

        @Test
        void belowExpectationIsNegative() {
            // a = 1, R = C = 8, P = 16: E11 = 4; (1 − 4)/√1 = −3
            assertEquals(-3.0, Association.tScore(1, 8, 8, 16), EPS);
        }

        @Test
        void neverTogetherIsMinusInfinity() {
            assertEquals(Double.NEGATIVE_INFINITY, Association.tScore(0, 2, 2, 4));
        }
    }

    @Nested
    class AllMeasures {
        @Test
        void allHoldsTheSingleValues() {
            double[] m = Measure.all(3, 5, 4, 20);
            assertEquals(3.0, m[Measure.COUNT.ordinal()]);
            assertEquals(Association.pmi(3, 5, 4, 20), m[Measure.PMI.ordinal()]);
            assertEquals(Association.npmi(3, 5, 4, 20), m[Measure.NPMI.ordinal()]);
            assertEquals(Association.g2FourCell(3, 5, 4, 20), m[Measure.G2.ordinal()]);
            assertEquals(Association.dice(3, 5, 4, 20), m[Measure.DICE.ordinal()]);
            assertEquals(Association.tScore(3, 5, 4, 20), m[Measure.T.ordinal()]);
            for (Measure each : Measure.values()) {
                assertEquals(m[each.ordinal()], each.of(3, 5, 4, 20), each.name());
            }
        }

        @Test
        void seededTablesAreSymmetricAndInRange() {
            SplittableRandom random = new SplittableRandom(20240917L);
            for (int i = 0; i < 2000; i++) {
                long total = 1 + random.nextInt(500);
                long row = 1 + random.nextLong(total);
                long col = 1 + random.nextLong(total);
                long aMin = Math.max(0, row + col - total);
                long aMax = Math.min(row, col);
                long a = aMin + random.nextLong(aMax - aMin + 1);
                double[] m = Measure.all(a, row, col, total);
                String table = a + ", " + row + ", " + col + ", " + total;
                // exchanging the two terms (row ↔ column) changes nothing, bit for bit
                assertArrayEquals(m, Measure.all(a, col, row, total), table);
                double npmi = m[Measure.NPMI.ordinal()];
                double dice = m[Measure.DICE.ordinal()];
                assertTrue(npmi >= -1.0 - 1e-12 && npmi <= 1.0 + 1e-12, () -> "npmi " + table);
                assertTrue(dice >= 0.0 && dice <= 1.0, () -> "dice " + table);
                assertTrue(m[Measure.G2.ordinal()] >= 0.0, () -> "g2 " + table);
            }
        }
    }

    @Nested
    class Validation {
        private void assertMessage(String expected, Runnable call) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
            assertEquals(expected, e.getMessage());
        }

        @Test
        void negativePairCount() {
            assertMessage("a (-1) must be ≥ 0", () -> Association.pmi(-1, 4, 4, 16));
        }

        @Test
        void pairCountAboveRowTotal() {
            assertMessage("a (5) must be ≤ rowTotal (4): a pair count cannot exceed its row marginal c(t,·)",
                    () -> Association.npmi(5, 4, 6, 16));
        }

        @Test
        void pairCountAboveColumnTotal() {
            assertMessage("a (5) must be ≤ colTotal (4): a pair count cannot exceed its column marginal c(·,u)",
                    () -> Association.g2FourCell(5, 6, 4, 16));
        }

        @Test
        void marginalsTooLargeForTotal() {
            assertMessage("rowTotal + colTotal − a (12) must be ≤ total (10): the cell 'neither t nor u' "
                            + "= total − rowTotal − colTotal + a cannot be negative",
                    () -> Association.dice(2, 7, 7, 10));
        }

        @Test
        void termWithoutPairs() {
            assertMessage("rowTotal (0) must be ≥ 1: the first term must occur in at least one counted pair",
                    () -> Association.tScore(0, 0, 4, 16));
            assertMessage("colTotal (0) must be ≥ 1: the second term must occur in at least one counted pair",
                    () -> Measure.all(0, 4, 0, 16));
        }
    }
}

package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final double EPS = 1e-12;
    private static final int M = Agreement.MISSING;

    /**
     * Krippendorff (2011), the binary example: two observers, ten units.
     * A: 0 1 0 0 0 0 0 0 1 0;  B: 1 1 1 0 0 1 0 0 0 0.
     */
    static final int[][] BINARY = {{0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 0}, {0, 1}, {0, 0}, {0, 0}, {1, 0}, {0, 0}};

    /**
     * Krippendorff (2011), the nominal example with four observers (columns A–D), twelve units and
     * missing values; values 1–5 are codes 0–4 here.
     */
    static final int[][] FOUR_OBSERVERS = {
        {0, 0, M, 0}, {1, 1, 2, 1}, {2, 2, 2, 2}, {2, 2, 2, 2}, {1, 1, 1, 1}, {0, 1, 2, 3},
        {3, 3, 3, 3}, {0, 0, 1, 0}, {1, 1, 1, 1}, {M, 4, 4, 4}, {M, M, 0, 0}, {M, 2, M, M}};

    @Test
    void binaryExample() {
        // 5 units agree on 0 (o00 = 10), 1 on 1 (o11 = 2), 4 disagree (o01 = o10 = 4); n0 = 14, n1 = 6, n = 20
        double[][] o = Agreement.coincidences(BINARY, 2);
        assertArrayEquals(new double[] {10, 4}, o[0], EPS);
        assertArrayEquals(new double[] {4, 2}, o[1], EPS);
        // α = 1 − (n − 1) · (o01 + o10) / (2 · n0 · n1) = 1 − 19 · 8 / 168 = 0.095
        assertEquals(1 - 19.0 * 8 / 168, Agreement.krippendorffAlphaNominal(BINARY, 2), EPS);
        assertEquals(0.095, Agreement.krippendorffAlphaNominal(BINARY, 2), 5e-4);
    }

    @Test
    void fourObserversWithMissingValues() {
        // pairable units: 1 (m = 3), 2–9 (m = 4), 10 (m = 3), 11 (m = 2); unit 12 has one value; n = 40.
        // Disagreements: unit 2 (2,2,2,3) adds 3/3 to o(2,3) and o(3,2); unit 6 (1,2,3,4) adds 1/3 to each of
        // its 12 ordered pairs; unit 8 (1,1,1,2) adds 1 to o(1,2) and o(2,1): Σ_{c≠k} o_ck = 2 + 4 + 2 = 8.
        // n_c = 9, 13, 10, 5, 3: Σ_{c≠k} n_c n_k = 40² − (81 + 169 + 100 + 25 + 9) = 1216.
        double[][] o = Agreement.coincidences(FOUR_OBSERVERS, 5);
        double[] marginal = new double[5];
        double total = 0;
        for (int c = 0; c < 5; c++) {
            for (int k = 0; k < 5; k++) {
                marginal[c] += o[c][k];
            }
            total += marginal[c];
        }
        assertArrayEquals(new double[] {9, 13, 10, 5, 3}, marginal, EPS);
        assertEquals(40, total, EPS);
        assertEquals(1 + 1.0 / 3, o[1][2], EPS);
        assertEquals(1 + 1.0 / 3, o[0][1], EPS);
        assertEquals(1.0 / 3, o[0][3], EPS);
        // α = 1 − 39 · 8 / 1216 = 0.743, the value the paper reports
        double alpha = Agreement.krippendorffAlphaNominal(FOUR_OBSERVERS, 5);
        assertEquals(1 - 39.0 * 8 / 1216, alpha, EPS);
        assertEquals(0.743, alpha, 5e-4);
    }

    @Test
    void alphaIsUndefinedWithoutVariationOrPairs() {
        assertTrue(Double.isNaN(Agreement.krippendorffAlphaNominal(new int[][] {{1, 1}, {1, 1}}, 3)));
        assertTrue(Double.isNaN(Agreement.krippendorffAlphaNominal(new int[][] {{0, M}, {M, 1}}, 2)));
        assertTrue(Double.isNaN(Agreement.krippendorffAlphaNominal(new int[0][], 2)));
        // perfect agreement with variation is 1
        assertEquals(1.0, Agreement.krippendorffAlphaNominal(new int[][] {{0, 0}, {1, 1}, {2, 2, 2}}, 3), EPS);
    }

    @Test
    void alphaIgnoresCoderOrderAndUnitOrder() {
        SplittableRandom r = new SplittableRandom(11);
        int[][] data = new int[40][];
        for (int u = 0; u < data.length; u++) {
            data[u] = new int[] {r.nextInt(4), r.nextInt(5) - 1, r.nextInt(4)};
        }
        double alpha = Agreement.krippendorffAlphaNominal(data, 4);
        int[][] swapped = new int[data.length][];
        for (int u = 0; u < data.length; u++) {
            int[] row = data[data.length - 1 - u];
            swapped[u] = new int[] {row[2], row[0], row[1]};
        }
        assertEquals(alpha, Agreement.krippendorffAlphaNominal(swapped, 4), EPS);
    }

    @Test
    void kappaOfTheBinaryExample() {
        // table (A rows, B columns): [[5, 3], [1, 1]]; p_o = 6/10; p_e = 0.8·0.6 + 0.2·0.4 = 0.56;
        // κ = (0.6 − 0.56) / 0.44 = 1/11
        assertEquals(1.0 / 11, Agreement.cohenKappa(new long[][] {{5, 3}, {1, 1}}), EPS);
        int[] a = new int[BINARY.length];
        int[] b = new int[BINARY.length];
        for (int u = 0; u < BINARY.length; u++) {
            a[u] = BINARY[u][0];
            b[u] = BINARY[u][1];
        }
        assertEquals(1.0 / 11, Agreement.cohenKappa(a, b, 2), EPS);
    }

    @Test
    void kappaOfAThreeByThreeTable() {
        // [[20, 5, 0], [10, 15, 0], [0, 0, 10]], N = 60: p_o = 45/60 = 0.75;
        // rows 25, 25, 10; columns 30, 20, 10: p_e = (750 + 500 + 100) / 3600 = 0.375; κ = 0.375 / 0.625 = 0.6
        assertEquals(0.6, Agreement.cohenKappa(new long[][] {{20, 5, 0}, {10, 15, 0}, {0, 0, 10}}), EPS);
    }

    @Test
    void kappaSkipsMissingAndIsUndefinedForOneCode() {
        assertEquals(1.0, Agreement.cohenKappa(new int[] {0, 1, M, 2}, new int[] {0, 1, 2, M}, 3), EPS);
        assertTrue(Double.isNaN(Agreement.cohenKappa(new long[][] {{4, 0}, {0, 0}})));
        assertTrue(Double.isNaN(Agreement.cohenKappa(new long[][] {{0, 0}, {0, 0}})));
    }

    @Test
    void badCodesSayWhy() {
        assertEquals("values[1] has code 3; codes are 0 … 2 or MISSING (-1)",
                assertThrows(IllegalArgumentException.class,
                        () -> Agreement.krippendorffAlphaNominal(new int[][] {{0, 1}, {3, 1}}, 3)).getMessage());
        assertEquals("table[1].length (3) must equal table.length (2): they describe the same items",
                assertThrows(IllegalArgumentException.class,
                        () -> Agreement.cohenKappa(new long[][] {{1, 2}, {3, 4, 5}})).getMessage());
    }
}

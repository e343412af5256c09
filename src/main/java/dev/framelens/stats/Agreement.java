package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;

/**
 * Agreement between coders who assign nominal codes to the same units: Krippendorff's α and
 * Cohen's κ. Codes are small integers 0 … k − 1; {@link #MISSING} marks a unit a coder did not code.
 *
 * <h2>Krippendorff's α, nominal</h2>
 * The coincidence-matrix form of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability"
 * (Annenberg School for Communication, University of Pennsylvania), for any number of coders and
 * missing values. Only <em>pairable</em> units count: those with m<sub>u</sub> ≥ 2 values. Each
 * such unit adds, for every ordered pair of its values (c, k) from two different coders,
 * 1 / (m<sub>u</sub> − 1) to the coincidence o<sub>ck</sub>; so unit u contributes exactly
 * m<sub>u</sub> to the matrix. With n<sub>c</sub> = Σ<sub>k</sub> o<sub>ck</sub> and
 * n = Σ<sub>c</sub> n<sub>c</sub> (the number of pairable values),
 * <pre>
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k
 * </pre>
 * (observed over expected disagreement with the nominal metric δ²(c, k) = [c ≠ k]). α is NaN when
 * it is undefined: fewer than two pairable values, or every value the same (D_e = 0). The paper's
 * worked example (four observers, twelve units, missing values) gives α = 0.743; the unit test
 * reproduces it.
 *
 * <h2>Cohen's κ</h2>
 * Cohen (1960), "A coefficient of agreement for nominal scales", <i>Educational and Psychological
 * Measurement</i> 20(1):37–46, for two coders over the units both coded: with the k × k table
 * f<sub>ij</sub> (coder 1 said i, coder 2 said j) of N units,
 * <pre>
 *   p_o = Σ_i f_ii / N,   p_e = Σ_i (f_i· / N)(f_·i / N),   κ = (p_o − p_e) / (1 − p_e)
 * </pre>
 * κ is NaN without units or when p_e = 1 (both coders used one and the same code throughout).
 * κ takes each coder's own code distribution as the chance model; α takes the two coders' pooled
 * distribution (as Scott's π does) with a small-sample correction, so the two differ when the
 * coders use the codes at different rates.
 */
public final class Agreement {

    /** The code of a unit a coder left uncoded. */
    public static final int MISSING = -1;

    private Agreement() {
    }

    /**
     * The coincidence matrix o<sub>ck</sub> of Krippendorff (2011).
     *
     * @param values     one row per unit, one column per coder: a code in [0, categories) or
     *                   {@link #MISSING}; rows may differ in length
     * @param categories k, ≥ 1
     * @return the k × k matrix (symmetric; units with fewer than two values add nothing)
     * @throws IllegalArgumentException if a code is outside [0, k) and not {@link #MISSING}
     */
    public static double[][] coincidences(int[][] values, int categories) {
        Checks.notNull("values", values);
        Checks.positive("categories", categories, "codes are 0 … categories − 1");
        double[][] o = new double[categories][categories];
        int[] count = new int[categories];
        for (int u = 0; u < values.length; u++) {
            Checks.notNull("values[" + u + "]", values[u]);
            java.util.Arrays.fill(count, 0);
            int m = 0;
            for (int v : values[u]) {
                if (v == MISSING) {
                    continue;
                }
                if (v < 0 || v >= categories) {
                    throw new IllegalArgumentException("values[" + u + "] has code " + v + "; codes are 0 … "
                            + (categories - 1) + " or MISSING (" + MISSING + ")");
                }
                count[v]++;
                m++;
            }
            if (m < 2) {
                continue;
            }
            for (int c = 0; c < categories; c++) {
                if (count[c] == 0) {
                    continue;
                }
                for (int k = 0; k < categories; k++) {
                    // ordered pairs of values from different coders: c ≠ k gives count_c·count_k, c = k gives count_c(count_c − 1)
                    double pairs = c == k ? (double) count[c] * (count[c] - 1) : (double) count[c] * count[k];
                    o[c][k] += pairs / (m - 1);
                }
            }
        }
        return o;
    }

    /**
     * Krippendorff's α for nominal codes, any number of coders, missing values allowed.
     *
     * @param values     one row per unit, one column per coder (see {@link #coincidences})
     * @param categories k, ≥ 1
     * @return α ≤ 1 (1 is perfect agreement, 0 chance level), or NaN when undefined
     */
    public static double krippendorffAlphaNominal(int[][] values, int categories) {
        double[][] o = coincidences(values, categories);
        double n = 0;
        double observed = 0;
        double[] marginal = new double[categories];
        for (int c = 0; c < categories; c++) {
            for (int k = 0; k < categories; k++) {
                marginal[c] += o[c][k];
                if (c != k) {
                    observed += o[c][k];
                }
            }
            n += marginal[c];
        }
        double sumSquares = 0;
        for (double nc : marginal) {
            sumSquares += nc * nc;
        }
        double expected = n * n - sumSquares; // Σ_{c≠k} n_c n_k
        if (n < 2 || expected <= 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * observed / expected;
    }

    /**
     * Cohen's κ of a k × k agreement table.
     *
     * @param table f<sub>ij</sub>: the number of units coder 1 coded i and coder 2 coded j; square,
     *              entries ≥ 0
     * @return κ ≤ 1, or NaN without units or when p<sub>e</sub> = 1
     * @throws IllegalArgumentException if the table is not square or has a negative entry
     */
    public static double cohenKappa(long[][] table) {
        Checks.notNull("table", table);
        int k = table.length;
        long[] rows = new long[k];
        long[] cols = new long[k];
        long n = 0;
        long diagonal = 0;
        for (int i = 0; i < k; i++) {
            Checks.notNull("table[" + i + "]", table[i]);
            Checks.sameLength("table[" + i + "]", table[i].length, "table", k);
            for (int j = 0; j < k; j++) {
                Checks.nonNegative("table[" + i + "][" + j + "]", table[i][j]);
                rows[i] += table[i][j];
                cols[j] += table[i][j];
                n += table[i][j];
                if (i == j) {
                    diagonal += table[i][j];
                }
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double po = (double) diagonal / n;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            pe += ((double) rows[i] / n) * ((double) cols[i] / n);
        }
        if (pe >= 1) {
            return Double.NaN;
        }
        return (po - pe) / (1 - pe);
    }

    /**
     * Cohen's κ of two coders' codes, over the units both coded (a unit either left
     * {@link #MISSING} is left out).
     *
     * @param first      coder 1's code per unit
     * @param second     coder 2's code per unit, same length
     * @param categories k, ≥ 1
     * @return κ, or NaN when undefined
     */
    public static double cohenKappa(int[] first, int[] second, int categories) {
        Checks.notNull("first", first);
        Checks.notNull("second", second);
        Checks.sameLength("first", first.length, "second", second.length);
        Checks.positive("categories", categories, "codes are 0 … categories − 1");
        long[][] table = new long[categories][categories];
        for (int u = 0; u < first.length; u++) {
            if (first[u] == MISSING || second[u] == MISSING) {
                continue;
            }
            for (int v : new int[] {first[u], second[u]}) {
                if (v < 0 || v >= categories) {
                    throw new IllegalArgumentException("unit " + u + " has code " + v + "; codes are 0 … "
                            + (categories - 1) + " or MISSING (" + MISSING + ")");
                }
            }
            table[first[u]][second[u]]++;
        }
        return cohenKappa(table);
    }
}

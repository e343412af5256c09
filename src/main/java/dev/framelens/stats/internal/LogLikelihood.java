package dev.framelens.stats.internal;

import java.util.Arrays;

/**
 * Dunning's log-likelihood ratio G² over the four cells of a 2×2 contingency table
 * (Dunning 1993, "Accurate methods for the statistics of surprise and coincidence",
 * Computational Linguistics 19(1), eq. for −2 log λ written as a sum over cells):
 *
 * <pre>
 *   G² = 2 · Σ_ij O_ij · ln(O_ij / E_ij),   E_ij = row_i · col_j / N,   0 · ln 0 = 0
 * </pre>
 *
 * <p>The four terms are added in ascending order of value, so the result does not depend on how
 * the table is oriented: transposing it, or swapping its rows or its columns, gives the same
 * {@code double} bit for bit (this is what makes "swapping the groups flips the sign of G²" an
 * exact property). A sum that rounds below zero is returned as {@code 0.0}; G² ≥ 0 always holds
 * in exact arithmetic.
 *
 * <p>Not API: callers use {@code Association.g2FourCell} or {@code Keyness.signedG2FourCell},
 * which validate their arguments; this class assumes non-negative cells with {@code N ≥ 1}.
 */
public final class LogLikelihood {

    private LogLikelihood() {
    }

    /**
     * G² of the table {@code [[o11, o12], [o21, o22]]}.
     *
     * @param o11 observed count, row 1 column 1 (≥ 0)
     * @param o12 observed count, row 1 column 2 (≥ 0)
     * @param o21 observed count, row 2 column 1 (≥ 0)
     * @param o22 observed count, row 2 column 2 (≥ 0)
     * @return G² ≥ 0
     */
    public static double g2(long o11, long o12, long o21, long o22) {
        long row1 = o11 + o12;
        long row2 = o21 + o22;
        long col1 = o11 + o21;
        long col2 = o12 + o22;
        long n = row1 + row2;
        double[] terms = {
            term(o11, row1, col1, n),
            term(o12, row1, col2, n),
            term(o21, row2, col1, n),
            term(o22, row2, col2, n),
        };
        Arrays.sort(terms);
        double sum = ((terms[0] + terms[1]) + terms[2]) + terms[3];
        return Math.max(0.0, 2.0 * sum);
    }

    /** O · ln(O / E) with E = row · col / n, written as O · ln(O · n / (row · col)); 0 when O = 0. */
    private static double term(long observed, long row, long col, long n) {
        if (observed == 0) {
            return 0.0;
        }
        // observed > 0 implies row ≥ observed > 0 and col ≥ observed > 0, so E > 0.
        return observed * Math.log(((double) observed * n) / ((double) row * col));
    }
}

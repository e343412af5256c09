package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;
import dev.framelens.stats.internal.LogLikelihood;

/**
 * Keyness of a term between two groups of documents: Dunning's log-likelihood ratio G² with a
 * sign for the direction.
 *
 * <p>The term occurs {@code countA} times among the {@code totalA} tokens of group a and
 * {@code countB} times among the {@code totalB} tokens of group b. The 2×2 table is
 * <pre>
 *                 group a               group b
 *   term          countA                countB
 *   other tokens  totalA − countA       totalB − countB
 * </pre>
 * and G² is Dunning's statistic over all four cells (Dunning 1993, "Accurate methods for the
 * statistics of surprise and coincidence", Computational Linguistics 19(1)):
 * <pre>  G² = 2 · Σ O · ln(O / E),   E = row total · column total / (totalA + totalB),   0 · ln 0 = 0</pre>
 * It is returned positive when the term is relatively more frequent in group a
 * ({@code countA/totalA > countB/totalB}), negative when it is more frequent in group b, and
 * {@code 0.0} when the rates are equal — the sign convention of quanteda's
 * {@code textstat_keyness} ("signed positively if the observed value in the target exceeds its
 * expected value") and of AntConc's keyword list (positive = key in the target corpus).
 *
 * <p>Variant: the <em>four-cell</em> G² without continuity correction, i.e. quanteda's
 * {@code measure = "lr", correction = "none"} (quanteda's default applies Williams' correction)
 * and not the "two-term" version some calculators use, which sums only the term row.
 *
 * <p>Swapping the groups flips the sign exactly: {@code signedG2FourCell(yb, nb, ya, na) ==
 * -signedG2FourCell(ya, na, yb, nb)} bit for bit.
 */
public final class Keyness {

    private Keyness() {
    }

    /**
     * Signed four-cell G² of a term in group a versus group b.
     *
     * @param countA occurrences of the term in group a, 0 ≤ countA ≤ totalA
     * @param totalA tokens in group a, ≥ 1
     * @param countB occurrences of the term in group b, 0 ≤ countB ≤ totalB
     * @param totalB tokens in group b, ≥ 1
     * @return G² ≥ 0 if the term is over-represented in a (or equally frequent), −G² otherwise
     * @throws IllegalArgumentException naming the value and rule when a count is out of range
     */
    public static double signedG2FourCell(long countA, long totalA, long countB, long totalB) {
        Checks.nonNegative("countA", countA);
        Checks.nonNegative("countB", countB);
        Checks.positive("totalA", totalA, "group a must contain at least one token");
        Checks.positive("totalB", totalB, "group b must contain at least one token");
        Checks.atMost("countA", countA, "totalA", totalA, "a term cannot occur more often than there are tokens");
        Checks.atMost("countB", countB, "totalB", totalB, "a term cannot occur more often than there are tokens");
        int direction = compareRates(countA, totalA, countB, totalB);
        if (direction == 0) {
            return 0.0;
        }
        double g2 = LogLikelihood.g2(countA, countB, totalA - countA, totalB - countB);
        return direction > 0 ? g2 : -g2;
    }

    /**
     * Compares countA/totalA with countB/totalB exactly, as countA·totalB versus countB·totalA in
     * 128-bit arithmetic (all arguments are non-negative).
     */
    static int compareRates(long countA, long totalA, long countB, long totalB) {
        long highLeft = Math.multiplyHigh(countA, totalB);
        long highRight = Math.multiplyHigh(countB, totalA);
        if (highLeft != highRight) {
            return Long.compare(highLeft, highRight);
        }
        return Long.compareUnsigned(countA * totalB, countB * totalA);
    }
}

package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;

/**
 * Positive pointwise mutual information of a word and a context, with context-distribution
 * smoothing: the weighting of distributional word vectors of Levy, Goldberg &amp; Dagan (2015),
 * "Improving distributional similarity with lessons learned from word embeddings", <i>Transactions
 * of the Association for Computational Linguistics</i> 3:211–225, §3.2, built on the PMI of Church
 * &amp; Hanks (1990), "Word association norms, mutual information, and lexicography",
 * <i>Computational Linguistics</i> 16(1):22–29.
 *
 * <p>With #(w, c) the co-occurrence count of word w and context c, #(w) = Σ<sub>c</sub> #(w, c),
 * #(c) the context's count and α the smoothing exponent,
 * <pre>
 *   P̂(w, c) / P̂(w) = #(w, c) / #(w),    P̂_α(c) = #(c)^α / Σ_c' #(c')^α
 *   PPMI_α(w, c) = max(0, log2( #(w, c) · Σ_c' #(c')^α / (#(w) · #(c)^α) ))
 * </pre>
 * α = 0.75 (the paper's recommendation, borrowed from word2vec's negative sampling) raises the
 * probability of rare contexts, which damps PMI's known bias towards them. α = 1 is plain PPMI.
 * Zero counts give 0 (no evidence of association).
 */
public final class Ppmi {

    /** The smoothing exponent Levy, Goldberg &amp; Dagan (2015) recommend. */
    public static final double DEFAULT_ALPHA = 0.75;

    private Ppmi() {
    }

    /**
     * Σ<sub>c</sub> #(c)^α over all contexts.
     *
     * @param contextCounts #(c) for every context, each ≥ 0
     * @param alpha         the exponent, in (0, 1]
     * @return the normaliser of P̂_α
     */
    public static double smoothedTotal(long[] contextCounts, double alpha) {
        Checks.notNull("contextCounts", contextCounts);
        checkAlpha(alpha);
        double sum = 0;
        for (int c = 0; c < contextCounts.length; c++) {
            Checks.nonNegative("contextCounts[" + c + "]", contextCounts[c]);
            if (contextCounts[c] > 0) {
                sum += Math.pow(contextCounts[c], alpha);
            }
        }
        return sum;
    }

    /**
     * PPMI<sub>α</sub>(w, c).
     *
     * @param pair          #(w, c), ≥ 0
     * @param wordTotal     #(w), ≥ pair
     * @param contextCount  #(c), ≥ 0 (≥ 1 when pair ≥ 1)
     * @param smoothedTotal Σ<sub>c'</sub> #(c')^α ({@link #smoothedTotal})
     * @param alpha         the exponent, in (0, 1]
     * @return the weight, ≥ 0
     */
    public static double weight(long pair, long wordTotal, long contextCount, double smoothedTotal, double alpha) {
        Checks.nonNegative("pair", pair);
        Checks.atMost("pair", pair, "wordTotal", wordTotal, "a word's pairs are part of its total");
        Checks.nonNegative("contextCount", contextCount);
        checkAlpha(alpha);
        if (pair == 0) {
            return 0.0;
        }
        Checks.positive("contextCount", contextCount, "a context seen with a word has been seen");
        Checks.positiveFinite("smoothedTotal", smoothedTotal);
        double pmi = Math.log((double) pair * smoothedTotal / ((double) wordTotal * Math.pow(contextCount, alpha)))
                / Math.log(2);
        return Math.max(0.0, pmi);
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha (" + alpha + ") must be in (0, 1]; 0.75 smooths, 1 is plain PPMI");
        }
    }
}

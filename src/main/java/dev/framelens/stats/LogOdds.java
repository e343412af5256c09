package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;

/**
 * Log-odds ratio with an informative Dirichlet prior, the "Fightin' Words" statistic of Monroe,
 * Colaresi &amp; Quinn (2008), "Fightin' words: lexical feature selection and evaluation for
 * identifying the content of political conflict", Political Analysis 16(4): 372–403 — the
 * method scattertext and tidylo implement.
 *
 * <p>For a term w counted y_a times among the n_a tokens of group a and y_b times among the n_b
 * tokens of group b, with prior pseudo-count α_w = α0 · π_w (π_w the term's share in a prior
 * corpus, by default the pooled tokens of both groups, so that Σ_w α_w = α0):
 * <pre>
 *   δ_w  = ln[(y_a + α_w) / (n_a + α0 − y_a − α_w)] − ln[(y_b + α_w) / (n_b + α0 − y_b − α_w)]
 *   σ²_w ≈ 1/(y_a + α_w) + 1/(y_b + α_w)
 *   z_w  = δ_w / √σ²_w
 * </pre>
 * δ is the paper's point estimate of the log-odds ratio with informative Dirichlet prior (their
 * eq. 16), σ² its approximate posterior variance and z the standardised ("weighted") log-odds
 * they rank terms by. Positive δ and z mean the term is over-represented in group a.
 *
 * <p>Swapping the groups flips the sign of δ and z exactly (bit for bit) and leaves σ² unchanged.
 *
 * <h2>Default α0</h2>
 * {@link #DEFAULT_ALPHA0} = 500, used when the CLI's {@code --alpha0} is not given. α0 is the
 * prior's weight in pseudo-tokens: each group gets α0 · π_w extra occurrences of w. We fix it
 * rather than derive it from the data so that a result does not move when the corpus grows and
 * is the same for every pair of groups compared; 500 because
 * <ul>
 *   <li>it is about one news article's worth of kept tokens (the seed articles have 560–1,400
 *       words, a few hundred of them left after stop-word removal), so the prior weighs about as much as the smallest sensible
 *       group — enough to keep hapaxes from dominating the ranking, not enough to swamp groups of
 *       several articles;</li>
 *   <li>both extremes are worse: a tiny α0 (scattertext's uninformative 0.01 per word) gives a
 *       term absent from one group a huge |δ| whose z is then killed by σ² ≥ 1/α_w, while
 *       α0 = n_a + n_b (tidylo's empirical-Bayes prior, α_w = the pooled count) pulls each group
 *       towards the pooled rate as hard as its own data pulls away from it;</li>
 *   <li>it is the value of the project's acceptance command ({@code --alpha0 500}), so the
 *       default output is the documented, independently reproduced one.</li>
 * </ul>
 * Note that a smaller α0 is not simply "less shrinkage" for z: for a term with y_b = 0,
 * σ² ≥ 1/α_w grows as α0 falls.
 */
public final class LogOdds {

    /** Default prior weight α0 in pseudo-tokens (see the class comment for the reasoning). */
    public static final double DEFAULT_ALPHA0 = 500.0;

    private LogOdds() {
    }

    /**
     * One term's estimate.
     *
     * @param delta δ_w, the log-odds ratio of group a over group b with the prior
     * @param variance σ²_w, its approximate variance
     * @param z δ_w / √σ²_w
     */
    public record Estimate(double delta, double variance, double z) {
    }

    /**
     * The prior pseudo-count α_w = α0 · π_w with π_w = priorCount / priorTotal.
     *
     * @param alpha0 total prior weight, finite and &gt; 0
     * @param priorCount occurrences of the term in the prior corpus, 0 ≤ priorCount ≤ priorTotal
     * @param priorTotal tokens in the prior corpus, ≥ 1
     * @return α_w
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static double priorWeight(double alpha0, long priorCount, long priorTotal) {
        Checks.positiveFinite("alpha0", alpha0);
        Checks.nonNegative("priorCount", priorCount);
        Checks.positive("priorTotal", priorTotal, "the prior corpus must contain at least one token");
        Checks.atMost("priorCount", priorCount, "priorTotal", priorTotal,
                "a term cannot occur more often than there are tokens");
        return alpha0 * ((double) priorCount / priorTotal);
    }

    /**
     * Estimate with the prior taken from the pooled tokens of both groups:
     * π_w = (countA + countB) / (totalA + totalB), α_w = α0 · π_w.
     *
     * @param countA occurrences of the term in group a, 0 ≤ countA ≤ totalA
     * @param totalA tokens in group a, ≥ 1
     * @param countB occurrences of the term in group b, 0 ≤ countB ≤ totalB
     * @param totalB tokens in group b, ≥ 1
     * @param alpha0 total prior weight α0, finite and &gt; 0 ({@link #DEFAULT_ALPHA0} by default)
     * @return δ, σ², z
     * @throws IllegalArgumentException naming the value and the rule; in particular a term that
     *         occurs in neither group has no pooled prior and no estimate
     */
    public static Estimate pooled(long countA, long totalA, long countB, long totalB, double alpha0) {
        checkCounts(countA, totalA, countB, totalB);
        Checks.positiveFinite("alpha0", alpha0);
        if (countA + countB == 0) {
            throw new IllegalArgumentException("countA + countB (0) must be ≥ 1: a term absent from both "
                    + "groups gets no pooled prior (α_w = 0); leave it out of the comparison");
        }
        double alphaW = alpha0 * ((double) (countA + countB) / (totalA + totalB));
        return estimateUnchecked(countA, totalA, countB, totalB, alphaW, alpha0);
    }

    /**
     * Estimate with a given prior pseudo-count α_w (e.g. from {@link #priorWeight} on a background
     * corpus).
     *
     * @param countA occurrences of the term in group a, 0 ≤ countA ≤ totalA
     * @param totalA tokens in group a, ≥ 1
     * @param countB occurrences of the term in group b, 0 ≤ countB ≤ totalB
     * @param totalB tokens in group b, ≥ 1
     * @param alphaW α_w, finite, &gt; 0 and ≤ α0
     * @param alpha0 α0 = Σ_w α_w, finite and &gt; 0
     * @return δ, σ², z
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static Estimate estimate(long countA, long totalA, long countB, long totalB,
                                    double alphaW, double alpha0) {
        checkCounts(countA, totalA, countB, totalB);
        Checks.positiveFinite("alpha0", alpha0);
        if (!(alphaW > 0) || Double.isInfinite(alphaW)) {
            throw new IllegalArgumentException("alphaW (" + alphaW + ") must be a finite number > 0: "
                    + "a term absent from the prior corpus has no prior; add it there or use the pooled prior");
        }
        if (alphaW > alpha0) {
            throw new IllegalArgumentException("alphaW (" + alphaW + ") must be ≤ alpha0 (" + alpha0
                    + "): α_w = α0 · π_w with π_w ≤ 1");
        }
        return estimateUnchecked(countA, totalA, countB, totalB, alphaW, alpha0);
    }

    private static Estimate estimateUnchecked(long countA, long totalA, long countB, long totalB,
                                              double alphaW, double alpha0) {
        double logOddsA = logOdds("group a", countA, totalA, alphaW, alpha0);
        double logOddsB = logOdds("group b", countB, totalB, alphaW, alpha0);
        double delta = logOddsA - logOddsB;
        double variance = 1.0 / (countA + alphaW) + 1.0 / (countB + alphaW);
        return new Estimate(delta, variance, delta / Math.sqrt(variance));
    }

    /** ln[(y + α_w) / (n + α0 − y − α_w)], the rest written (n − y) + (α0 − α_w) to keep integers exact. */
    private static double logOdds(String group, long count, long total, double alphaW, double alpha0) {
        double rest = (total - count) + (alpha0 - alphaW);
        if (!(rest > 0)) {
            throw new IllegalArgumentException("n + α0 − y − α_w (" + rest + ") must be > 0 for " + group
                    + ": the term is every token of the group and of the prior, so its odds are infinite");
        }
        return Math.log((count + alphaW) / rest);
    }

    private static void checkCounts(long countA, long totalA, long countB, long totalB) {
        Checks.nonNegative("countA", countA);
        Checks.nonNegative("countB", countB);
        Checks.positive("totalA", totalA, "group a must contain at least one token");
        Checks.positive("totalB", totalB, "group b must contain at least one token");
        Checks.atMost("countA", countA, "totalA", totalA, "a term cannot occur more often than there are tokens");
        Checks.atMost("countB", countB, "totalB", totalB, "a term cannot occur more often than there are tokens");
    }
}

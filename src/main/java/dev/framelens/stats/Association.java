package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;
import dev.framelens.stats.internal.LogLikelihood;

/**
 * Association measures of a term pair (t, u) computed from the 2×2 table of <em>pair</em> counts.
 *
 * <p>Every method takes the same four numbers:
 * <ul>
 *   <li>{@code a} = c(t, u), how often the pair was counted;</li>
 *   <li>{@code rowTotal} = c(t, ·) = Σ_v c(t, v), the pairs whose first term is t;</li>
 *   <li>{@code colTotal} = c(·, u) = Σ_v c(v, u), the pairs whose second term is u;</li>
 *   <li>{@code total} = P, all counted pairs.</li>
 * </ul>
 * They span the table
 * <pre>
 *               u               not u
 *   t           a               rowTotal − a                       | rowTotal
 *   not t       colTotal − a    total − rowTotal − colTotal + a    | total − rowTotal
 *               colTotal        total − colTotal                   | total
 * </pre>
 *
 * <h2>Contract</h2>
 * {@code 0 ≤ a ≤ rowTotal}, {@code a ≤ colTotal}, {@code rowTotal ≥ 1}, {@code colTotal ≥ 1} (both
 * terms occur in some counted pair) and {@code rowTotal + colTotal − a ≤ total} (no cell is
 * negative). A call that breaks a rule throws {@link IllegalArgumentException} naming the value and
 * the rule, e.g. {@code "a (5) must be ≤ rowTotal (4)"}.
 *
 * <p>At {@code a = 0} every measure takes its limit: PMI = −∞, NPMI = −1 (Bouma's definition for
 * pairs that never co-occur), Dice = 0, t-score = −∞ (the limit of (a − E11)/√a as a → 0⁺),
 * G² finite. All measures are symmetric: exchanging {@code rowTotal} and {@code colTotal} gives the
 * same values bit for bit.
 *
 * <p>Counts are {@code long}; products are taken in {@code double}, exact while they stay below
 * 2⁵³.
 *
 * <p>{@link Measure} lists these measures with their column names; a new measure is a formula
 * here and a constant there.
 */
public final class Association {

    private static final double LN_2 = Math.log(2.0);

    private Association() {
    }

    /**
     * Pointwise mutual information (Church &amp; Hanks 1990, "Word association norms, mutual
     * information, and lexicography", Computational Linguistics 16(1), their I(x, y) with
     * probabilities estimated by relative pair frequencies):
     * <pre>  PMI = log2( a · P / (c(t,·) · c(·,u)) )</pre>
     * in bits; −∞ when {@code a = 0}.
     *
     * @param a pair count c(t, u)
     * @param rowTotal c(t, ·)
     * @param colTotal c(·, u)
     * @param total P, all counted pairs
     * @return PMI in bits
     * @throws IllegalArgumentException if the table breaks the class contract
     */
    public static double pmi(long a, long rowTotal, long colTotal, long total) {
        validate(a, rowTotal, colTotal, total);
        return pmiUnchecked(a, rowTotal, colTotal, total);
    }

    /**
     * Normalised PMI (Bouma 2009, "Normalized (pointwise) mutual information in collocation
     * extraction", Proceedings of GSCL 2009):
     * <pre>  NPMI = PMI / −log2(a / P)</pre>
     * in [−1, 1]. Defined as −1 when {@code a = 0} (Bouma's value for pairs that never occur
     * together) and as 1 when {@code a = P} (every counted pair is (t, u), where the formula
     * reads 0/0; this is complete co-occurrence, the upper end of the scale).
     *
     * @param a pair count c(t, u)
     * @param rowTotal c(t, ·)
     * @param colTotal c(·, u)
     * @param total P, all counted pairs
     * @return NPMI in [−1, 1]
     * @throws IllegalArgumentException if the table breaks the class contract
     */
    public static double npmi(long a, long rowTotal, long colTotal, long total) {
        validate(a, rowTotal, colTotal, total);
        return npmiUnchecked(a, rowTotal, colTotal, total);
    }

    /**
     * Dunning's log-likelihood ratio, the <em>four-cell</em> variant (Dunning 1993, "Accurate
     * methods for the statistics of surprise and coincidence", Computational Linguistics 19(1)):
     * <pre>  G² = 2 · Σ over the four cells O · ln(O / E),   E = row total · column total / P</pre>
     * with {@code 0 · ln 0 = 0}. This is the full statistic, as in NLTK's
     * {@code BigramAssocMeasures.likelihood_ratio}; it differs from the "two-term" shortcut some keyness calculators use, which sums only the
     * two cells of the row for t. Unsigned (≥ 0): it is large for strong attraction and for strong
     * repulsion alike.
     *
     * @param a pair count c(t, u)
     * @param rowTotal c(t, ·)
     * @param colTotal c(·, u)
     * @param total P, all counted pairs
     * @return G² ≥ 0
     * @throws IllegalArgumentException if the table breaks the class contract
     */
    public static double g2FourCell(long a, long rowTotal, long colTotal, long total) {
        validate(a, rowTotal, colTotal, total);
        return g2Unchecked(a, rowTotal, colTotal, total);
    }

    /**
     * Dice coefficient (Dice 1945, "Measures of the amount of ecologic association between
     * species", Ecology 26(3); as an association measure for word pairs see Evert 2008,
     * "Corpora and collocations", in Lüdeling &amp; Kytö (eds.), Corpus Linguistics):
     * <pre>  Dice = 2a / (c(t,·) + c(·,u))</pre>
     * in [0, 1].
     *
     * @param a pair count c(t, u)
     * @param rowTotal c(t, ·)
     * @param colTotal c(·, u)
     * @param total P, all counted pairs
     * @return Dice in [0, 1]
     * @throws IllegalArgumentException if the table breaks the class contract
     */
    public static double dice(long a, long rowTotal, long colTotal, long total) {
        validate(a, rowTotal, colTotal, total);
        return diceUnchecked(a, rowTotal, colTotal);
    }

    /**
     * t-score of the pair (Manning &amp; Schütze 1999, <i>Foundations of Statistical Natural
     * Language Processing</i>, §5.3.1, the t test with the sample variance approximated by the
     * mean, s² ≈ x̄, written with counts instead of probabilities; Church, Gale, Hanks &amp; Hindle
     * 1991, "Using statistics in lexical analysis"):
     * <pre>  t = (a − E11) / √a,   E11 = c(t,·) · c(·,u) / P</pre>
     * −∞ when {@code a = 0} (the limit of the formula, since E11 &gt; 0).
     *
     * @param a pair count c(t, u)
     * @param rowTotal c(t, ·)
     * @param colTotal c(·, u)
     * @param total P, all counted pairs
     * @return the t-score
     * @throws IllegalArgumentException if the table breaks the class contract
     */
    public static double tScore(long a, long rowTotal, long colTotal, long total) {
        validate(a, rowTotal, colTotal, total);
        return tScoreUnchecked(a, rowTotal, colTotal, total);
    }

    /**
     * Checks the class contract.
     *
     * @param a pair count c(t, u)
     * @param rowTotal c(t, ·)
     * @param colTotal c(·, u)
     * @param total P, all counted pairs
     * @throws IllegalArgumentException naming the first value that breaks a rule
     */
    public static void validate(long a, long rowTotal, long colTotal, long total) {
        Checks.nonNegative("a", a);
        Checks.positive("rowTotal", rowTotal, "the first term must occur in at least one counted pair");
        Checks.positive("colTotal", colTotal, "the second term must occur in at least one counted pair");
        Checks.atMost("a", a, "rowTotal", rowTotal, "a pair count cannot exceed its row marginal c(t,·)");
        Checks.atMost("a", a, "colTotal", colTotal, "a pair count cannot exceed its column marginal c(·,u)");
        Checks.atMost("rowTotal + colTotal − a", rowTotal + colTotal - a, "total", total,
                "the cell 'neither t nor u' = total − rowTotal − colTotal + a cannot be negative");
    }

    static double pmiUnchecked(long a, long rowTotal, long colTotal, long total) {
        if (a == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(((double) a * total) / ((double) rowTotal * colTotal)) / LN_2;
    }

    static double npmiUnchecked(long a, long rowTotal, long colTotal, long total) {
        if (a == 0) {
            return -1.0;
        }
        if (a == total) {
            return 1.0;
        }
        double selfInformation = -Math.log((double) a / total) / LN_2;
        return pmiUnchecked(a, rowTotal, colTotal, total) / selfInformation;
    }

    static double g2Unchecked(long a, long rowTotal, long colTotal, long total) {
        return LogLikelihood.g2(a, rowTotal - a, colTotal - a, total - rowTotal - colTotal + a);
    }

    static double diceUnchecked(long a, long rowTotal, long colTotal) {
        return 2.0 * a / ((double) rowTotal + colTotal);
    }

    static double tScoreUnchecked(long a, long rowTotal, long colTotal, long total) {
        if (a == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double expected = ((double) rowTotal * colTotal) / total;
        return (a - expected) / Math.sqrt(a);
    }
}

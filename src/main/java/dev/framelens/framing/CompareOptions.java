package dev.framelens.framing;

import dev.framelens.corpus.DocumentSource;
import dev.framelens.stats.LogOdds;

/**
 * Settings of a group comparison ({@link GroupComparison}). Immutable.
 *
 * @param alpha0     prior weight α0 in pseudo-tokens, finite and &gt; 0; default
 *                   {@link LogOdds#DEFAULT_ALPHA0} (the reasoning is in {@link LogOdds})
 * @param minCount   leave out terms with count_a + count_b below this, ≥ 1; default 1
 * @param top        keep the {@code top} terms most over-represented in group a (highest z) and
 *                   the {@code top} most over-represented in group b (lowest z); 0 keeps every term
 * @param background a background corpus (in memory or streamed) whose term shares give the prior (see
 *                   {@link GroupComparison}), or {@code null} for the pooled prior of both groups
 */
public record CompareOptions(double alpha0, int minCount, int top, DocumentSource background) {

    public CompareOptions {
        if (!(alpha0 > 0) || Double.isInfinite(alpha0)) {
            throw new IllegalArgumentException("alpha0 (" + alpha0 + ") must be a finite number > 0 (default "
                    + LogOdds.DEFAULT_ALPHA0 + ")");
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("min count (" + minCount + ") must be ≥ 1");
        }
        if (top < 0) {
            throw new IllegalArgumentException("top (" + top + ") must be ≥ 0 (0 keeps every term)");
        }
    }

    /** α0 = {@link LogOdds#DEFAULT_ALPHA0}, min count 1, every term, pooled prior. */
    public static CompareOptions defaults() {
        return new CompareOptions(LogOdds.DEFAULT_ALPHA0, 1, 0, null);
    }

    public CompareOptions alpha0(double a) {
        return new CompareOptions(a, minCount, top, background);
    }

    public CompareOptions minCount(int n) {
        return new CompareOptions(alpha0, n, top, background);
    }

    public CompareOptions top(int n) {
        return new CompareOptions(alpha0, minCount, n, background);
    }

    /** These options with a background corpus for the prior ({@code null}: pooled prior). */
    public CompareOptions background(DocumentSource c) {
        return new CompareOptions(alpha0, minCount, top, c);
    }
}

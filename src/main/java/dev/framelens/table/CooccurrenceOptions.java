package dev.framelens.table;

import dev.framelens.count.Cooccurrence;
import dev.framelens.count.Cooccurrence.Scope;
import dev.framelens.stats.Measure;

/**
 * How to count and rank co-occurrences. Defaults: window ±5, not sentence-bounded, ranked by
 * G², pairs seen fewer than 2 times left out (so PMI does not crown hapaxes), 25 rows.
 *
 * @param scope           window, sentence or document
 * @param window          k, tokens on each side (window scope)
 * @param sentenceBounded window pairs must share a sentence
 * @param measure         the ranking measure ({@link Measure#COUNT} ranks by the pair count)
 * @param minCount        smallest pair count listed (≥ 1)
 * @param top             rows at most; 0 lists all
 */
public record CooccurrenceOptions(Scope scope, int window, boolean sentenceBounded, Measure measure,
                                  int minCount, int top) {
    public CooccurrenceOptions {
        if (window < 1) {
            throw new IllegalArgumentException("window (" + window + ") must be ≥ 1");
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("min-count (" + minCount + ") must be ≥ 1");
        }
        if (top < 0) {
            throw new IllegalArgumentException("top (" + top + ") must be ≥ 0 (0 lists every row)");
        }
    }

    public static CooccurrenceOptions defaults() {
        return new CooccurrenceOptions(Scope.WINDOW, 5, false, Measure.G2, 2, 25);
    }

    public CooccurrenceOptions scope(Scope value) {
        return new CooccurrenceOptions(value, window, sentenceBounded, measure, minCount, top);
    }

    public CooccurrenceOptions window(int value) {
        return new CooccurrenceOptions(scope, value, sentenceBounded, measure, minCount, top);
    }

    public CooccurrenceOptions sentenceBounded(boolean value) {
        return new CooccurrenceOptions(scope, window, value, measure, minCount, top);
    }

    public CooccurrenceOptions measure(Measure value) {
        return new CooccurrenceOptions(scope, window, sentenceBounded, value, minCount, top);
    }

    public CooccurrenceOptions minCount(int value) {
        return new CooccurrenceOptions(scope, window, sentenceBounded, measure, value, top);
    }

    public CooccurrenceOptions top(int value) {
        return new CooccurrenceOptions(scope, window, sentenceBounded, measure, minCount, value);
    }

    /** The counting part of these options. */
    public Cooccurrence.Settings settings() {
        return new Cooccurrence.Settings(scope, window, sentenceBounded);
    }
}

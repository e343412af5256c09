package dev.framelens.count;

import dev.framelens.count.internal.Vocabulary;
import dev.framelens.text.TermInterner;

/**
 * The distinct terms of a count, read-only: term ↔ dense id, ids 0 … {@link #size()} − 1 in the
 * order the terms were first seen. A view of the vocabulary a {@link TermStatistics} or
 * {@link Cooccurrence} counted with; nothing reachable from it changes the counts.
 */
public final class Terms {
    private final Vocabulary vocabulary;

    Terms(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * A new, empty interner (the engine's vocabulary) for analysing a stream yourself, as in
     * {@code analyzer.stream(Terms.newInterner())}. It belongs to the caller and is not
     * thread-safe: one per thread.
     */
    public static TermInterner newInterner() {
        return new Vocabulary();
    }

    /**
     * {@link #newInterner()} for an interner asked mostly about terms it does not hold (through
     * {@link TermInterner#find}): its hash table is kept at most a quarter full, so a lookup that
     * misses reads about 1.4 slots instead of up to 8.5.
     */
    public static TermInterner newSparseInterner() {
        return new Vocabulary(true);
    }

    /** The id of {@code term}, or −1 when it was not counted. */
    public int find(String term) {
        return vocabulary.find(term);
    }

    /**
     * The term with id {@code id}.
     *
     * @throws IndexOutOfBoundsException unless 0 ≤ id &lt; {@link #size()}
     */
    public String term(int id) {
        return vocabulary.term(id);
    }

    /** Number of distinct terms. */
    public int size() {
        return vocabulary.size();
    }

    @Override
    public String toString() {
        return "Terms[" + size() + "]";
    }
}

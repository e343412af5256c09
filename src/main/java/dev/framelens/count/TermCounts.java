package dev.framelens.count;

import dev.framelens.count.internal.TermCounter;

/**
 * Term counts of a counted stream, read-only: corpus frequency and document frequency per term
 * id (the ids of the matching {@link Terms}), token totals per document and, when they were kept,
 * each document's sparse term vector. A view of the counter a {@link TermStatistics} or
 * {@link Cooccurrence} built; nothing reachable from it changes the counts.
 */
public final class TermCounts {
    private final TermCounter counter;

    TermCounts(TermCounter counter) {
        this.counter = counter;
    }

    /** Count of term {@code id} over all documents (0 for an id never counted). */
    public long count(int id) {
        return counter.count(id);
    }

    /** Number of documents containing term {@code id}. */
    public int documentFrequency(int id) {
        return counter.documentFrequency(id);
    }

    /** Number of counted terms in all documents. */
    public long total() {
        return counter.total();
    }

    /** Number of documents counted. */
    public int documents() {
        return counter.documents();
    }

    /** Number of counted terms in document {@code doc} (0-based, in the order counted). */
    public long documentTotal(int doc) {
        return counter.documentTotal(doc);
    }

    /** Whether each document's term vector was kept ({@link #vectorStart} and friends). */
    public boolean keepsDocumentVectors() {
        return counter.keepsDocumentVectors();
    }

    /**
     * Where document {@code doc}'s vector starts: its entries are [vectorStart(doc),
     * vectorStart(doc + 1)), read with {@link #vectorId} and {@link #vectorCount}.
     *
     * @throws IllegalStateException when the vectors were not kept
     */
    public int vectorStart(int doc) {
        return counter.vectorStart(doc);
    }

    /** The term id of vector entry {@code entry}. */
    public int vectorId(int entry) {
        return counter.vectorId(entry);
    }

    /** The count of vector entry {@code entry} in its document. */
    public int vectorCount(int entry) {
        return counter.vectorCount(entry);
    }

    @Override
    public String toString() {
        return "TermCounts[" + documents() + " documents, " + total() + " terms]";
    }
}

package dev.framelens.count;

import dev.framelens.text.TermSink;
import java.util.Arrays;

/**
 * Counts a term stream: corpus frequency, document frequency, token totals, and, when asked,
 * each document's sparse term vector. Feed it through {@link #startDocument}, the
 * {@link TermSink} calls, and {@link #endDocument}. Arrays are indexed by term id and grow with
 * the vocabulary, so memory follows the number of distinct terms, not the corpus size
 * (plus the document vectors when they are kept). Not thread-safe.
 */
public final class TermCounter implements TermSink {
    private final boolean keepDocumentVectors;
    private long[] counts = new long[1024];
    private int[] docFreq = new int[1024];
    private int[] docCount = new int[1024];
    private int[] touched = new int[256];
    private int touchedSize;
    private long total;
    private long docTotal;
    private int documents;

    private long[] docTotals = new long[16];
    private int[] vectorStart = new int[17];
    private int[] vectorIds = new int[0];
    private int[] vectorCounts = new int[0];
    private int vectorSize;

    public TermCounter(boolean keepDocumentVectors) {
        this.keepDocumentVectors = keepDocumentVectors;
        if (keepDocumentVectors) {
            vectorIds = new int[1024];
            vectorCounts = new int[1024];
        }
    }

    public void startDocument() {
        touchedSize = 0;
        docTotal = 0;
    }

    @Override
    public void term(int id, int start, int end, int sentence, int position) {
        add(id);
    }

    /**
     * Counts one occurrence of term {@code id} in the current document. Only the document's own
     * count is touched here (one int array); corpus counts and document frequencies are updated
     * from the touched ids at {@link #endDocument()}.
     */
    public void add(int id) {
        if (id >= docCount.length) {
            grow(id);
        }
        if (docCount[id]++ == 0) {
            if (touchedSize == touched.length) {
                touched = Arrays.copyOf(touched, touchedSize * 2);
            }
            touched[touchedSize++] = id;
        }
        docTotal++;
    }

    public void endDocument() {
        if (documents == docTotals.length) {
            docTotals = Arrays.copyOf(docTotals, documents * 2);
            vectorStart = Arrays.copyOf(vectorStart, documents * 2 + 1);
        }
        docTotals[documents] = docTotal;
        total += docTotal;
        if (keepDocumentVectors && vectorSize + touchedSize > vectorIds.length) {
            int n = Math.max(vectorIds.length * 2, vectorSize + touchedSize);
            vectorIds = Arrays.copyOf(vectorIds, n);
            vectorCounts = Arrays.copyOf(vectorCounts, n);
        }
        for (int k = 0; k < touchedSize; k++) {
            int id = touched[k];
            counts[id] += docCount[id];
            docFreq[id]++;
            if (keepDocumentVectors) {
                vectorIds[vectorSize] = id;
                vectorCounts[vectorSize] = docCount[id];
                vectorSize++;
            }
            docCount[id] = 0;
        }
        documents++;
        vectorStart[documents] = vectorSize;
        touchedSize = 0;
        docTotal = 0;
    }

    /** Adds everything {@code other} counted, mapping its ids through {@code idMap}; documents are appended. */
    public void merge(TermCounter other, int[] idMap) {
        for (int id = 0; id < Math.min(other.counts.length, idMap.length); id++) {
            if (other.counts[id] == 0 && other.docFreq[id] == 0) {
                continue;
            }
            int to = idMap[id];
            if (to >= counts.length) {
                grow(to);
            }
            counts[to] += other.counts[id];
            docFreq[to] += other.docFreq[id];
        }
        for (int d = 0; d < other.documents; d++) {
            if (documents == docTotals.length) {
                docTotals = Arrays.copyOf(docTotals, documents * 2);
                vectorStart = Arrays.copyOf(vectorStart, documents * 2 + 1);
            }
            docTotals[documents] = other.docTotals[d];
            total += other.docTotals[d];
            if (keepDocumentVectors) {
                other.checkVectors();
                int from = other.vectorStart[d];
                int to = other.vectorStart[d + 1];
                if (vectorSize + (to - from) > vectorIds.length) {
                    int n = Math.max(vectorIds.length * 2, vectorSize + (to - from));
                    vectorIds = Arrays.copyOf(vectorIds, n);
                    vectorCounts = Arrays.copyOf(vectorCounts, n);
                }
                for (int k = from; k < to; k++) {
                    vectorIds[vectorSize] = idMap[other.vectorIds[k]];
                    vectorCounts[vectorSize] = other.vectorCounts[k];
                    vectorSize++;
                }
            }
            documents++;
            vectorStart[documents] = vectorSize;
        }
    }

    private void grow(int id) {
        int n = Math.max(counts.length * 2, id + 1);
        counts = Arrays.copyOf(counts, n);
        docFreq = Arrays.copyOf(docFreq, n);
        docCount = Arrays.copyOf(docCount, n);
    }

    /** Count of term {@code id} over all documents. */
    public long count(int id) {
        return id < counts.length ? counts[id] : 0;
    }

    /** Number of documents containing term {@code id}. */
    public int documentFrequency(int id) {
        return id < docFreq.length ? docFreq[id] : 0;
    }

    /** Number of counted terms in all documents. */
    public long total() {
        return total;
    }

    public int documents() {
        return documents;
    }

    /** Number of counted terms in document {@code doc} (0-based, in the order counted). */
    public long documentTotal(int doc) {
        return docTotals[doc];
    }

    /** Highest id + 1 that may have a count. */
    public int idLimit() {
        return counts.length;
    }

    public boolean keepsDocumentVectors() {
        return keepDocumentVectors;
    }

    /** Number of distinct terms in document {@code doc}; its vector is entries [vectorStart(doc), vectorStart(doc+1)). */
    public int vectorStart(int doc) {
        checkVectors();
        return vectorStart[doc];
    }

    public int vectorId(int entry) {
        return vectorIds[entry];
    }

    public int vectorCount(int entry) {
        return vectorCounts[entry];
    }

    private void checkVectors() {
        if (!keepDocumentVectors) {
            throw new IllegalStateException("document vectors were not kept: create the counter with keepDocumentVectors = true");
        }
    }
}

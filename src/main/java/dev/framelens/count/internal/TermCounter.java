package dev.framelens.count.internal;

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
    /**
     * Two longs per term id, so that the token path and the end of a document touch one cache
     * line per term: {@code cells[2 id]} is the corpus count, {@code cells[2 id + 1]} holds the
     * document frequency in its high 32 bits and the current document's count in its low 32 bits.
     */
    private long[] cells = new long[2048];
    private static final long LOW = 0xffffffffL;
    private static final long ONE_DOC = 1L << 32;
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
     * count is touched here; corpus counts and document frequencies are updated from the touched
     * ids at {@link #endDocument()}, in the same cache line.
     */
    public void add(int id) {
        add(id, 1);
    }

    /**
     * Counts {@code count} (≥ 1) occurrences of term {@code id} in the current document: the same
     * as {@code count} calls of {@link #add(int)}.
     */
    public void add(int id, int count) {
        int i = 2 * id + 1;
        if (i >= cells.length) {
            grow(id);
        }
        long before = cells[i];
        cells[i] = before + count;
        if ((before & LOW) == 0) {
            if (touchedSize == touched.length) {
                touched = Arrays.copyOf(touched, touchedSize * 2);
            }
            touched[touchedSize++] = id;
        }
        docTotal += count;
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
            int i = 2 * id;
            long inDoc = cells[i + 1] & LOW;
            cells[i] += inDoc;
            cells[i + 1] = (cells[i + 1] & ~LOW) + ONE_DOC;
            if (keepDocumentVectors) {
                vectorIds[vectorSize] = id;
                vectorCounts[vectorSize] = (int) inDoc;
                vectorSize++;
            }
        }
        documents++;
        vectorStart[documents] = vectorSize;
        touchedSize = 0;
        docTotal = 0;
    }

    /** Adds everything {@code other} counted, mapping its ids through {@code idMap}; documents are appended. */
    public void merge(TermCounter other, int[] idMap) {
        for (int id = 0; id < Math.min(other.cells.length / 2, idMap.length); id++) {
            if (other.cells[2 * id] == 0 && other.cells[2 * id + 1] == 0) {
                continue;
            }
            int to = idMap[id];
            if (2 * to + 1 >= cells.length) {
                grow(to);
            }
            cells[2 * to] += other.cells[2 * id];
            cells[2 * to + 1] += other.cells[2 * id + 1] & ~LOW;
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
        cells = Arrays.copyOf(cells, Math.max(cells.length * 2, 2 * id + 2));
    }

    /** Count of term {@code id} over all documents. */
    public long count(int id) {
        return 2 * id < cells.length ? cells[2 * id] : 0;
    }

    /** Number of documents containing term {@code id}. */
    public int documentFrequency(int id) {
        return 2 * id + 1 < cells.length ? (int) (cells[2 * id + 1] >>> 32) : 0;
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
        return cells.length / 2;
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

package dev.framelens.text;

import java.util.Arrays;

/**
 * A growable record of one document's analysed terms, as a {@link TermSink} receives them: term
 * id, character offsets and sentence of each, in stream order (the position of term {@code i} is
 * {@code i + 1}). The arrays are handed out as they are, valid until the next {@link #clear} or
 * {@link TermSink#term}; their length may exceed {@link #size()}. Not thread-safe.
 */
public final class TermBuffer implements TermSink {
    private int[] ids = new int[1024];
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int[] sentences = new int[1024];
    private int size;

    /** Forgets the terms (keeps the arrays). */
    public void clear() {
        size = 0;
    }

    @Override
    public void term(int id, int start, int end, int sentence, int position) {
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            sentences = Arrays.copyOf(sentences, n);
        }
        ids[size] = id;
        starts[size] = start;
        ends[size] = end;
        sentences[size] = sentence;
        size++;
    }

    /** Number of terms recorded. */
    public int size() {
        return size;
    }

    /** Term ids, {@code [0, size())} in use. */
    public int[] ids() {
        return ids;
    }

    /** Start offsets. */
    public int[] starts() {
        return starts;
    }

    /** End offsets. */
    public int[] ends() {
        return ends;
    }

    /** 1-based sentence numbers. */
    public int[] sentences() {
        return sentences;
    }
}

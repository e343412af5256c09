package dev.framelens.count.internal;

import java.util.Arrays;

/**
 * The last n kept terms of one sentence, for n-gram counting: {@link #push} a term, and when
 * the window is full {@link #join} its first k terms, space-separated, into a reused buffer.
 * A new sentence (or {@link #reset}) empties the window, so n-grams never cross sentences.
 */
public final class NgramWindow {
    private final Vocabulary words;
    private final int n;
    private final int[] window;
    private int filled;
    private int sentence = -1;
    private char[] buf = new char[128];

    /** A window of {@code n} terms whose ids are in {@code words}. */
    public NgramWindow(Vocabulary words, int n) {
        this.words = words;
        this.n = n;
        this.window = new int[n];
    }

    /** Empties the window (a new document). */
    public void reset() {
        filled = 0;
        sentence = -1;
    }

    /** Adds term {@code id} of sentence {@code sent}; true when the window holds n terms. */
    public boolean push(int id, int sent) {
        if (sent != sentence) {
            filled = 0;
            sentence = sent;
        }
        if (filled == n) {
            System.arraycopy(window, 1, window, 0, n - 1);
            filled--;
        }
        window[filled++] = id;
        return filled == n;
    }

    /** Writes the first {@code k} terms joined by single spaces into {@link #buffer()}; returns the length. */
    public int join(int k) {
        int len = 0;
        for (int i = 0; i < k; i++) {
            int need = len + 1 + words.length(window[i]);
            if (need > buf.length) {
                buf = Arrays.copyOf(buf, need * 2);
            }
            if (i > 0) {
                buf[len++] = ' ';
            }
            len += words.copy(window[i], buf, len);
        }
        return len;
    }

    /** The buffer {@link #join} writes into (reused: valid until the next call). */
    public char[] buffer() {
        return buf;
    }

    /** The id of the newest term. */
    public int last() {
        return window[filled - 1];
    }
}

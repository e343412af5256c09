package dev.framelens.bench.proto;

import dev.framelens.text.TermInterner;
import dev.framelens.text.Tokenizer;
import java.util.Arrays;

/**
 * A prototype of batched interning, kept in the benchmarks to measure the proposal: on a large
 * vocabulary most of the time of {@code intern} is waiting for memory (a cache miss on the hash
 * slot, then on the term's chars), one token after the other. Interning a batch of tokens in
 * phases, first touching every token's slot, then every candidate's chars, then resolving them
 * in order, lets the CPU wait for all those misses at once (memory-level parallelism) while ids
 * are still assigned in first-seen order. Slots are {@code [hash, id + 1, arena offset, length]}.
 *
 * <p>{@link #sink(Tokenizer.Sink...)} adapts it to the tokenizer: tokens are buffered (chars, hash)
 * and interned a batch ({@value #BATCH} by default) at a time; {@link #flush()} at the end of a document.
 */
public final class BatchedVocabulary implements TermInterner {
    /** Default batch size: enough independent misses in flight to keep the memory system busy. */
    static final int BATCH = 32;
    private final int batch;

    private char[] arena = new char[1 << 16];
    private int arenaUsed;
    private int[] offsets = new int[1 << 12];
    private int[] lengths = new int[1 << 12];
    private int[] table = new int[4 << 12];
    private int mask = (1 << 12) - 1;
    private int size;

    // the pending batch
    private final char[] chars;
    private final int[] bOff;
    private final int[] bLen;
    private final int[] bHash;
    private final int[] bIds;
    private int pending;
    private int charsUsed;
    /** Sum of touched values, written to a field so the touching loads are not removed. */
    public int touched;

    /** Receives ids in token order. */
    @FunctionalInterface
    public interface IdSink {
        void id(int id);
    }

    private IdSink out;

    public BatchedVocabulary() {
        this(BATCH);
    }

    public BatchedVocabulary(int batch) {
        this.batch = batch;
        chars = new char[batch * 64];
        bOff = new int[batch];
        bLen = new int[batch];
        bHash = new int[batch];
        bIds = new int[batch];
    }

    /** Sets where {@link #add} and {@link #flush} deliver ids. */
    public void output(IdSink sink) {
        out = sink;
    }

    /** Buffers one token (its chars are copied); interns the batch when it is full. */
    public void add(char[] buf, int len) {
        if (pending == batch || charsUsed + len > chars.length) {
            flush();
        }
        if (len > chars.length) {
            out.id(intern(buf, 0, len));
            return;
        }
        System.arraycopy(buf, 0, chars, charsUsed, len);
        bOff[pending] = charsUsed;
        bLen[pending] = len;
        bHash[pending] = hash(buf, 0, len);
        charsUsed += len;
        pending++;
    }

    /** Interns and delivers the buffered tokens. */
    public void flush() {
        int n = pending;
        if (n == 0) {
            return;
        }
        int[] t = table;
        int m = mask;
        int acc = 0;
        // phase 1: touch each token's home slot (independent loads, misses overlap)
        for (int k = 0; k < n; k++) {
            acc += t[((bHash[k] & m) << 2) + 2];
        }
        // phase 2: touch the chars of the term in the home slot
        char[] a = arena;
        for (int k = 0; k < n; k++) {
            int s = (bHash[k] & m) << 2;
            if (t[s + 1] != 0) {
                acc += a[t[s + 2]];
            }
        }
        touched = acc;
        // phase 3: resolve in order (assigns new ids in first-seen order)
        for (int k = 0; k < n; k++) {
            bIds[k] = lookup(chars, bOff[k], bLen[k], bHash[k]);
        }
        pending = 0;
        charsUsed = 0;
        for (int k = 0; k < n; k++) {
            out.id(bIds[k]);
        }
    }

    @Override
    public int intern(char[] buf, int off, int len) {
        return lookup(buf, off, len, hash(buf, off, len));
    }

    private int lookup(char[] buf, int off, int len, int h) {
        int[] t = table;
        int slot = h & mask;
        while (true) {
            int s = slot << 2;
            int entry = t[s + 1];
            if (entry == 0) {
                return add(buf, off, len, h, slot);
            }
            if (t[s] == h && t[s + 3] == len && equals(t[s + 2], buf, off, len)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean equals(int o, char[] buf, int off, int len) {
        char[] a = arena;
        for (int k = 0; k < len; k++) {
            if (a[o + k] != buf[off + k]) {
                return false;
            }
        }
        return true;
    }

    private int add(char[] buf, int off, int len, int h, int slot) {
        int id = size;
        if (id == offsets.length) {
            offsets = Arrays.copyOf(offsets, id * 2);
            lengths = Arrays.copyOf(lengths, id * 2);
        }
        if (arenaUsed + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + len));
        }
        System.arraycopy(buf, off, arena, arenaUsed, len);
        offsets[id] = arenaUsed;
        lengths[id] = len;
        int s = slot << 2;
        table[s] = h;
        table[s + 1] = id + 1;
        table[s + 2] = arenaUsed;
        table[s + 3] = len;
        arenaUsed += len;
        size++;
        if (size * 2 > mask + 1) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int cap = (mask + 1) * 2;
        int m = cap - 1;
        int[] t = new int[4 * cap];
        for (int s = 0; s <= mask; s++) {
            int from = s << 2;
            if (table[from + 1] == 0) {
                continue;
            }
            int slot = table[from] & m;
            while (t[(slot << 2) + 1] != 0) {
                slot = (slot + 1) & m;
            }
            System.arraycopy(table, from, t, slot << 2, 4);
        }
        table = t;
        mask = m;
    }

    @Override
    public String term(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("term id " + id + " must be in [0, " + size + ")");
        }
        return new String(arena, offsets[id], lengths[id]);
    }

    @Override
    public int size() {
        return size;
    }

    /** The engine vocabulary's hash: {@code String.hashCode()} finished with MurmurHash3's mixer. */
    static int hash(char[] buf, int off, int len) {
        int h = 0;
        for (int k = 0; k < len; k++) {
            h = 31 * h + buf[off + k];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}

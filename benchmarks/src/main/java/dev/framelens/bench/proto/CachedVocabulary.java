package dev.framelens.bench.proto;

import dev.framelens.text.TermInterner;
import java.util.Arrays;

/**
 * A prototype of the layout proposed for {@code dev.framelens.count.Vocabulary}, kept in the
 * benchmarks so the proposal is measured, not guessed ({@code Tokenize.framelensCachedVocabulary}).
 * Two changes against the engine's table:
 * <ol>
 *   <li><b>One slot holds everything a probe needs</b>: {@code [hash, id + 1, arena offset,
 *       length]} in one int array (16 bytes a slot), so a lookup touches the slot's cache line and
 *       the term's chars, not also {@code lengths[id]} and {@code offsets[id]} in two more arrays.</li>
 *   <li><b>A direct-mapped front cache</b> of {@value #CACHE_SLOTS} entries (32 bytes each, 256 KB,
 *       stays in L2) holding hash, id and up to {@value #INLINE} chars inline. Word frequencies follow
 *       Zipf's law, so most tokens are a few thousand frequent terms: they are found without touching
 *       the big table or the arena. A miss falls through to the table and replaces the entry.</li>
 * </ol>
 * Same contract as the engine's vocabulary: ids 0, 1, 2… in first-seen order; not thread-safe.
 */
public final class CachedVocabulary implements TermInterner {
    static final int CACHE_SLOTS = 1 << 13;
    static final int INLINE = 11;

    /** 4 longs per entry: hash << 32 | (id + 1); len | c0 << 16 | c1 << 32 | c2 << 48; c3..c6; c7..c10. */
    private final long[] cache = new long[CACHE_SLOTS * 4];

    private char[] arena = new char[1 << 16];
    private int arenaUsed;
    private int[] offsets = new int[1 << 12];
    private int[] lengths = new int[1 << 12];
    private int[] table = new int[4 << 12];
    private int mask = (1 << 12) - 1;
    private int size;

    @Override
    public int intern(char[] buf, int off, int len) {
        int h = hash(buf, off, len);
        if (len <= INLINE) {
            long k1 = len;
            long k2 = 0;
            long k3 = 0;
            for (int k = 0; k < len; k++) {
                long c = buf[off + k];
                if (k < 3) {
                    k1 |= c << (16 * (k + 1));
                } else if (k < 7) {
                    k2 |= c << (16 * (k - 3));
                } else {
                    k3 |= c << (16 * (k - 7));
                }
            }
            int e = (h & (CACHE_SLOTS - 1)) << 2;
            long[] c = cache;
            long head = c[e];
            if ((int) (head >>> 32) == h && (int) head != 0 && c[e + 1] == k1 && c[e + 2] == k2 && c[e + 3] == k3) {
                return (int) head - 1;
            }
            int id = lookup(buf, off, len, h);
            c[e] = ((long) h << 32) | (id + 1);
            c[e + 1] = k1;
            c[e + 2] = k2;
            c[e + 3] = k3;
            return id;
        }
        return lookup(buf, off, len, h);
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
        if (size * 4 > (mask + 1) * 3) { // load factor 0.75: 16-byte slots, so keep the table small
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

    /** Same hash as the engine's vocabulary (polynomial, MurmurHash3 finaliser). */
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

package dev.framelens.count.internal;

import java.util.Arrays;

/**
 * Counts of unordered term-id pairs in an open-addressing table on primitive {@code long} keys
 * ({@code min(t,u) << 32 | max(t,u)}), linear probing, no object per pair. Memory grows with
 * the number of distinct pairs. Not thread-safe; {@link #addAll} merges.
 */
public final class PairCounts {
    private static final long EMPTY = -1L;
    private long[] keys;
    private int[] counts;
    private int mask;
    private int size;

    public PairCounts() {
        this(1 << 12);
    }

    public PairCounts(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        counts = new int[cap];
        mask = cap - 1;
    }

    /** The key of the unordered pair {t, u}. */
    public static long key(int t, int u) {
        return t < u ? ((long) t << 32) | (u & 0xffffffffL) : ((long) u << 32) | (t & 0xffffffffL);
    }

    public static int first(long key) {
        return (int) (key >>> 32);
    }

    public static int second(long key) {
        return (int) key;
    }

    /** Adds {@code n} to the count of {t, u}. */
    public void add(int t, int u, int n) {
        addKey(key(t, u), n);
    }

    public void addKey(long key, int n) {
        int slot = slot(key);
        long[] k = keys;
        while (true) {
            long existing = k[slot];
            if (existing == key) {
                counts[slot] += n;
                return;
            }
            if (existing == EMPTY) {
                k[slot] = key;
                counts[slot] = n;
                if (++size * 4 > (mask + 1) * 3) {
                    rehash();
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Sum of the slots touched by {@link #addKeys}, kept in a field so those loads are not removed. */
    private int touched;

    /**
     * Adds 1 to each of {@code keys[0, n)} (keys from {@link #key}). First every key's home slot is
     * read — independent loads whose cache misses overlap (memory-level parallelism) — then the
     * keys are added in order; the result equals n calls of {@link #addKey}.
     */
    public void addKeys(long[] keys, int n) {
        long[] k = this.keys;
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (int) k[slot(keys[i])];
        }
        touched += sum;
        for (int i = 0; i < n; i++) {
            addKey(keys[i], 1);
        }
    }

    /** Count of {t, u}, 0 when never seen. */
    public int get(int t, int u) {
        long key = key(t, u);
        int slot = slot(key);
        while (true) {
            long existing = keys[slot];
            if (existing == key) {
                return counts[slot];
            }
            if (existing == EMPTY) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Number of distinct pairs. */
    public int size() {
        return size;
    }

    /** Calls {@code visitor} for every pair with its count, in table order. */
    public void forEach(PairVisitor visitor) {
        for (int s = 0; s <= mask; s++) {
            if (keys[s] != EMPTY) {
                visitor.pair(first(keys[s]), second(keys[s]), counts[s]);
            }
        }
    }

    /** Adds every pair of {@code other}, mapping ids through {@code idMap}. */
    public void addAll(PairCounts other, int[] idMap) {
        other.forEach((t, u, n) -> add(idMap[t], idMap[u], n));
    }

    /** Receives one pair. */
    @FunctionalInterface
    public interface PairVisitor {
        void pair(int t, int u, int count);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        int cap = (mask + 1) * 2;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        counts = new int[cap];
        mask = cap - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            long key = oldKeys[s];
            if (key != EMPTY) {
                int slot = slot(key);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                counts[slot] = oldCounts[s];
            }
        }
    }
}

package dev.framelens.count.internal;

import dev.framelens.text.TermInterner;
import java.util.Arrays;

/**
 * Term ↔ dense int id, keyed on char ranges: interning a token from the tokenizer's buffer
 * allocates nothing once the term is known. Terms are stored back to back in one char arena, each
 * behind a four-char header holding its length and id; the hash table is open-addressed with
 * linear probing and keeps, per slot, the term's mixed hash and its arena offset ({@code [hash,
 * offset + 1]}, eight bytes). A lookup touches one slot and one place in the arena (header and
 * characters together), nothing else; at a load factor of at most 3/4 (1/4 for a {@linkplain #Vocabulary(boolean) sparse} one) the table of a
 * 280,000-term vocabulary takes 4 MB (sixteen-byte slots at 1/2 took 16 MB), so fewer lookups
 * miss the caches.
 * Not thread-safe: one per thread, {@link #merge merge} afterwards.
 */
public final class Vocabulary implements TermInterner {
    /** Chars of a term's header in the arena: length (2 chars) then id (2 chars). */
    private static final int HEADER = 4;
    private char[] arena = new char[1 << 14];
    private int arenaUsed;
    /** Arena offset of each term's header, by id. */
    private int[] offsets = new int[1 << 10];
    private String[] strings = new String[1 << 10];
    private static final int SLOT = 2;
    private int[] table = new int[SLOT << 11];
    private int mask = (1 << 11) - 1;
    private int size;
    /** The table grows when more than this many quarters of its slots are taken. */
    private final int maxLoadQuarters;

    /** A vocabulary whose table is at most 3/4 full: most lookups find their term. */
    public Vocabulary() {
        this(false);
    }

    /**
     * @param sparse keep the table at most 1/4 full, for a vocabulary asked mostly about terms it
     *               does not hold: with linear probing, a lookup that misses reads on average
     *               ½(1 + 1/(1 − α)²) slots at load α (Knuth, TAOCP vol. 3, §6.4), 8.5 at 3/4 and
     *               1.4 at 1/4
     */
    public Vocabulary(boolean sparse) {
        this.maxLoadQuarters = sparse ? 1 : 3;
    }

    @Override
    public int intern(char[] buf, int off, int len) {
        return intern(buf, off, len, stringHash(buf, off, len));
    }

    @Override
    public int intern(char[] buf, int off, int len, int stringHash) {
        return internMixed(buf, off, len, mix(stringHash));
    }

    /** {@link #intern(char[], int, int, int)} with the hash already mixed. */
    private int internMixed(char[] buf, int off, int len, int h) {
        int slot = h & mask;
        int[] t = table;
        while (true) {
            int base = slot * SLOT;
            int entry = t[base + 1];
            if (entry == 0) {
                return add(buf, off, len, h, slot);
            }
            if (t[base] == h) {
                int id = idIfEqual(entry - 1, buf, off, len);
                if (id >= 0) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Sum of the places touched by {@link #internAll}, kept in a field so those loads are not removed. */
    private int touched;
    private int[] batchSlots = new int[64];
    private int[] batchHashes = new int[64];

    /**
     * Batched interning: first every term's slot is read (independent loads, so the CPU waits for
     * their cache misses together instead of one after another), then the arena header each slot
     * points to, then each term is interned in order, so ids are the same as with single calls.
     */
    @Override
    public void internAll(char[] chars, int[] offsets, int[] lengths, int[] hashes, int n, int[] ids) {
        if (batchSlots.length < n) {
            batchSlots = new int[n];
            batchHashes = new int[n];
        }
        int[] t = table;
        int m = mask;
        int sum = 0;
        for (int k = 0; k < n; k++) {
            int h = mix(hashes[k]);
            int slot = h & m;
            batchHashes[k] = h;
            batchSlots[k] = slot;
            sum += t[slot * SLOT + 1];
        }
        char[] a = arena;
        for (int k = 0; k < n; k++) {
            int o = t[batchSlots[k] * SLOT + 1];
            if (o > 0) {
                sum += a[o - 1];
            }
        }
        touched += sum;
        for (int k = 0; k < n; k++) {
            ids[k] = internMixed(chars, offsets[k], lengths[k], batchHashes[k]);
        }
    }

    private char[] scratch = new char[64];

    /**
     * Interns a String without copying it into a new array: its characters go through a scratch
     * buffer, and its hash is {@link String#hashCode()}, which the String computes once and keeps
     * (so a String hashed on another thread costs nothing here).
     */
    @Override
    public int intern(String term) {
        int len = term.length();
        if (len > scratch.length) {
            scratch = new char[Math.max(len, 2 * scratch.length)];
        }
        term.getChars(0, len, scratch, 0);
        return intern(scratch, 0, len, term.hashCode());
    }

    /** True: {@link #internAll} overlaps the cache misses of a large vocabulary. */
    @Override
    public boolean prefersBatches() {
        return true;
    }

    /** The id of {@code term}, or -1 when it is not in the vocabulary. */
    public int find(String term) {
        char[] c = term.toCharArray();
        return find(c, 0, c.length);
    }

    /** The id of {@code buf[off, off+len)}, or -1 when it is not in the vocabulary. */
    public int find(char[] buf, int off, int len) {
        return findMixed(buf, off, len, hash(buf, off, len));
    }

    /**
     * {@link #find(char[], int, int)} with the term's {@code String.hashCode()} already known (as
     * in {@link #intern(char[], int, int, int)}).
     */
    @Override
    public int find(char[] buf, int off, int len, int stringHash) {
        return findMixed(buf, off, len, mix(stringHash));
    }

    private int findMixed(char[] buf, int off, int len, int h) {
        int slot = h & mask;
        while (true) {
            int base = slot * SLOT;
            int entry = table[base + 1];
            if (entry == 0) {
                return -1;
            }
            if (table[base] == h) {
                int id = idIfEqual(entry - 1, buf, off, len);
                if (id >= 0) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public String term(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("term id " + id + " must be in [0, " + size + ")");
        }
        String s = strings[id];
        if (s == null) {
            s = new String(arena, offsets[id] + HEADER, length(id));
            strings[id] = s;
        }
        return s;
    }

    /** Length of term {@code id} in chars. */
    @Override
    public int length(int id) {
        int o = offsets[id];
        return arena[o] | arena[o + 1] << 16;
    }

    /** Copies term {@code id} into {@code dst} at {@code off}; returns its length. */
    @Override
    public int copy(int id, char[] dst, int off) {
        int len = length(id);
        System.arraycopy(arena, offsets[id] + HEADER, dst, off, len);
        return len;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Interns every term of {@code other} into this vocabulary and returns the id map:
     * {@code map[otherId] = thisId}.
     */
    public int[] merge(Vocabulary other) {
        int[] map = new int[other.size];
        for (int id = 0; id < other.size; id++) {
            map[id] = intern(other.arena, other.offsets[id] + HEADER, other.length(id));
        }
        return map;
    }

    /**
     * The id of the term whose header is at arena offset {@code o} when its characters equal
     * {@code buf[off, off + len)}, else -1.
     */
    private int idIfEqual(int o, char[] buf, int off, int len) {
        char[] a = arena;
        if ((a[o] | a[o + 1] << 16) != len) {
            return -1;
        }
        int c = o + HEADER;
        for (int k = 0; k < len; k++) {
            if (a[c + k] != buf[off + k]) {
                return -1;
            }
        }
        return a[o + 2] | a[o + 3] << 16;
    }

    private int add(char[] buf, int off, int len, int h, int slot) {
        int id = size;
        if (id == offsets.length) {
            int n = id * 2;
            offsets = Arrays.copyOf(offsets, n);
            strings = Arrays.copyOf(strings, n);
        }
        if (arenaUsed + HEADER + len > arena.length) {
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max(2L * arena.length, (long) arenaUsed + HEADER + len)));
        }
        int o = arenaUsed;
        arena[o] = (char) len;
        arena[o + 1] = (char) (len >>> 16);
        arena[o + 2] = (char) id;
        arena[o + 3] = (char) (id >>> 16);
        System.arraycopy(buf, off, arena, o + HEADER, len);
        offsets[id] = o;
        arenaUsed = o + HEADER + len;
        int base = slot * SLOT;
        table[base] = h;
        table[base + 1] = o + 1;
        size++;
        if (4L * size > (long) maxLoadQuarters * (mask + 1)) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int cap = (mask + 1) * 2;
        int[] t = new int[SLOT * cap];
        int m = cap - 1;
        for (int s = 0; s <= mask; s++) {
            int from = s * SLOT;
            if (table[from + 1] == 0) {
                continue;
            }
            int slot = table[from] & m;
            while (t[slot * SLOT + 1] != 0) {
                slot = (slot + 1) & m;
            }
            System.arraycopy(table, from, t, slot * SLOT, SLOT);
        }
        table = t;
        mask = m;
    }

    /** Polynomial hash finished with the MurmurHash3 mixer so low bits are usable as a slot. */
    static int hash(char[] buf, int off, int len) {
        return mix(stringHash(buf, off, len));
    }

    /** {@code String.hashCode()} of the chars. */
    static int stringHash(char[] buf, int off, int len) {
        return TermInterner.hashOf(buf, off, len);
    }

    /** MurmurHash3's 32-bit finaliser. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}

package dev.framelens.text;

/**
 * Maps a term's characters to a dense integer id and back. Ids are assigned 0, 1, 2, … in the
 * order terms are first seen, so arrays indexed by id can grow with {@link #size()}.
 * Implemented by the engine's vocabulary ({@code dev.framelens.count.Terms.newInterner()}); the analysis pipeline only needs this.
 */
public interface TermInterner {
    /** The id of {@code buf[off, off+len)}, adding the term if it is new. */
    int intern(char[] buf, int off, int len);

    /**
     * {@link #intern(char[], int, int)} with the term's {@code String.hashCode()} already known
     * (the tokenizer computes it while scanning); implementations may use it to skip hashing.
     */
    default int intern(char[] buf, int off, int len, int stringHash) {
        return intern(buf, off, len);
    }

    /**
     * Interns {@code n} terms at once: term {@code k} is {@code chars[offsets[k], offsets[k] +
     * lengths[k])} with {@code String.hashCode()} {@code hashes[k]}; its id goes to {@code ids[k]}.
     * Ids are assigned in the order of the terms, exactly as {@code n} single calls would. An
     * implementation may overlap the memory accesses of the batch (memory-level parallelism).
     */
    default void internAll(char[] chars, int[] offsets, int[] lengths, int[] hashes, int n, int[] ids) {
        for (int k = 0; k < n; k++) {
            ids[k] = intern(chars, offsets[k], lengths[k], hashes[k]);
        }
    }

    /**
     * The id of {@code buf[off, off+len)} if the term is known, else -1 (nothing is added);
     * {@code stringHash} is its {@code String.hashCode()}. The default compares every known term:
     * implementations with a hash table override it.
     */
    default int find(char[] buf, int off, int len, int stringHash) {
        for (int id = 0; id < size(); id++) {
            if (length(id) == len && term(id).contentEquals(java.nio.CharBuffer.wrap(buf, off, len))) {
                return id;
            }
        }
        return -1;
    }

    /**
     * Whether {@link #internAll} gains over one call per term (it overlaps memory accesses that miss
     * the caches), so that a stream should collect tokens into batches; false by default, for an
     * interner small enough to stay in the cache.
     */
    default boolean prefersBatches() {
        return false;
    }

    /** The id of {@code term}, adding it if it is new. */
    default int intern(String term) {
        char[] chars = term.toCharArray();
        return intern(chars, 0, chars.length);
    }

    /** {@code String.hashCode()} of {@code buf[off, off+len)}, without making the String. */
    static int hashOf(char[] buf, int off, int len) {
        int h = 0;
        for (int k = 0; k < len; k++) {
            h = 31 * h + buf[off + k];
        }
        return h;
    }

    /** The term with id {@code id}. */
    String term(int id);

    /** Length of term {@code id} in chars. */
    default int length(int id) {
        return term(id).length();
    }

    /**
     * Copies term {@code id}'s characters into {@code dst} at {@code off} (which must have room for
     * {@link #length(int)} of them); returns their number. Implementations may avoid making a String.
     */
    default int copy(int id, char[] dst, int off) {
        String s = term(id);
        s.getChars(0, s.length(), dst, off);
        return s.length();
    }

    /** Number of distinct terms so far. */
    int size();
}

package dev.framelens.text;

/**
 * Maps a term's characters to a dense integer id and back. Ids are assigned 0, 1, 2, … in the
 * order terms are first seen, so arrays indexed by id can grow with {@link #size()}.
 * Implemented by {@code dev.framelens.count.Vocabulary}; the analysis pipeline only needs this.
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

    /** The id of {@code term}, adding it if it is new. */
    default int intern(String term) {
        char[] chars = term.toCharArray();
        return intern(chars, 0, chars.length);
    }

    /** The term with id {@code id}. */
    String term(int id);

    /** Number of distinct terms so far. */
    int size();
}

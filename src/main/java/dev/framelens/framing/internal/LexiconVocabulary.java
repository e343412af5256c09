package dev.framelens.framing.internal;

import dev.framelens.count.Terms;
import dev.framelens.text.TermInterner;
import java.util.Collection;

/**
 * The frame scorer's vocabulary: it knows the words the scorer asks about and lumps every other
 * term into one id.
 *
 * <p>Until {@link #close} it is the engine's vocabulary ({@link Terms#newSparseInterner()}: most
 * lookups after closing miss, so its table is kept sparse): the scorer interns everything its
 * rules name (entry words, negators, the negation rules' lists, condition words, actor terms, and
 * the analyzer's phrases and stop words). After it, a term it does not know gets its own id only
 * when it might start with one of the prefixes given to {@code close} (those of prefix entries and
 * of {@code *} words in word lists, which are matched on the term's characters); every other term
 * gets the one id {@link #other()}. Every question the scorer asks of a token's id (is it this
 * word, in this set, the start of this pattern, a word starting with this prefix?) has the same
 * answer for the lumped id as for the term's own id would, because no rule names such a term; so
 * hits, negation decisions and counts are those of an open vocabulary, while the vocabulary stays
 * at the size of the lexicon instead of growing with the corpus (a few thousand terms, not
 * hundreds of thousands: its table stays in the cache, and nothing is added per new corpus term).
 *
 * <p>Whether a term might start with a prefix is decided on its first one to four characters:
 * the set holds, for each prefix, its first {@code min(4, length)} characters, behind a bit set of
 * the prefixes' first two characters that turns most terms down with one load. A term that passes
 * is interned for real (its own id), whether or not a whole prefix matches: the matcher and the
 * word sets then decide on its characters, as they do in an open vocabulary, and its next
 * occurrence is found without the test. Not thread-safe: one per scorer.
 */
public final class LexiconVocabulary implements TermInterner {
    /** The lumped term's characters: no token has them (the tokenizer keeps no control characters). */
    static final String OTHER = "\u0000";
    private static final int KEY_CHARS = 4;

    private final TermInterner known = Terms.newSparseInterner();
    /** The lumped id, or -1 while open. */
    private int other = -1;
    /** By n (1 … {@value #KEY_CHARS}): the prefixes' first n characters packed ({@link #key}), value 1; null for none. */
    private final LongIntMap[] starts = new LongIntMap[KEY_CHARS + 1];
    /**
     * A first filter, one bit per pair of first characters (each folded to its low 8 bits) of a
     * prefix of two or more characters, so that most terms are turned down with one load.
     */
    private final long[] pairs = new long[1 << 10];
    /** Whether some prefix has one character (then every term with that first character passes). */
    private boolean oneCharPrefix;

    /**
     * From now on, unknown terms that cannot start with one of {@code prefixes} get {@link #other()}.
     * With an empty prefix (a bare {@code *}, which every term starts with) it stays open.
     */
    public void close(Collection<String> prefixes) {
        if (other >= 0) {
            throw new IllegalStateException("the vocabulary is already closed");
        }
        for (String p : prefixes) {
            if (p.isEmpty()) {
                return;
            }
        }
        for (String p : prefixes) {
            int n = Math.min(KEY_CHARS, p.length());
            if (starts[n] == null) {
                starts[n] = new LongIntMap();
            }
            starts[n].put(key(p.toCharArray(), 0, n), 1);
            if (n == 1) {
                oneCharPrefix = true;
            } else {
                int pair = pair(p.charAt(0), p.charAt(1));
                pairs[pair >>> 6] |= 1L << pair;
            }
        }
        other = known.intern(OTHER);
    }

    /** The id every unknown term gets once closed, or -1 while open. */
    public int other() {
        return other;
    }

    /** Characters {@code buf[off, off + n)} (n ≤ 4) packed into one key. */
    private static long key(char[] buf, int off, int n) {
        long k = 0;
        for (int i = 0; i < n; i++) {
            k = k << 16 | buf[off + i];
        }
        return k;
    }

    private static int pair(char first, char second) {
        return (first & 0xff) << 8 | (second & 0xff);
    }

    /** Whether the term might start with one of the prefixes (see the class comment). */
    private boolean mayStartPrefix(char[] buf, int off, int len) {
        if (!oneCharPrefix) {
            if (len < 2) {
                return false;
            }
            int pair = pair(buf[off], buf[off + 1]);
            if ((pairs[pair >>> 6] & 1L << pair) == 0) {
                return false;
            }
        }
        for (int n = 1; n <= KEY_CHARS && n <= len; n++) {
            if (starts[n] != null && starts[n].get(key(buf, off, n)) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int intern(char[] buf, int off, int len) {
        return intern(buf, off, len, TermInterner.hashOf(buf, off, len));
    }

    @Override
    public int intern(char[] buf, int off, int len, int stringHash) {
        if (other < 0) {
            return known.intern(buf, off, len, stringHash);
        }
        int id = known.find(buf, off, len, stringHash);
        if (id >= 0) {
            return id;
        }
        return mayStartPrefix(buf, off, len) ? known.intern(buf, off, len, stringHash) : other;
    }

    @Override
    public String term(int id) {
        return known.term(id);
    }

    @Override
    public int length(int id) {
        return known.length(id);
    }

    @Override
    public int copy(int id, char[] dst, int off) {
        return known.copy(id, dst, off);
    }

    @Override
    public int size() {
        return known.size();
    }
}

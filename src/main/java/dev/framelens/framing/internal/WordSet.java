package dev.framelens.framing.internal;

import dev.framelens.text.TermInterner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of words compiled against one {@link TermInterner} (the stream's vocabulary), asked "is
 * this term in the set?" by term id: the words of a context condition of a lexicon entry, or one
 * word list of the negation rules. A word written with a trailing {@code *} is a prefix and matches
 * every term that starts with it; any other word matches the one term equal to it. A term is
 * compared as a whole (a merged phrase such as {@code north korea} is one term).
 *
 * <p>Exact words are interned once, when the set is built. Whether a term matches a prefix is
 * computed the first time the term is asked about and cached by id, so after that {@link #contains}
 * allocates nothing. Not thread-safe (the cache grows): one per scorer.
 */
public final class WordSet {
    private final TermInterner vocabulary;
    private final boolean[] exact;
    private final String[] prefixes;
    /** Per term id: 0 not yet computed, 1 starts with a prefix, 2 does not. */
    private byte[] prefixCache = new byte[0];

    /**
     * @param vocabulary the stream's vocabulary (exact words are interned into it)
     * @param words      words as the tokenizer emits them, a trailing {@code *} for a prefix
     */
    public WordSet(TermInterner vocabulary, List<String> words) {
        this.vocabulary = vocabulary;
        List<String> pre = new ArrayList<>();
        int[] ids = new int[words.size()];
        int n = 0;
        int max = -1;
        for (String w : words) {
            if (w.endsWith("*")) {
                pre.add(w.substring(0, w.length() - 1));
            } else {
                ids[n] = vocabulary.intern(w);
                max = Math.max(max, ids[n]);
                n++;
            }
        }
        this.exact = new boolean[max + 1];
        for (int k = 0; k < n; k++) {
            exact[ids[k]] = true;
        }
        this.prefixes = pre.toArray(new String[0]);
    }

    /** The prefixes of the set (its words written with a trailing {@code *}, without it). */
    public List<String> prefixes() {
        return List.of(prefixes);
    }

    /** Whether term {@code id} is one of the exact words or starts with one of the prefixes. */
    public boolean contains(int id) {
        if (id < exact.length && exact[id]) {
            return true;
        }
        if (prefixes.length == 0) {
            return false;
        }
        if (id >= prefixCache.length) {
            prefixCache = Arrays.copyOf(prefixCache, Math.max(id + 1, Math.max(64, vocabulary.size() * 2)));
        }
        byte c = prefixCache[id];
        if (c == 0) {
            String term = vocabulary.term(id);
            c = 2;
            for (String p : prefixes) {
                if (term.startsWith(p)) {
                    c = 1;
                    break;
                }
            }
            prefixCache[id] = c;
        }
        return c == 1;
    }
}

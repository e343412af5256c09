package dev.framelens.framing.internal;

import dev.framelens.text.TermInterner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matcher as it was before the prefix trie (kept as the oracle of SequenceMatcherPropertyTest).
 * Matches word sequences (lexicon entries, actor terms) against a stream of term ids, by the rules
 * of {@code docs/LEXICON.md}: a pattern matches a run of consecutive tokens whose words, in order,
 * spell the pattern; a token that is a merged phrase counts as the words of its canonical form but
 * only as a whole (a pattern must start at the token's first word and end at its last); a prefix
 * pattern compares its last word as a prefix of the last token's final word. {@link #match}
 * returns the longest match at a position (most tokens; on equal tokens an exact pattern beats a
 * prefix pattern, a longer prefix a shorter one).
 *
 * <p>Compiled against one {@link TermInterner} (the stream's): pattern words are interned into it
 * and the trie is keyed on term ids. Each distinct term's word decomposition and the prefixes its
 * words start with are computed once, the first time the term is seen; matching a token after
 * that allocates nothing. Not thread-safe (the caches grow): one per thread.
 */
final class OldSequenceMatcher {
    private static final int[] NONE = {};

    private final TermInterner vocabulary;
    private final LongIntMap edges = new LongIntMap();
    private final List<String> prefixes = new ArrayList<>();
    private int[] exact = new int[16];
    private boolean[] hasChildren = new boolean[16];
    private boolean[] hasPrefix = new boolean[16];
    private int nodes = 1;

    private int[][] termWords = new int[0][];
    private int[][] wordPrefixes = new int[0][];
    private int end;

    /**
     * @param vocabulary the stream's vocabulary (pattern words are interned into it)
     * @param patterns   each pattern's words as the tokenizer emits them; with {@code prefix[i]} the
     *                   last word of pattern i is a prefix; no two patterns may be equal
     * @param prefix     which patterns end in a prefix
     */
    OldSequenceMatcher(TermInterner vocabulary, List<List<String>> patterns, boolean[] prefix) {
        this.vocabulary = vocabulary;
        Arrays.fill(exact, -1);
        Map<String, Integer> prefixIds = new HashMap<>();
        for (int p = 0; p < patterns.size(); p++) {
            List<String> words = patterns.get(p);
            int exactWords = prefix[p] ? words.size() - 1 : words.size();
            int node = 0;
            for (int k = 0; k < exactWords; k++) {
                node = childOrAdd(node, vocabulary.intern(words.get(k)));
            }
            if (prefix[p]) {
                String stem = words.get(words.size() - 1);
                int id = prefixIds.computeIfAbsent(stem, s -> {
                    prefixes.add(s);
                    return prefixes.size() - 1;
                });
                long key = key(node, ~id);
                if (edges.get(key) >= 0) {
                    throw new IllegalArgumentException("pattern " + words + "* is given twice");
                }
                edges.put(key, p);
                hasPrefix[node] = true;
            } else {
                if (exact[node] >= 0) {
                    throw new IllegalArgumentException("pattern " + words + " is given twice");
                }
                exact[node] = p;
            }
        }
    }

    private int childOrAdd(int node, int word) {
        long key = key(node, word);
        int child = edges.get(key);
        if (child >= 0) {
            return child;
        }
        if (nodes == exact.length) {
            int n = nodes * 2;
            exact = Arrays.copyOf(exact, n);
            Arrays.fill(exact, nodes, n, -1);
            hasChildren = Arrays.copyOf(hasChildren, n);
            hasPrefix = Arrays.copyOf(hasPrefix, n);
        }
        child = nodes++;
        edges.put(key, child);
        hasChildren[node] = true;
        return child;
    }

    private static long key(int node, int word) {
        return ((long) node << 32) | (word & 0xffffffffL);
    }

    /**
     * Says whether a pattern that matched may be taken: the context conditions of a lexicon entry.
     * Asked only about patterns that matched, in the order {@link #match} finds them.
     */
    @FunctionalInterface
    public interface Filter {
        /**
         * @param pattern the pattern's index
         * @param from    index of its first token
         * @param end     index after its last token
         * @return whether the match counts
         */
        boolean accept(int pattern, int from, int end);
    }

    /**
     * The longest pattern that matches tokens {@code ids[from], ids[from+1], …} without passing
     * {@code limit} (the end of the sentence).
     *
     * @return the pattern's index, or -1; on a match {@link #end()} is the index after its last token
     */
    public int match(int[] ids, int from, int limit) {
        return match(ids, from, limit, null);
    }

    /**
     * The longest pattern that matches from {@code from}, as {@link #match(int[], int, int)}, among
     * those {@code filter} accepts: a rejected match leaves the next longer or shorter one (or a
     * shorter prefix at the same token) in the running.
     *
     * @param filter asked about each match, or {@code null} to accept every one
     * @return the pattern's index, or -1; on a match {@link #end()} is the index after its last token
     */
    public int match(int[] ids, int from, int limit, Filter filter) {
        int best = -1;
        int node = 0;
        for (int j = from; j < limit; j++) {
            int[] words = wordsOf(ids[j]);
            int last = words.length - 1;
            int candidate = -1;
            boolean dead = false;
            for (int k = 0; k <= last; k++) {
                int w = words[k];
                if (k == last && hasPrefix[node]) {
                    for (int p : prefixesOf(w)) {
                        int hit = edges.get(key(node, ~p));
                        if (hit >= 0 && (filter == null || filter.accept(hit, from, j + 1))) {
                            candidate = hit;
                            break;
                        }
                    }
                }
                int child = hasChildren[node] ? edges.get(key(node, w)) : -1;
                if (child < 0) {
                    dead = true;
                    break;
                }
                node = child;
            }
            if (!dead && exact[node] >= 0 && (filter == null || filter.accept(exact[node], from, j + 1))) {
                candidate = exact[node];
            }
            if (candidate >= 0) {
                best = candidate;
                end = j + 1;
            }
            if (dead || !hasChildren[node] && !hasPrefix[node]) {
                break;
            }
        }
        return best;
    }

    /** Index after the last token of the last successful {@link #match}. */
    public int end() {
        return end;
    }

    /** The word ids of a term: itself, or the words of a merged phrase's canonical form. */
    private int[] wordsOf(int term) {
        if (term >= termWords.length) {
            termWords = Arrays.copyOf(termWords, Math.max(term + 1, Math.max(64, vocabulary.size() * 2)));
        }
        int[] w = termWords[term];
        if (w == null) {
            String s = vocabulary.term(term);
            if (s.indexOf(' ') < 0) {
                w = new int[] {term};
            } else {
                String[] parts = s.split(" ");
                w = new int[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    w[k] = vocabulary.intern(parts[k]);
                }
            }
            termWords[term] = w;
        }
        return w;
    }

    /** Ids of the prefixes word {@code word} starts with, longest first. */
    private int[] prefixesOf(int word) {
        if (word >= wordPrefixes.length) {
            wordPrefixes = Arrays.copyOf(wordPrefixes, Math.max(word + 1, Math.max(64, vocabulary.size() * 2)));
        }
        int[] p = wordPrefixes[word];
        if (p == null) {
            String s = vocabulary.term(word);
            int n = 0;
            int[] found = new int[prefixes.size()];
            for (int k = 0; k < prefixes.size(); k++) {
                if (s.startsWith(prefixes.get(k))) {
                    found[n++] = k;
                }
            }
            if (n == 0) {
                p = NONE;
            } else {
                Integer[] order = new Integer[n];
                for (int k = 0; k < n; k++) {
                    order[k] = found[k];
                }
                Arrays.sort(order, (a, b) -> Integer.compare(prefixes.get(b).length(), prefixes.get(a).length()));
                p = new int[n];
                for (int k = 0; k < n; k++) {
                    p[k] = order[k];
                }
            }
            wordPrefixes[word] = p;
        }
        return p;
    }
}

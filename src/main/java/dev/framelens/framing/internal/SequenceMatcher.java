package dev.framelens.framing.internal;

import dev.framelens.text.TermInterner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches word sequences (lexicon entries, actor terms) against a stream of term ids, by the rules
 * of {@code docs/LEXICON.md}: a pattern matches a run of consecutive tokens whose words, in order,
 * spell the pattern; a token that is a merged phrase counts as the words of its canonical form but
 * only as a whole (a pattern must start at the token's first word and end at its last); a prefix
 * pattern compares its last word as a prefix of the last token's final word. {@link #match}
 * returns the longest match at a position (most tokens; on equal tokens an exact pattern beats a
 * prefix pattern, a longer prefix a shorter one).
 *
 * <p>Compiled against one {@link TermInterner} (the stream's): pattern words are interned into it
 * and the trie is keyed on term ids; a token whose id is no pattern word leaves the trie without a
 * lookup. Each distinct term's word decomposition and the prefixes its words start with are
 * computed once, the first time the term is seen, and kept in flat arrays (no object per term): a
 * word's prefixes are found by one walk of a character trie of the prefix patterns along the
 * word's characters (O(word length), whatever the number of prefixes). Not thread-safe (the
 * caches grow): one per thread.
 */
public final class SequenceMatcher {
    private final TermInterner vocabulary;
    private final LongIntMap edges = new LongIntMap();
    private final List<String> prefixes = new ArrayList<>();
    private int[] exact = new int[16];
    private boolean[] hasChildren = new boolean[16];
    private boolean[] hasPrefix = new boolean[16];
    private int nodes = 1;
    /** patternWord[id]: the term is a word of some pattern (all were interned at construction). */
    private final boolean[] patternWord;

    /** Character trie of the prefix patterns: edges (node, char) → child, and the prefix ending at a node (-1: none). */
    private final LongIntMap prefixEdges = new LongIntMap();
    private int[] prefixAt = {-1};
    private int prefixNodes = 1;

    /**
     * Per term id, its words: 0 not yet computed, 1 the term itself (one word), n ≥ 2 a phrase whose
     * word count and word ids start at {@code phraseWords[n - 2]}.
     */
    private int[] termWords = new int[0];
    private int[] phraseWords = new int[64];
    private int phraseWordsUsed;
    /**
     * Per word id, the prefixes it starts with: 0 not yet computed, 1 none, n ≥ 2 their count and
     * ids (longest first) start at {@code prefixPool[n - 2]}.
     */
    private int[] wordPrefixes = new int[0];
    /**
     * Per term id, whether a match can start at a token of that term: 0 not yet computed, 1 no, 2
     * maybe (its first word leaves the root along an edge, or it is one word that starts with a
     * prefix pattern of the root). One byte a term, so that the common case, a token that starts
     * nothing, costs one load from an array small enough to stay in cache.
     */
    private byte[] starts = new byte[0];
    private int[] prefixPool = new int[64];
    private int prefixPoolUsed;
    private char[] chars = new char[64];
    private int[] found = new int[16];
    private final int[] one = new int[1];
    private int end;

    /**
     * @param vocabulary the stream's vocabulary (pattern words are interned into it)
     * @param patterns   each pattern's words as the tokenizer emits them; with {@code prefix[i]} the
     *                   last word of pattern i is a prefix; no two patterns may be equal
     * @param prefix     which patterns end in a prefix
     */
    public SequenceMatcher(TermInterner vocabulary, List<List<String>> patterns, boolean[] prefix) {
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
        patternWord = new boolean[vocabulary.size()];
        for (int p = 0; p < patterns.size(); p++) {
            List<String> words = patterns.get(p);
            for (int k = 0, exactWords = prefix[p] ? words.size() - 1 : words.size(); k < exactWords; k++) {
                patternWord[vocabulary.intern(words.get(k))] = true; // interned above: no new id
            }
        }
        for (int id = 0; id < prefixes.size(); id++) {
            String stem = prefixes.get(id);
            int node = 0;
            for (int k = 0; k < stem.length(); k++) {
                long key = key(node, stem.charAt(k));
                int child = prefixEdges.get(key);
                if (child < 0) {
                    child = prefixNodes++;
                    if (child == prefixAt.length) {
                        prefixAt = Arrays.copyOf(prefixAt, child * 2);
                        Arrays.fill(prefixAt, child, child * 2, -1);
                    }
                    prefixEdges.put(key, child);
                }
                node = child;
            }
            prefixAt[node] = id;
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
        if (from >= limit || !mayStart(ids[from])) {
            return -1; // the loop below would leave the root without a candidate (and ask no filter)
        }
        int best = -1;
        int node = 0;
        for (int j = from; j < limit; j++) {
            int[] words;
            int first;
            int last;
            int state = stateOf(ids[j]);
            if (state == 1) {
                one[0] = ids[j];
                words = one;
                first = 0;
                last = 0;
            } else {
                words = phraseWords;
                first = state - 1;
                last = first + phraseWords[state - 2] - 1;
            }
            int candidate = -1;
            boolean dead = false;
            for (int k = first; k <= last; k++) {
                int w = words[k];
                if (k == last && hasPrefix[node]) {
                    int at = prefixesOf(w);
                    for (int q = at + 1, qEnd = at + 1 + (at < 0 ? 0 : prefixPool[at]); q < qEnd; q++) {
                        int hit = edges.get(key(node, ~prefixPool[q]));
                        if (hit >= 0 && (filter == null || filter.accept(hit, from, j + 1))) {
                            candidate = hit;
                            break;
                        }
                    }
                }
                int child = hasChildren[node] && w < patternWord.length && patternWord[w] ? edges.get(key(node, w)) : -1;
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

    /** Whether a match may start at a token of {@code term} (see {@link #starts}); cached by id. */
    private boolean mayStart(int term) {
        if (term >= starts.length) {
            starts = Arrays.copyOf(starts, Math.max(term + 1, Math.max(64, vocabulary.size() * 2)));
        }
        byte s = starts[term];
        if (s == 0) {
            s = canStart(term) ? (byte) 2 : (byte) 1;
            starts[term] = s;
        }
        return s == 2;
    }

    /**
     * What the first step of {@link #match} can do at the root for a token of {@code term}: a
     * candidate needs a root prefix edge of a prefix its only word starts with, and going on needs
     * a root edge along its first word.
     */
    private boolean canStart(int term) {
        int state = stateOf(term);
        int first = state == 1 ? term : phraseWords[state - 1];
        boolean oneWord = state == 1 || phraseWords[state - 2] == 1;
        if (hasChildren[0] && first < patternWord.length && patternWord[first] && edges.get(key(0, first)) >= 0) {
            return true;
        }
        if (oneWord && hasPrefix[0]) {
            int at = prefixesOf(first);
            for (int q = at + 1, qEnd = at + 1 + (at < 0 ? 0 : prefixPool[at]); q < qEnd; q++) {
                if (edges.get(key(0, ~prefixPool[q])) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The term's entry in {@link #termWords}: 1 for a single word, else 2 + the offset of its phrase words. */
    private int stateOf(int term) {
        if (term >= termWords.length) {
            termWords = Arrays.copyOf(termWords, Math.max(term + 1, Math.max(64, vocabulary.size() * 2)));
        }
        int state = termWords[term];
        if (state == 0) {
            state = decompose(term);
            termWords[term] = state;
        }
        return state;
    }

    private int decompose(int term) {
        int len = charsOf(term);
        int spaces = 0;
        for (int k = 0; k < len; k++) {
            if (chars[k] == ' ') {
                spaces++;
            }
        }
        if (spaces == 0) {
            return 1;
        }
        // the words of a merged phrase's canonical form, interned (they may be new terms)
        String s = new String(chars, 0, len);
        String[] parts = s.split(" ");
        ensurePhraseWords(parts.length + 1);
        int at = phraseWordsUsed;
        phraseWords[at] = parts.length;
        for (int k = 0; k < parts.length; k++) {
            phraseWords[at + 1 + k] = vocabulary.intern(parts[k]);
        }
        phraseWordsUsed += parts.length + 1;
        return at + 2;
    }

    private void ensurePhraseWords(int n) {
        if (phraseWordsUsed + n > phraseWords.length) {
            phraseWords = Arrays.copyOf(phraseWords, Math.max(phraseWords.length * 2, phraseWordsUsed + n));
        }
    }

    /** Copies term {@code id}'s characters into {@link #chars}; returns their number. */
    private int charsOf(int id) {
        int len = vocabulary.length(id);
        if (len > chars.length) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        return vocabulary.copy(id, chars, 0);
    }

    /**
     * Where the prefixes word {@code word} starts with are in {@link #prefixPool}: their count at the
     * returned index, then their ids, longest first; -1 when it starts with none.
     */
    private int prefixesOf(int word) {
        if (word >= wordPrefixes.length) {
            wordPrefixes = Arrays.copyOf(wordPrefixes, Math.max(word + 1, Math.max(64, vocabulary.size() * 2)));
        }
        int state = wordPrefixes[word];
        if (state == 0) {
            state = findPrefixes(word);
            wordPrefixes[word] = state;
        }
        return state - 2;
    }

    private int findPrefixes(int word) {
        int len = charsOf(word);
        int n = 0;
        int node = 0;
        if (prefixAt[0] >= 0) {
            found[n++] = prefixAt[0];
        }
        for (int k = 0; k < len; k++) {
            node = prefixEdges.get(key(node, chars[k]));
            if (node < 0) {
                break;
            }
            if (prefixAt[node] >= 0) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = prefixAt[node];
            }
        }
        if (n == 0) {
            return 1;
        }
        if (prefixPoolUsed + n + 1 > prefixPool.length) {
            prefixPool = Arrays.copyOf(prefixPool, Math.max(prefixPool.length * 2, prefixPoolUsed + n + 1));
        }
        int at = prefixPoolUsed;
        prefixPool[at] = n;
        for (int k = 0; k < n; k++) {
            prefixPool[at + 1 + k] = found[n - 1 - k]; // the trie finds them shortest first
        }
        prefixPoolUsed += n + 1;
        return at + 2;
    }
}

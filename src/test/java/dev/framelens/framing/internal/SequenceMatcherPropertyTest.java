package dev.framelens.framing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.count.Terms;
import dev.framelens.text.TermInterner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The matcher with its prefix trie and flat caches finds exactly the matches of the matcher it
 * replaced ({@link OldSequenceMatcher}): random patterns (exact and prefix, one to three words)
 * over a small alphabet, random token streams with merged phrases, every start position, with and
 * without a context filter. Seeded.
 */
class SequenceMatcherPropertyTest {
    private static final String[] SYLLABLES = {"a", "b", "ab", "ba", "aa", "c", "ca", "ac", "abc", "bb"};

    private static String word(SplittableRandom r) {
        StringBuilder b = new StringBuilder(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        while (r.nextInt(3) == 0) {
            b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    @Test
    void sameMatchesAsTheOldMatcher() {
        long hits = 0;
        for (long seed = 1; seed <= 300; seed++) {
            hits += compare(seed);
        }
        assertTrue(hits > 10_000, "hits " + hits);
    }

    private static long compare(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<List<String>> patterns = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = 1 + r.nextInt(40);
        while (patterns.size() < n) {
            List<String> words = new ArrayList<>();
            int len = 1 + r.nextInt(3);
            for (int k = 0; k < len; k++) {
                words.add(word(r));
            }
            boolean p = r.nextInt(3) == 0;
            if (seen.add(words + (p ? "*" : ""))) {
                patterns.add(words);
                prefix.add(p);
            }
        }
        boolean[] pre = new boolean[n];
        for (int k = 0; k < n; k++) {
            pre[k] = prefix.get(k);
        }
        // the same terms interned in the same order into two vocabularies
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            terms.add(r.nextInt(6) == 0 ? word(r) + " " + word(r) + (r.nextBoolean() ? " " + word(r) : "") : word(r));
        }
        TermInterner oldVocabulary = Terms.newInterner();
        TermInterner newVocabulary = Terms.newInterner();
        for (String t : terms) {
            oldVocabulary.intern(t);
            newVocabulary.intern(t);
        }
        OldSequenceMatcher old = new OldSequenceMatcher(oldVocabulary, patterns, pre);
        SequenceMatcher now = new SequenceMatcher(newVocabulary, patterns, pre);
        // token streams: known terms, pattern words (interned by the matchers) and a few new ones
        int size = 200;
        int[] ids = new int[size];
        for (int i = 0; i < size; i++) {
            String t = r.nextInt(3) == 0 ? patterns.get(r.nextInt(n)).get(0)
                    : r.nextInt(10) == 0 ? word(r) : terms.get(r.nextInt(terms.size()));
            ids[i] = oldVocabulary.intern(t);
            assertEquals(ids[i], newVocabulary.intern(t));
        }
        int limit = size - r.nextInt(20);
        long hits = 0;
        for (int from = 0; from < limit; from++) {
            int a = old.match(ids, from, limit);
            int b = now.match(ids, from, limit);
            assertEquals(a, b, "seed " + seed + " from " + from);
            if (a >= 0) {
                assertEquals(old.end(), now.end(), "seed " + seed + " from " + from);
                hits++;
            }
            int mod = 2 + r.nextInt(4);
            int fa = old.match(ids, from, limit, (p, f, e) -> (p * 7 + f * 3 + e) % mod != 0);
            int fb = now.match(ids, from, limit, (p, f, e) -> (p * 7 + f * 3 + e) % mod != 0);
            assertEquals(fa, fb, "seed " + seed + " from " + from + " (filtered)");
            if (fa >= 0) {
                assertEquals(old.end(), now.end(), "seed " + seed + " from " + from + " (filtered)");
            }
        }
        return hits;
    }
}

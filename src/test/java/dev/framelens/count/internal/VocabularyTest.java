package dev.framelens.count.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The engine's term ↔ id table. */
class VocabularyTest {
    @Test
    void aSparseVocabularyGivesTheSameIds() {
        Vocabulary dense = new Vocabulary();
        Vocabulary sparse = new Vocabulary(true);
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int k = 0; k < 50_000; k++) {
            String term = Integer.toString(r.nextInt(20_000), 36);
            char[] c = term.toCharArray();
            assertEquals(dense.intern(c, 0, c.length), sparse.intern(c, 0, c.length), term);
        }
        assertEquals(dense.size(), sparse.size());
        for (int id = 0; id < dense.size(); id++) {
            String term = dense.term(id);
            char[] c = ("x" + term).toCharArray();
            assertEquals(id, sparse.find(c, 1, c.length - 1, term.hashCode()));
            assertEquals(term, sparse.term(id));
        }
        // a String goes in as its characters: the same ids, longer than the scratch buffer too
        String longTerm = "x".repeat(300);
        int id = sparse.intern(longTerm);
        assertEquals(id, sparse.intern(longTerm.toCharArray(), 0, 300));
        assertEquals(dense.intern(dense.term(5).toCharArray(), 0, dense.term(5).length()), dense.intern(dense.term(5)));
        assertEquals(dense.size(), sparse.size() - 1);
        char[] missing = "not-a-number".toCharArray();
        assertEquals(-1, sparse.find(missing, 0, missing.length, "not-a-number".hashCode()));
    }

    @Test
    void internsByCharsAndMerges() {
        Vocabulary v = new Vocabulary();
        for (int k = 0; k < 5000; k++) {
            assertEquals(k, v.intern("t" + k));
        }
        char[] buf = "xxt4999yy".toCharArray();
        assertEquals(4999, v.intern(buf, 2, 5));
        assertEquals(-1, v.find("nope"));
        Vocabulary w = new Vocabulary();
        w.intern("new");
        w.intern("t7");
        int[] map = v.merge(w);
        assertEquals(5000, map[0]);
        assertEquals(7, map[1]);
        assertEquals("new", v.term(5000));
    }
}

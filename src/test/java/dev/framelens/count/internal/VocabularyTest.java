package dev.framelens.count.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The engine's term ↔ id table. */
class VocabularyTest {
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

package dev.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.count.Terms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TermInterner#find} and {@link TermInterner#hashOf} agree across the interners. */
class TermInternerTest {
    /** An interner with nothing but the required methods: the defaults are what it gets. */
    private static final class ListInterner implements TermInterner {
        private final List<String> terms = new ArrayList<>();

        @Override
        public int intern(char[] buf, int off, int len) {
            String t = new String(buf, off, len);
            int id = terms.indexOf(t);
            if (id < 0) {
                terms.add(t);
                id = terms.size() - 1;
            }
            return id;
        }

        @Override
        public String term(int id) {
            return terms.get(id);
        }

        @Override
        public int size() {
            return terms.size();
        }
    }

    @Test
    void findKnowsWhatWasInternedAndAddsNothing() {
        for (TermInterner v : List.of(new ListInterner(), new Analyzer.SimpleInterner(), Terms.newInterner())) {
            v.intern("threat");
            v.intern("danger");
            char[] buf = "a danger, a threat, a dang".toCharArray();
            assertEquals(1, v.find(buf, 2, 6, TermInterner.hashOf(buf, 2, 6)), v.getClass().getSimpleName());
            assertEquals(0, v.find(buf, 12, 6, TermInterner.hashOf(buf, 12, 6)));
            assertEquals(-1, v.find(buf, 22, 4, TermInterner.hashOf(buf, 22, 4)), "a prefix of a known term");
            assertEquals(-1, v.find(buf, 0, 1, TermInterner.hashOf(buf, 0, 1)));
            assertEquals(2, v.size(), "find adds nothing");
        }
    }

    @Test
    void hashOfIsStringHashCode() {
        char[] buf = "xx north korea \u00e9t\u00e9".toCharArray();
        assertEquals("north korea".hashCode(), TermInterner.hashOf(buf, 3, 11));
        assertEquals("\u00e9t\u00e9".hashCode(), TermInterner.hashOf(buf, 15, 3));
        assertEquals(0, TermInterner.hashOf(buf, 0, 0));
    }

    @Test
    void onlyTheEngineVocabularyPrefersBatches() {
        assertTrue(Terms.newInterner().prefersBatches());
        assertFalse(new Analyzer.SimpleInterner().prefersBatches());
        assertFalse(new ListInterner().prefersBatches());
    }
}

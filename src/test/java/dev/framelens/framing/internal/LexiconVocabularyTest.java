package dev.framelens.framing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconVocabularyTest {
    private static LexiconVocabulary closed(List<String> known, List<String> prefixes) {
        LexiconVocabulary v = new LexiconVocabulary();
        known.forEach(v::intern);
        v.close(prefixes);
        return v;
    }

    @Test
    void beforeClosingEveryTermGetsItsOwnId() {
        LexiconVocabulary v = new LexiconVocabulary();
        assertEquals(0, v.intern("threat"));
        assertEquals(1, v.intern("weather"));
        assertEquals(0, v.intern("threat"));
        assertEquals(-1, v.other());
        assertEquals("weather", v.term(1));
    }

    @Test
    void afterClosingUnknownTermsShareOneId() {
        LexiconVocabulary v = closed(List.of("threat", "not"), List.of());
        int other = v.other();
        assertEquals(2, other); // after the two known terms
        assertEquals(0, v.intern("threat"));
        assertEquals(1, v.intern("not"));
        assertEquals(other, v.intern("weather"));
        assertEquals(other, v.intern("parliament"));
        assertEquals(3, v.size(), "nothing was added");
        assertEquals(LexiconVocabulary.OTHER, v.term(other));
    }

    @Test
    void termsThatMayStartWithAPrefixGetTheirOwnIds() {
        LexiconVocabulary v = closed(List.of("threat"), List.of("escalat", "ve", "x"));
        int other = v.other();
        int escalating = v.intern("escalating");
        assertNotEquals(other, escalating);
        assertEquals(escalating, v.intern("escalating"), "found the second time");
        assertEquals("escalating", v.term(escalating));
        assertNotEquals(other, v.intern("escalat"), "the prefix itself");
        // only the first four characters are tested: 'escalade' passes, and is decided on its characters later
        assertNotEquals(other, v.intern("escalade"));
        assertEquals(other, v.intern("escort"), "shares two characters, not four");
        assertNotEquals(other, v.intern("very"), "two-character prefix");
        assertEquals(other, v.intern("v"), "shorter than the prefix");
        assertNotEquals(other, v.intern("xenophobia"), "one-character prefix");
        assertEquals(other, v.intern("weather"));
    }

    @Test
    void thePairFilterOnlyTurnsTermsDown() {
        LexiconVocabulary v = closed(List.of(), List.of("escalat"));
        // U+0165 folds to 'e' and U+0173 to 's': the pair filter passes it, its first four characters turn it down
        assertEquals(v.other(), v.intern("\u0165\u0173calating"));
        assertNotEquals(v.other(), v.intern("escalating"));
        assertEquals(v.other(), v.intern("e"), "one character, no one-character prefix");
    }

    @Test
    void anEmptyPrefixKeepsItOpen() {
        LexiconVocabulary v = closed(List.of("threat"), List.of("escalat", ""));
        assertEquals(-1, v.other());
        assertEquals(1, v.intern("weather"));
        assertEquals(2, v.intern("parliament"));
    }

    @Test
    void closingTwiceIsAnError() {
        LexiconVocabulary v = closed(List.of(), List.of());
        assertThrows(IllegalStateException.class, () -> v.close(List.of()));
    }

    @Test
    void charRangesAndStringsAgree() {
        LexiconVocabulary v = closed(List.of("threat"), List.of("danger"));
        char[] buf = "a threat, dangers and rain".toCharArray();
        assertEquals(0, v.intern(buf, 2, 6));
        int dangers = v.intern(buf, 10, 7);
        assertEquals("dangers", v.term(dangers));
        assertEquals(v.other(), v.intern(buf, 22, 4));
        char[] dst = new char[8];
        assertEquals(7, v.copy(dangers, dst, 1));
        assertEquals("dangers", new String(dst, 1, 7));
        assertEquals(7, v.length(dangers));
    }
}

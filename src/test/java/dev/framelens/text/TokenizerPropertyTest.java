package dev.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.testing.FuzzInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded random-text properties (after Lucene's checkRandomData). */
class TokenizerPropertyTest {
    private static final String[] PIECES = {
        "Putin", "Kim", "Jong-un", "U.S.", "US", "us", "’s", "'s", "isn't", "won’t", "11,000", "122mm",
        "—", "–", "-", ".", "!", "?", "…", ",", ";", "\"", "“", "”", "(", ")", "\n", "\n\n", " ", " ", " ",
        "Mr.", "St.", "U.N.", "e.g.", "north", "Korea", "añadir", "Ελλάδα", "北朝鮮", "\uD835\uDC00",
        "e\u0301", "\u0000", "\uFEFF", "\u2028", "\t", "3.5", "a.", "'", "’", "--", "x-", "-y"
    };

    /** {@code pieces} pieces, one in ten any UTF-16 code unit (unpaired surrogates included). */
    static String randomText(SplittableRandom r, int pieces) {
        return FuzzInputs.pieces(r, PIECES, pieces, 10);
    }

    record Tok(String term, int start, int end, int sentence) {
    }

    static List<Tok> tokenize(String text) {
        List<Tok> out = new ArrayList<>();
        new Tokenizer().tokenize(text, (buf, len, start, end, sentence) -> out.add(new Tok(new String(buf, 0, len), start, end, sentence)));
        return out;
    }

    @Test
    void offsetsIncreaseAndEveryTokenIsFoundAtItsOffsets() {
        SplittableRandom r = new SplittableRandom(20241123L);
        for (int iter = 0; iter < 3000; iter++) {
            assertTokenContract(randomText(r, 1 + r.nextInt(60)));
        }
    }

    /**
     * The tokenizer's contract on one text: offsets never go backwards, no empty token, sentence
     * numbers start at 1 and never skip, and every token's span tokenized alone gives back exactly
     * that term (a bare {@code US} that the capitals rule made the pronoun gives the country alone). Shared with the tokenizer's fuzz target ({@code TextFuzzTest}).
     */
    static void assertTokenContract(String text) {
        List<Tok> toks = tokenize(text);
        int lastEnd = 0;
        int lastSentence = 0;
        for (Tok t : toks) {
            assertTrue(t.start() >= lastEnd, () -> "offsets went backwards in " + escape(text));
            assertTrue(t.end() > t.start() && t.end() <= text.length(), () -> "bad span " + t + " in " + escape(text));
            assertTrue(t.sentence() >= lastSentence && t.sentence() <= lastSentence + 1,
                    () -> "sentence numbers skip in " + escape(text));
            // re-tokenizing the span alone gives back exactly this term; the one exception is the
            // capitals rule, which reads the sentence: a bare US that its sentence made the pronoun
            // is the country alone
            String span = text.substring(t.start(), t.end());
            List<Tok> again = tokenize(span);
            assertEquals(1, again.size(), () -> "span " + escape(span) + " of " + escape(text));
            String expected = t.term().equals("us") && span.equals("US") ? "u.s." : t.term();
            assertEquals(expected, again.get(0).term(), () -> "span of " + escape(text));
            lastEnd = t.end();
            lastSentence = t.sentence();
        }
        if (!toks.isEmpty()) {
            assertEquals(1, toks.get(0).sentence());
        }
    }

    @Test
    void analyzerPositionsAreConsecutiveAndSpansCoverTheirWords() {
        SplittableRandom r = new SplittableRandom(7L);
        Analyzer a = Analyzer.standard();
        for (int iter = 0; iter < 1000; iter++) {
            String text = randomText(r, 1 + r.nextInt(80));
            List<Token> toks = a.tokens(text);
            for (int k = 0; k < toks.size(); k++) {
                Token t = toks.get(k);
                assertEquals(k + 1, t.position());
                assertTrue(t.start() < t.end() && t.end() <= text.length());
                if (k > 0) {
                    assertTrue(t.start() >= toks.get(k - 1).end());
                }
            }
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}

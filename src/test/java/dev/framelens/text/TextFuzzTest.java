package dev.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.framelens.testing.FuzzInputs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzz targets for the text layer (Jazzer): the tokenizer and the phrase-list parser.
 *
 * <ul>
 *   <li>{@code tokenizer}: for any UTF-16 text (unpaired surrogates included) no exception, tokens
 *       in text order with {@code start < end ≤ length}, sentence numbers from 1 without gaps, and
 *       every token's span tokenized alone gives that one term back (the rule of
 *       {@code TokenizerPropertyTest}, here on what the fuzzer finds);</li>
 *   <li>{@code phraseList}: any phrase file either parses, and the analyzer built from it analyses
 *       a text with positions 1, 2, 3 … and spans inside the text, or fails with an
 *       {@link IllegalArgumentException} of one line starting with the file name.</li>
 * </ul>
 * Regression inputs are under {@code src/test/resources/dev/framelens/text/TextFuzzTestInputs/};
 * the {@code seeded…} tests are the short deterministic budget of the normal suite.
 */
class TextFuzzTest {
    private static final String[] TEXT_PIECES = {
        "Putin", "Kim", "Jong-un", "U.S.", "US", "us", "TELL", "’s", "'s", "isn't", "won’t", "11,000", "122mm",
        "—", "-", ".", "!", "?", "…", ",", "\"", "“", "(", ")", "\n", " ", "Mr.", "U.N.", "e.g.", "a.", "'",
        "north", "Korea", "Ελλάδα", "北朝鮮", "\uD835\uDC00", "e\u0301", "\u2028", "\r", "3.5", "x-", "-y", "İ", "ß"
    };
    private static final String[] PHRASE_PIECES = {
        "north korea", "kim jong un", "kim jong-un", "\t", "\n", "#", " ", "u.s.", "white house", "x", "Kim",
        "\r\n", "’s", "-", "é", "a b c d", "north"
    };

    /** Half the inputs as a valid string, half as raw UTF-16 code units (unpaired surrogates too). */
    @FuzzTest
    void tokenizer(FuzzedDataProvider data) {
        String text;
        if (data.consumeBoolean()) {
            text = data.consumeRemainingAsString();
        } else {
            StringBuilder b = new StringBuilder();
            while (data.remainingBytes() > 1) {
                b.append(data.consumeChar());
            }
            text = b.toString();
        }
        TokenizerPropertyTest.assertTokenContract(text);
    }

    @FuzzTest
    void phraseList(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!WordList.skip(line)) {
                lines.add(line.strip());
            }
        }
        List<Analyzer.Phrase> phrases;
        try {
            phrases = Analyzer.parsePhrases(lines, "fuzz.tsv");
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            assertFalse(m.contains("\n") || m.contains("\r"), () -> "one line: " + m);
            assertTrue(m.startsWith("fuzz.tsv"), m);
            return;
        }
        Analyzer a = Analyzer.builder().phrases(phrases).build();
        String sample = "Kim Jong Un met Putin in North Korea; the White House and the U.S. watched. " + text;
        List<Token> toks = a.tokens(sample);
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            assertEquals(k + 1, t.position());
            assertTrue(t.start() < t.end() && t.end() <= sample.length(), t::toString);
            assertTrue(k == 0 || t.start() >= toks.get(k - 1).end(), t::toString);
        }
    }

    @Test
    void seededTokenizer() {
        SplittableRandom r = new SplittableRandom(30L);
        for (int k = 0; k < 3000; k++) {
            TokenizerPropertyTest.assertTokenContract(FuzzInputs.text(r, TEXT_PIECES, 50));
        }
    }

    @Test
    void seededPhraseList() {
        SplittableRandom r = new SplittableRandom(31L);
        for (int k = 0; k < 1500; k++) {
            phraseList(FuzzInputs.bytes(r, PHRASE_PIECES, 20));
        }
    }
}

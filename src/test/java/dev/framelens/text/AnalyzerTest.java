package dev.framelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
    private static final Analyzer PHRASES_ONLY = Analyzer.builder().keepStopWords().noPhrases()
            .addPhrase("north korea", null)
            .addPhrase("kim jong un", null)
            .addPhrase("kim jong-un", "kim jong un")
            .addPhrase("security council", null)
            .addPhrase("united nations security council", "unsc")
            .build();

    @Test
    void phrasesMergeIntoOneTermWithSpanningOffsets() {
        String text = "Kim Jong-un met North Korea’s Kim Jong Un.";
        List<Token> t = PHRASES_ONLY.tokens(text);
        assertEquals(List.of(
                new Token("kim jong un", 0, 11, 1, 1),
                new Token("met", 12, 15, 1, 2),
                new Token("north korea", 16, 27, 1, 3),
                new Token("kim jong un", 30, 41, 1, 4)), t);
        assertEquals("North Korea", text.substring(16, 27));
    }

    @Test
    void longestPhraseWinsAndPrefixesFallBack() {
        List<Token> t = PHRASES_ONLY.tokens("the united nations security council and the security council and kim jong");
        assertEquals(List.of("the", "unsc", "and", "the", "security council", "and", "kim", "jong"),
                t.stream().map(Token::term).toList());
    }

    @Test
    void phrasesDoNotCrossSentences() {
        List<Token> t = PHRASES_ONLY.tokens("We went north.\nKorea is far");
        assertEquals(List.of("we", "went", "north", "korea", "is", "far"), t.stream().map(Token::term).toList());
    }

    @Test
    void stopWordsRemovedAfterPhrasesAndPositionsCountKeptTokens() {
        Analyzer a = Analyzer.builder().noPhrases().stopWords(List.of("the", "of", "us"))
                .addPhrase("bank of america", null).build();
        List<Token> t = a.tokens("The Bank of America told us of the US plan");
        assertEquals(List.of(
                new Token("bank of america", 4, 19, 1, 1),
                new Token("told", 20, 24, 1, 2),
                new Token("u.s.", 35, 37, 1, 3),
                new Token("plan", 38, 42, 1, 4)), t);
    }

    @Test
    void standardAnalyzerRemovesThePronounKeepsTheCountry() {
        List<String> terms = Analyzer.standard().tokens("The US told us that North Korea and Kim Jong-un matter.")
                .stream().map(Token::term).toList();
        assertTrue(terms.contains("u.s."));
        assertTrue(!terms.contains("us"));
        assertTrue(terms.contains("north korea"));
        assertTrue(terms.contains("kim jong un"));
    }

    @Test
    void onePhraseWordIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Analyzer.builder().addPhrase("putin", null));
    }
}

package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.text.Analyzer;
import dev.framelens.voice.Quotation;
import dev.framelens.voice.Voice;
import dev.framelens.voice.VoiceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Frame hits and scores split by voice: hand-computed splits and a seeded property over random quoted texts. */
class FrameVoiceTest {
    static final Lexicon LEXICON = FrameScoreTest.LEXICON;
    static final FrameOptions OPTIONS = FrameOptions.defaults().lexicon(LEXICON);

    /*
     * "The threat is grave. "It is a disaster," Kim said. Critics call it overblown."
     *  quotation: [22, 39) "It is a disaster," — direct, speaker Kim, cue said
     *  sentence 1: the threat is grave            4 tokens, author   threat (1) + grave (2) → author A = 3
     *  sentence 2: it is a disaster | kim said    4 quoted + 2 author  disaster (1) → quoted A = 1
     *  sentence 3: critics call it overblown      4 tokens, author   overblown → author R = 1
     *  author: 10 tokens, 3 sentences, A = 3, R = 1;  quoted: 4 tokens, 1 sentence, A = 1, R = 0
     */
    static final String TEXT = "The threat is grave. \"It is a disaster,\" Kim said. Critics call it overblown.";

    static DocumentFrames frames(String text) {
        return new FrameScorer(Analyzer.standard(), LEXICON).score("d1", text);
    }

    @Test
    void everyHitAndTokenKnowsItsVoice() {
        DocumentFrames f = frames(TEXT);
        assertEquals(List.of(new Quotation(22, 39, "It is a disaster,", "Kim", 41, 44, "said", Quotation.Kind.DIRECT)),
                f.voices().quotations());
        List<String> hits = new ArrayList<>();
        f.hits().forEach(h -> hits.add(TEXT.substring(h.start(), h.end()) + " " + h.voice().label() + " '" + h.speaker() + "'"));
        assertEquals(List.of("threat author ''", "grave author ''", "disaster quoted 'Kim'", "overblown author ''"), hits);
        assertEquals(14, f.tokens());
        assertEquals(10, f.tokens(Voice.AUTHOR));
        assertEquals(4, f.tokens(Voice.QUOTED));
        assertEquals(4, f.quotationTokens(0));
        assertEquals(List.of(4, 0, 2, 4, 4, 0), List.of(f.sentenceTokens(1, Voice.AUTHOR), f.sentenceTokens(1, Voice.QUOTED),
                f.sentenceTokens(2, Voice.AUTHOR), f.sentenceTokens(2, Voice.QUOTED), f.sentenceTokens(3, Voice.AUTHOR),
                f.sentenceTokens(3, Voice.QUOTED)));
        assertEquals(3, f.sentences(Voice.AUTHOR));
        assertEquals(1, f.sentences(Voice.QUOTED));
        assertArrayEquals(new double[] {3, 0, 0}, f.sentenceWeights(Side.ALARM, Voice.AUTHOR));
        assertArrayEquals(new double[] {0, 0, 1}, f.sentenceWeights(Side.REASSURANCE, Voice.AUTHOR));
        assertArrayEquals(new double[] {1}, f.sentenceWeights(Side.ALARM, Voice.QUOTED));
    }

    @Test
    void goldenScoresPerVoice() {
        DocumentFrames f = frames(TEXT);
        FrameScore author = FrameScore.of(f, OPTIONS, Voice.AUTHOR);
        FrameScore quoted = FrameScore.of(f, OPTIONS, Voice.QUOTED);
        assertEquals(10, author.tokens());
        assertEquals(3, author.sentences());
        assertArrayEquals(new double[] {3.0, 0.0, 1.0}, author.categoryWeights()); // threat 3, catastrophe 0, downplaying 1
        assertEquals(300.0, author.per1k(author.alarm()), 1e-12);             // 1000 · 3 / 10
        assertEquals(100.0, author.per1k(author.reassurance()), 1e-12);       // 1000 · 1 / 10
        assertEquals(0.8472978603872037, author.alarmIndex(), 1e-15);         // ln(3.5 / 1.5)
        assertEquals(4, quoted.tokens());
        assertEquals(1, quoted.sentences());
        assertArrayEquals(new double[] {0.0, 1.0, 0.0}, quoted.categoryWeights());
        assertEquals(250.0, quoted.per1k(quoted.alarm()), 1e-12);             // 1000 · 1 / 4
        assertEquals(1.0986122886681098, quoted.alarmIndex(), 1e-15);         // ln(1.5 / 0.5) = ln 3
        // one sentence: every resample is that sentence, so the interval is the point
        assertEquals(quoted.alarmIndex(), quoted.ciLow(), 1e-15);
        assertEquals(quoted.alarmIndex(), quoted.ciHigh(), 1e-15);
        assertTrue(author.ciLow() <= author.alarmIndex() && author.alarmIndex() <= author.ciHigh());
        // the whole document is unchanged by the split: A = 4, R = 1 over 14 tokens
        FrameScore whole = FrameScore.of(f, OPTIONS);
        assertEquals(14, whole.tokens());
        assertEquals(4.0, whole.alarm());
        assertEquals(Math.log(4.5 / 1.5), whole.alarmIndex(), 1e-15);
    }

    @Test
    void givenVoicesReplaceTheFoundOnes() {
        DocumentFrames none = new FrameScorer(Analyzer.standard(), LEXICON).score("d1", TEXT, VoiceMap.of(List.of()));
        none.hits().forEach(h -> assertEquals(Voice.AUTHOR, h.voice()));
        FrameScore quoted = FrameScore.of(none, OPTIONS, Voice.QUOTED);
        assertEquals(0, quoted.tokens());
        assertEquals(0, quoted.sentences());
        assertTrue(Double.isNaN(quoted.per1k(quoted.alarm())));
        assertEquals(0.0, quoted.alarmIndex());
        assertTrue(Double.isNaN(quoted.ciLow()) && Double.isNaN(quoted.ciHigh()));
        assertEquals(FrameScore.of(none, OPTIONS), FrameScore.of(none, OPTIONS, Voice.AUTHOR));
    }

    @Test
    void anAuthorsHitHasNoSpeaker() {
        Lexicon.Entry e = LEXICON.entries().get(0);
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () ->
                new FrameHit(1, 0, 1, 0, 6, e, false, "", NegationRule.NONE, Voice.AUTHOR, "Kim"));
        assertEquals("an author's hit has no speaker, got 'Kim'", x.getMessage());
    }

    static final String[] WORDS = {"the", "threat", "is", "grave", "not", "a", "disaster", "overblown", "threats",
        "it", "Kim", "said", "told", "reporters", "that", "officials", "warned", "calm", "and", "Lee", "according", "to"};
    static final String[] MARKS = {"\"", "\u201C", "\u201D", ",", ".", ":", "\n"};

    /** A seeded random text of lexicon words, cue words, names and quotation marks. */
    static String randomText(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int n = 5 + r.nextInt(80);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(5) == 0) {
                b.append(MARKS[r.nextInt(MARKS.length)]);
            } else {
                b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            }
        }
        return b.toString();
    }

    /**
     * For every random text: the author's and the quoted hits partition the hits, their tokens add up
     * to the document's, and so do A, R, negated and every category weight; each hit's voice and
     * speaker are those of its start offset.
     */
    @Test
    void theTwoVoicesAddUpToTheDocument() {
        SplittableRandom random = new SplittableRandom(20240608L);
        FrameScorer scorer = new FrameScorer(Analyzer.standard(), LEXICON);
        int quotedHits = 0;
        for (int t = 0; t < 500; t++) {
            String text = randomText(random);
            DocumentFrames f = scorer.score("r" + t, text);
            assertEquals(f.hits().size(), f.hits(Voice.AUTHOR).size() + f.hits(Voice.QUOTED).size(), text);
            assertEquals(f.tokens(), f.tokens(Voice.AUTHOR) + f.tokens(Voice.QUOTED), text);
            int inQuotations = 0;
            for (int q = 0; q < f.voices().quotations().size(); q++) {
                inQuotations += f.quotationTokens(q);
            }
            assertEquals(f.tokens(Voice.QUOTED), inQuotations, text);
            for (FrameHit h : f.hits()) {
                assertEquals(f.voices().voiceAt(h.start()), h.voice(), text);
                assertEquals(f.voices().speakerAt(h.start()), h.speaker(), text);
            }
            quotedHits += f.hits(Voice.QUOTED).size();
            FrameScore whole = FrameScore.of(f, OPTIONS);
            FrameScore a = FrameScore.of(f, OPTIONS, Voice.AUTHOR);
            FrameScore q = FrameScore.of(f, OPTIONS, Voice.QUOTED);
            assertEquals(whole.alarm(), a.alarm() + q.alarm(), 1e-9, text);
            assertEquals(whole.reassurance(), a.reassurance() + q.reassurance(), 1e-9, text);
            assertEquals(whole.negated(), a.negated() + q.negated(), 1e-9, text);
            for (int c = 0; c < LEXICON.categories().size(); c++) {
                assertEquals(whole.categoryWeight(c), a.categoryWeight(c) + q.categoryWeight(c), 1e-9, text);
            }
            assertTrue(a.sentences() + q.sentences() >= whole.sentences(), text);
        }
        assertTrue(quotedHits > 100, "the random texts quote enough: " + quotedHits);
    }
}

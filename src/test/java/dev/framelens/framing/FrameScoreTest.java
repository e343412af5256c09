package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.corpus.Document;
import dev.framelens.stats.Bootstrap;
import dev.framelens.text.Analyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden frame scores on hand-made texts; the arithmetic is written next to each value. */
class FrameScoreTest {
    static final Lexicon LEXICON = FrameScorerTest.lexicon(
            "threat\talarm\tthreat*",
            "threat\talarm\tgrave\t2",
            "catastrophe\talarm\tdisaster",
            "downplaying\treassurance\toverblown");

    /*
     * "The threat is grave. It is not a disaster. Critics call it overblown."
     *  sentence 1: the threat is grave          4 tokens  threat (1) + grave (weight 2) → alarm 3
     *  sentence 2: it is not a disaster         5 tokens  disaster, negated by 'not' (a [1] not [2]) → reassurance 1
     *  sentence 3: critics call it overblown    4 tokens  overblown → reassurance 1
     *  N = 13 tokens; A = 3, R = 2
     */
    static final String TEXT = "The threat is grave. It is not a disaster. Critics call it overblown.";

    static FrameScore score(String id, String text, FrameOptions options) {
        return FrameScore.of(new FrameScorer(Analyzer.standard(), options.lexicon()).score(id, text), options);
    }

    @Test
    void goldenDensitiesAndIndex() {
        FrameScore s = score("d1", TEXT, FrameOptions.defaults().lexicon(LEXICON));
        assertEquals(13, s.tokens());
        assertEquals(3, s.sentences());
        assertArrayEquals(new double[] {3.0, 0.0, 1.0}, s.categoryWeights());
        assertEquals(230.76923076923077, s.per1k(s.categoryWeight(0)), 1e-12);   // threat: 1000 · 3 / 13
        assertEquals(0.0, s.per1k(s.categoryWeight(1)));                          // catastrophe: its hit is negated
        assertEquals(76.92307692307692, s.per1k(s.categoryWeight(2)), 1e-12);    // downplaying: 1000 · 1 / 13
        assertEquals(76.92307692307692, s.per1k(s.negated()), 1e-12);            // negated alarm: 1000 · 1 / 13
        assertEquals(230.76923076923077, s.per1k(s.alarm()), 1e-12);             // A: 1000 · 3 / 13
        assertEquals(153.84615384615384, s.per1k(s.reassurance()), 1e-12);       // R: 1000 · (1 + 1) / 13
        assertEquals(0.3364722366212129, s.alarmIndex(), 1e-15);                 // ln((3 + ½) / (2 + ½)) = ln 1.4
    }

    @Test
    void equalScoresAreEqualValues() {
        FrameScore a = new FrameScore("d1", 13, 3, new double[] {3.0, 0.0, 1.0}, 1.0, 3.0, 2.0, 0.2, -1.0, 1.0);
        FrameScore b = new FrameScore("d1", 13, 3, new double[] {3.0, 0.0, 1.0}, 1.0, 3.0, 2.0, 0.2, -1.0, 1.0);
        FrameScore c = new FrameScore("d1", 13, 3, new double[] {3.0, 0.5, 1.0}, 1.0, 3.0, 2.0, 0.2, -1.0, 1.0);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertEquals("FrameScore[doc=d1, tokens=13, sentences=3, categoryWeights=[3.0, 0.0, 1.0], negated=1.0, "
                + "alarm=3.0, reassurance=2.0, alarmIndex=0.2, ciLow=-1.0, ciHigh=1.0]", a.toString());
        // the weights are copied in and out: neither the caller's array nor the returned one reaches the score
        double[] weights = {3.0, 0.0, 1.0};
        FrameScore d = new FrameScore("d1", 13, 3, weights, 1.0, 3.0, 2.0, 0.2, -1.0, 1.0);
        weights[0] = 99;
        d.categoryWeights()[1] = 99;
        assertEquals(a, d);
        // the same document scored twice gives equal scores
        assertEquals(score("d1", TEXT, FrameOptions.defaults().lexicon(LEXICON)),
                score("d1", TEXT, FrameOptions.defaults().lexicon(LEXICON)));
    }

    @Test
    void goldenInterval() {
        /*
         * Sentence weights: alarm (3, 0, 0), reassurance (0, 1, 1). A resample of 3 sentences that draws
         * sentence 1 k times has A = 3k, R = 3 − k and index ln((3k + ½) / (3.5 − k)):
         * k = 0 → ln(0.5/3.5) = −ln 7 (probability 8/27), 1 → ln 1.4, 2 → ln(6.5/1.5),
         * 3 → ln(9.5/0.5) = ln 19 (probability 1/27 ≈ 3.7 %).
         * With 2,000 resamples about 593 replicates are −ln 7 and 74 are ln 19, so the 2.5 % and 97.5 %
         * quantiles (order statistics 49–50 and 1949–1950) are −ln 7 and ln 19.
         */
        FrameOptions options = FrameOptions.defaults().lexicon(LEXICON);
        FrameScore s = score("d1", TEXT, options);
        assertEquals(-1.9459101490553132, s.ciLow(), 1e-15);
        assertEquals(2.9444389791664403, s.ciHigh(), 1e-15);
        // and it is exactly the stats package's bootstrap with the document's seed
        Bootstrap.Interval ci = Bootstrap.alarmIndex(new double[] {3, 0, 0}, new double[] {0, 1, 1}, 2000, 0.95,
                FrameOptions.DEFAULT_SEED ^ 0x154ff97eed2df0a6L);
        assertEquals(ci.low(), s.ciLow());
        assertEquals(ci.high(), s.ciHigh());
        // a narrower level on a longer text (A = 6 · 3 + 1 = 19, R = 6 · 2 = 12) gives a narrower interval
        // that contains the index ln(19.5 / 12.5)
        FrameScore longer = score("d2", (TEXT + " ").repeat(6) + "The threat.", options.level(0.5));
        assertEquals(0.44468582126144574, longer.alarmIndex(), 1e-15);
        assertTrue(longer.ciLow() <= longer.alarmIndex() && longer.alarmIndex() <= longer.ciHigh(), longer.toString());
        assertTrue(longer.ciHigh() - longer.ciLow() < s.ciHigh() - s.ciLow(), longer.toString());
    }

    @Test
    void aDocumentWithoutHitsHasIndexZeroAndADegenerateInterval() {
        FrameScore s = score("quiet", "Nothing to see here. Move along.", FrameOptions.defaults().lexicon(LEXICON));
        assertEquals(6, s.tokens());
        assertEquals(0.0, s.per1k(s.alarm()));
        assertEquals(0.0, s.alarmIndex());
        assertEquals(0.0, s.ciLow());
        assertEquals(0.0, s.ciHigh());
    }

    @Test
    void aDocumentWithoutTokensHasNaNDensitiesAndNoInterval() {
        FrameScore s = score("empty", " ... ", FrameOptions.defaults().lexicon(LEXICON));
        assertEquals(0, s.tokens());
        assertEquals(0, s.sentences());
        assertTrue(Double.isNaN(s.per1k(s.alarm())));
        assertEquals(0.0, s.alarmIndex());
        assertTrue(Double.isNaN(s.ciLow()));
        assertTrue(Double.isNaN(s.ciHigh()));
    }

    @Test
    void zeroResamplesSkipsTheInterval() {
        FrameScore s = score("d1", TEXT, FrameOptions.defaults().lexicon(LEXICON).resamples(0));
        assertEquals(0.3364722366212129, s.alarmIndex(), 1e-15);                 // ln 1.4
        assertTrue(Double.isNaN(s.ciLow()) && Double.isNaN(s.ciHigh()));
    }

    @Test
    void seedsArePerDocumentAndStable() {
        // 64-bit FNV-1a over UTF-16 code units as big-endian byte pairs
        assertEquals(0xcbf29ce484222325L, FrameOptions.fnv1a64(""));
        assertEquals(0x08326707b4eb37daL, FrameOptions.fnv1a64("a"));
        assertEquals(0x068735d2e95722b7L, FrameOptions.fnv1a64("001_3c2068cdf05ec9b9"));
        FrameOptions o = FrameOptions.defaults();
        assertEquals(42L ^ 0x154ff97eed2df0a6L, o.seedFor("d1"));
        assertNotEquals(o.seedFor("d1"), o.seedFor("d2"));
        assertEquals(7L ^ 0x154ff97eed2df0a6L, o.seed(7).seedFor("d1"));
    }

    @Test
    void theBootstrapIsReproducibleAndDependsOnlyOnTheDocumentAndSeed() {
        String text = (TEXT + " ").repeat(3) + "The threat is real. A disaster looms.";
        List<Document> docs = List.of(new Document("x", "", text, Map.of()),
                new Document("y", "", "A grave threat. Overblown? " + text, Map.of()));
        FrameOptions o = FrameOptions.defaults().lexicon(LEXICON);
        List<FrameScore> first = FrameAnalysis.run(docs, Analyzer.standard(), LEXICON, null).scores(o);
        List<FrameScore> again = FrameAnalysis.run(docs, Analyzer.standard(), LEXICON, null).scores(o);
        List<FrameScore> alone = FrameAnalysis.run(docs.subList(1, 2), Analyzer.standard(), LEXICON, null).scores(o);
        for (int d = 0; d < 2; d++) {
            assertEquals(first.get(d).ciLow(), again.get(d).ciLow());
            assertEquals(first.get(d).ciHigh(), again.get(d).ciHigh());
        }
        // y's interval does not move when x is left out of the corpus
        assertEquals(first.get(1).ciLow(), alone.get(0).ciLow());
        assertEquals(first.get(1).ciHigh(), alone.get(0).ciHigh());
        // another base seed reaches the bootstrap as seed XOR fnv1a64(id)
        FrameAnalysis analysis = FrameAnalysis.run(docs, Analyzer.standard(), LEXICON, null);
        DocumentFrames x = analysis.document("x");
        FrameScore other = analysis.scores(o.seed(43).level(0.5)).get(0);
        Bootstrap.Interval expected = Bootstrap.alarmIndex(x.sentenceWeights(Side.ALARM),
                x.sentenceWeights(Side.REASSURANCE), 2000, 0.5, 43L ^ FrameOptions.fnv1a64("x"));
        assertEquals(expected.low(), other.ciLow());
        assertEquals(expected.high(), other.ciHigh());
    }

    @Test
    void optionsAreChecked() {
        assertEquals("resamples (-1) must be ≥ 0 (0 skips the interval; default 2000)",
                assertThrows(IllegalArgumentException.class, () -> FrameOptions.defaults().resamples(-1)).getMessage());
        assertEquals("level (1.0) must be strictly between 0 and 1, e.g. 0.95",
                assertThrows(IllegalArgumentException.class, () -> FrameOptions.defaults().level(1.0)).getMessage());
        FrameAnalysis a = FrameAnalysis.run(List.of(), Analyzer.standard(), LEXICON, null);
        assertThrows(IllegalArgumentException.class, () -> a.scores(FrameOptions.defaults()));
    }
}

package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.corpus.CorpusException;
import dev.framelens.corpus.Document;
import dev.framelens.count.Cooccurrence;
import dev.framelens.stats.Ppmi;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconSuggestionsTest {
    private static final double EPS = 1e-12;
    static final Lexicon LEXICON = FrameScorerTest.lexicon(
            "threat\talarm\tmenac*",
            "threat\talarm\trogue state",
            "downplaying\treassurance\tcalm");

    static Cooccurrence counts(String... texts) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(new Document("d" + i, "", texts[i], Map.of()));
        }
        return Cooccurrence.count(docs, Analyzer.standard(), Cooccurrence.Settings.window(5));
    }

    static List<String> terms(LexiconSuggestions.Result r) {
        return r.suggestions().stream().map(LexiconSuggestions.Suggestion::term).toList();
    }

    @Test
    void aWordInTheSeedsContextsIsTheNeighbour() {
        // one document per pair, so no pair crosses documents:
        // (menace, looms) (peril, looms) (banana, ripe) (calm, looms)
        // marginals: menace 1, looms 3, peril 1, banana 1, ripe 1, calm 1
        // menace's vector = {looms: w}, peril's = {looms: w} with the same w → cosine 1;
        // looms' vector = {menace, peril, calm} shares no context with the centroid {looms} → 0, left out;
        // banana and ripe share nothing; calm is a lexicon entry (another category) and is never a candidate
        Cooccurrence c = counts("menace looms", "peril looms", "banana ripe", "calm looms");
        LexiconSuggestions.Result r = LexiconSuggestions.suggest(c, Analyzer.standard(), LEXICON, "threat", 1, 0);
        assertEquals(List.of("menace"), r.seeds());
        assertEquals(List.of(new LexiconSuggestions.Suggestion("peril", 1, 1.0)), r.suggestions());
        // menace's PPMI weight for looms, by hand: Σ #(c)^0.75 = 5 + 3^0.75; log2(1 · that / (1 · 3^0.75)) > 0
        double z = 5 + Math.pow(3, 0.75);
        assertTrue(Ppmi.weight(1, 1, 3, z, 0.75) > 0);
    }

    @Test
    void rankingByCosineToTheCentroidOfTwoSeeds() {
        // seeds menace and menacing (the prefix entry matches both); contexts: menace {dark, city}, menacing {dark, night}
        // candidates: peril {dark, city} — shares two contexts with menace, one with menacing; gloom {night} — one.
        // Marginals: menace 2, menacing 2, peril 2, gloom 1, dark 3, city 2, night 2; each pair count 1.
        Cooccurrence c = counts("menace dark", "menace city", "menacing dark", "menacing night", "peril dark",
                "peril city", "gloom night");
        LexiconSuggestions.Result r = LexiconSuggestions.suggest(c, Analyzer.standard(), LEXICON, "threat", 1, 0);
        assertEquals(List.of("menace", "menacing"), r.seeds());
        // the hand computation: weights w(x, ctx) = log2(1 · Z / (#(x) · #(ctx)^0.75)) with Z = Σ #(c)^0.75
        // (five terms of count 2, gloom 1, dark 3)
        double z = 5 * Math.pow(2, 0.75) + 1 + Math.pow(3, 0.75);
        double dark2 = log2(z / (2 * Math.pow(3, 0.75)));   // a word of count 2 with dark
        double other2 = log2(z / (2 * Math.pow(2, 0.75)));  // a word of count 2 with city or night
        double night1 = log2(z / (1 * Math.pow(2, 0.75)));  // gloom (count 1) with night
        // unit seed vectors: menace = (dark2, other2, 0)/n, menacing = (dark2, 0, other2)/n over (dark, city, night)
        double n = Math.sqrt(dark2 * dark2 + other2 * other2);
        double[] centroid = {dark2 / n, other2 / n / 2, other2 / n / 2};
        double[] peril = {dark2, other2, 0};
        double[] gloom = {0, 0, night1};
        assertEquals(List.of("peril", "gloom"), terms(r));
        assertEquals(cos(peril, centroid), r.suggestions().get(0).similarity(), EPS);
        assertEquals(cos(gloom, centroid), r.suggestions().get(1).similarity(), EPS);
        // dark, city and night are contexts of the seeds but their own vectors hold seed words, not contexts
        // of the seeds: they share nothing with the centroid
        assertFalse(terms(r).contains("dark"));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    static double cos(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na) / Math.sqrt(nb);
    }

    @Test
    void minCountStopWordsAndLexiconTermsAreNoCandidates() {
        Cooccurrence c = counts("menace looms", "peril looms", "menace looms", "peril looms", "the peril looms");
        // peril occurs 3 times, so min count 3 keeps it and 4 drops it; "the" is a stop word (removed)
        assertEquals(List.of("peril"), terms(LexiconSuggestions.suggest(c, Analyzer.standard(), LEXICON, "threat", 3, 0)));
        assertEquals(List.of(), terms(LexiconSuggestions.suggest(c, Analyzer.standard(), LEXICON, "threat", 4, 0)));
        // with stop words kept in the counts, "the" is still not a candidate
        Cooccurrence kept = Cooccurrence.count(List.of(new Document("a", "", "the menace looms", Map.of()),
                new Document("b", "", "the peril looms", Map.of())), Analyzer.standard().withStopWordsRemoved(false),
                Cooccurrence.Settings.window(5));
        LexiconSuggestions.Result r = LexiconSuggestions.suggest(kept, Analyzer.standard().withStopWordsRemoved(false),
                LEXICON, "threat", 1, 0);
        assertFalse(terms(r).contains("the"));
        assertEquals("peril", terms(r).get(0));
    }

    @Test
    void matchingAnEntryOnItsOwn() {
        Lexicon.Entry prefix = LEXICON.entries().get(0);
        Lexicon.Entry phrase = LEXICON.entries().get(1);
        assertTrue(LexiconSuggestions.matches(prefix, "menacing"));
        assertFalse(LexiconSuggestions.matches(prefix, "amenace"));
        assertFalse(LexiconSuggestions.matches(prefix, "menacing times"));
        assertTrue(LexiconSuggestions.matches(phrase, "rogue state"));
        assertFalse(LexiconSuggestions.matches(phrase, "rogue"));
    }

    @Test
    void topAndErrors() {
        Cooccurrence c = counts("menace dark", "menace city", "peril dark", "peril city", "gloom city");
        assertEquals(List.of("peril"), terms(LexiconSuggestions.suggest(c, Analyzer.standard(), LEXICON, "threat", 1, 1)));
        assertEquals("no category 'nope' in test.tsv; categories are [threat, downplaying]",
                assertThrows(IllegalArgumentException.class,
                        () -> LexiconSuggestions.suggest(c, Analyzer.standard(), LEXICON, "nope", 1, 0)).getMessage());
        CorpusException e = assertThrows(CorpusException.class,
                () -> LexiconSuggestions.suggest(c, Analyzer.standard(), LEXICON, "downplaying", 1, 0));
        assertTrue(e.getMessage().startsWith("no entry of category downplaying occurs in the corpus"), e.getMessage());
        assertFalse(e.isUsageError());
    }
}

package dev.framelens.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.count.Cooccurrence.Scope;
import dev.framelens.count.Cooccurrence.Settings;
import dev.framelens.stats.Measure;
import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CooccurrenceTest {
    static final Analyzer PLAIN = Analyzer.builder().noPhrases().stopWords(List.of()).build();

    static Corpus docs(String... texts) {
        List<Document> d = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            d.add(new Document("d" + (k + 1), "", texts[k], Map.of()));
        }
        return Corpus.of(d);
    }

    static int c(Cooccurrence co, String t, String u) {
        return co.count(co.vocabulary().find(t), co.vocabulary().find(u));
    }

    @Test
    void windowCountsByHand() {
        // positions 1:a 2:b 3:c 4:a, k = 2 → pairs (1,2) ab, (1,3) ac, (2,3) bc, (2,4) ba, (3,4) ca
        Cooccurrence co = Cooccurrence.count(docs("a b c a"), PLAIN, Settings.window(2));
        assertEquals(2, c(co, "a", "b"));
        assertEquals(2, c(co, "b", "a"));
        assertEquals(2, c(co, "a", "c"));
        assertEquals(1, c(co, "b", "c"));
        assertEquals(0, c(co, "a", "a"));
        assertEquals(10, co.total());
        assertEquals(4, co.marginal(co.vocabulary().find("a")));
        assertEquals(3, co.marginal(co.vocabulary().find("b")));
    }

    @Test
    void measuresByHandOnTheTinyText() {
        // (a, b): a = 2, R = c(a,·) = 4, C = c(·,b) = 3, P = 10
        Table t = Framelens.of(docs("a b c a"), PLAIN)
                .cooccurrence("a", CooccurrenceOptions.defaults().window(2).minCount(1).measure(Measure.COUNT));
        assertEquals(List.of("term", "neighbor", "count", "term_total", "neighbor_total", "pmi", "npmi", "g2", "dice", "t_score"),
                t.columnNames());
        assertEquals(2, t.rowCount());
        assertEquals("b", t.stringColumn("neighbor").get(0)); // tie on count 2 broken by term
        assertEquals(2, t.intColumn("count").get(0));
        assertEquals(4, t.intColumn("term_total").get(0));
        assertEquals(3, t.intColumn("neighbor_total").get(0));
        double pmi = Math.log(2.0 * 10 / (4 * 3)) / Math.log(2);
        assertEquals(0.7369655941662062, pmi, 1e-15);
        assertEquals(pmi, t.doubleColumn("pmi").get(0), 1e-12);
        assertEquals(pmi / (-Math.log(2.0 / 10) / Math.log(2)), t.doubleColumn("npmi").get(0), 1e-12);
        assertEquals(4.0 / 7.0, t.doubleColumn("dice").get(0), 1e-12);
        assertEquals((2 - 1.2) / Math.sqrt(2), t.doubleColumn("t_score").get(0), 1e-12);
        // cells O = 2, 2, 1, 5; E = 1.2, 2.8, 1.8, 4.2
        double g2 = 2 * (2 * Math.log(2 / 1.2) + 2 * Math.log(2 / 2.8) + Math.log(1 / 1.8) + 5 * Math.log(5 / 4.2));
        assertEquals(1.2653741, g2, 1e-7);
        assertEquals(g2, t.doubleColumn("g2").get(0), 1e-12);
    }

    @Test
    void sentenceAndDocumentScopesByHand() {
        Corpus corpus = docs("a b. C a b", "a c");
        Cooccurrence s = Cooccurrence.count(corpus, PLAIN, new Settings(Scope.SENTENCE, 5, false));
        // sentences {a,b}, {c,a,b}, {a,c}
        assertEquals(2, c(s, "a", "b"));
        assertEquals(2, c(s, "a", "c"));
        assertEquals(1, c(s, "b", "c"));
        Cooccurrence d = Cooccurrence.count(corpus, PLAIN, new Settings(Scope.DOCUMENT, 5, false));
        assertEquals(1, c(d, "a", "b"));
        assertEquals(2, c(d, "a", "c"));
        assertEquals(1, c(d, "b", "c"));
        // a sentence-bounded window of 5: sentence 1 {a,b}; sentence 2 c a b
        Cooccurrence w = Cooccurrence.count(corpus, PLAIN, new Settings(Scope.WINDOW, 5, true));
        assertEquals(2, c(w, "a", "b"));
        assertEquals(2, c(w, "c", "a"));
        Cooccurrence open = Cooccurrence.count(corpus, PLAIN, Settings.window(5));
        assertEquals(4, c(open, "a", "b")); // d1 a b c a b: positions (1,2) (1,5) (2,4) (4,5)
    }

    @Test
    void windowBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.window(0));
        assertEquals("window (0) must be ≥ 1", e.getMessage());
    }

    @Test
    void unknownTermGivesAnEmptyTable() {
        Table t = Framelens.of(docs("a b c"), PLAIN).cooccurrence("zebra");
        assertEquals(0, t.rowCount());
        assertEquals(10, t.columnCount());
    }

    @Test
    void seededProperties() {
        SplittableRandom r = new SplittableRandom(42);
        String[] vocab = {"putin", "kim", "russia", "korea", "threat", "arms", "deal", "war"};
        for (int iter = 0; iter < 40; iter++) {
            List<String> texts = new ArrayList<>();
            int nd = 1 + r.nextInt(6);
            for (int d = 0; d < nd; d++) {
                StringBuilder b = new StringBuilder();
                int n = r.nextInt(60);
                for (int k = 0; k < n; k++) {
                    b.append(vocab[r.nextInt(vocab.length)]).append(r.nextInt(8) == 0 ? ". " : " ");
                }
                texts.add(b.toString());
            }
            Corpus corpus = docs(texts.toArray(new String[0]));
            int k = 1 + r.nextInt(6);
            boolean bounded = r.nextBoolean();
            Cooccurrence co = Cooccurrence.count(corpus, PLAIN, new Settings(Scope.WINDOW, k, bounded));
            // P / 2 equals the number of (earlier, later) token pairs in range with different terms
            long expected = 0;
            for (Document d : corpus) {
                var toks = PLAIN.tokens(d.text());
                for (int j = 0; j < toks.size(); j++) {
                    for (int i = Math.max(0, j - k); i < j; i++) {
                        boolean sameSentence = toks.get(i).sentence() == toks.get(j).sentence();
                        if (!toks.get(i).term().equals(toks.get(j).term()) && (!bounded || sameSentence)) {
                            expected++;
                        }
                    }
                }
            }
            assertEquals(2 * expected, co.total());
            // symmetry through the public table
            Framelens f = Framelens.of(corpus, PLAIN);
            CooccurrenceOptions o = CooccurrenceOptions.defaults().window(k).sentenceBounded(bounded).minCount(1).top(0);
            Table putin = f.cooccurrence("putin", o);
            Table kim = f.cooccurrence("kim", o);
            int fromPutin = 0;
            int fromKim = 0;
            for (int row = 0; row < putin.rowCount(); row++) {
                if (putin.stringColumn("neighbor").get(row).equals("kim")) {
                    fromPutin = putin.intColumn("count").get(row);
                }
            }
            for (int row = 0; row < kim.rowCount(); row++) {
                if (kim.stringColumn("neighbor").get(row).equals("putin")) {
                    fromKim = kim.intColumn("count").get(row);
                }
            }
            assertEquals(fromPutin, fromKim);
            // document scope never exceeds the number of documents
            Cooccurrence doc = Cooccurrence.count(corpus, PLAIN, new Settings(Scope.DOCUMENT, 1, false));
            doc.forEachPair((t, u, n) -> assertTrue(n <= corpus.size()));
        }
    }

    @Test
    void focusedCountingGivesTheFullMatrixRowsInBoundedMemory() {
        Corpus corpus = Corpus.read(java.nio.file.Path.of("seeds"));
        Analyzer a = Analyzer.standard();
        for (Settings settings : new Settings[] {Settings.window(5), new Settings(Scope.SENTENCE, 1, false), new Settings(Scope.DOCUMENT, 1, false)}) {
            Cooccurrence full = Cooccurrence.count(corpus, a, settings);
            Cooccurrence kim = Cooccurrence.count(corpus, a, settings, Cooccurrence.Focus.on("kim"));
            assertEquals(full.total(), kim.total());
            int fk = full.vocabulary().find("kim");
            int kk = kim.vocabulary().find("kim");
            assertEquals(full.marginal(fk), kim.marginal(kk));
            int[] n = {0};
            full.forEachPair((t, u, c) -> {
                String ts = full.vocabulary().term(t);
                String us = full.vocabulary().term(u);
                // every term's marginal is the same; pairs with kim are all kept
                assertEquals(full.marginal(t), kim.marginal(kim.vocabulary().find(ts)));
                if (t == fk || u == fk) {
                    assertEquals(c, kim.count(kim.vocabulary().find(ts), kim.vocabulary().find(us)));
                    n[0]++;
                }
            });
            assertEquals(n[0], kim.distinctPairs(), "only kim's pairs are stored");
            assertTrue(kim.distinctPairs() < full.distinctPairs() / 10);
        }
    }
}

package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.framing.Actors;
import dev.framelens.framing.Lexicon;
import dev.framelens.framing.Side;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The framing tables of the facade: columns, small golden tables, and the seeds. */
class FramelensFramingTest {
    static final Framelens SEEDS = Framelens.load(Path.of("seeds"));
    static final String D001 = "001_3c2068cdf05ec9b9";

    static final List<String> CATEGORIES = List.of("threat", "escalation", "catastrophe", "urgency",
            "delegitimising_labels", "downplaying", "limits", "scepticism");

    @Test
    void frameScoreColumns() {
        List<String> expected = new ArrayList<>(List.of("doc", "outlet", "published", "headline", "stance", "tokens"));
        CATEGORIES.forEach(c -> expected.add(c + "_per_1k"));
        expected.addAll(List.of("negated_alarm_per_1k", "alarm_per_1k", "reassurance_per_1k", "alarm_index", "ci_low", "ci_high"));
        Table t = SEEDS.frameScores();
        assertEquals(expected, t.columnNames());
        assertEquals(5, t.rowCount());
        assertEquals("The Mercury News", t.stringColumn("outlet").get(1));
    }

    @Test
    void otherFramingColumns() {
        assertEquals(List.of("doc", "sentence", "side", "category", "entry", "matched", "start", "end", "negated", "negator",
                "rule", "weight", "voice", "speaker"), SEEDS.frameHits().columnNames());
        assertEquals(List.of("doc", "side", "sentence", "hits", "start", "end", "text", "entries", "speakers", "quoted"),
                SEEDS.evidence(D001).columnNames());
        assertEquals(List.of("doc", "actor", "mentions", "category", "side", "hits"), SEEDS.actors().columnNames());
        assertEquals(List.of("actor", "mentions", "category", "side", "hits"), SEEDS.actorsOverall().columnNames());
        assertEquals(List.of("doc_a", "doc_b", "cosine", "alarm_index_diff"), SEEDS.similarity().columnNames());
        Table lexicon = SEEDS.lexicon();
        assertEquals(List.of("category", "side", "entry", "weight", "pattern", "requires", "forbids", "precision", "units",
                "source"), lexicon.columnNames());
        // the general lexicon's 383 entries and the Putin–Kim pack's 33 (seeds/framelens.packs)
        assertEquals(383 + 33, lexicon.rowCount());
        assertEquals(List.of("threat", "alarm", "danger*", "prefix", "lexicon-en.tsv"), List.of(lexicon.stringColumn(0).get(0),
                lexicon.stringColumn(1).get(0), lexicon.stringColumn(2).get(0), lexicon.stringColumn(4).get(0),
                lexicon.stringColumn("source").get(0)));
        assertEquals(Path.of("seeds/../lexicons/putin-kim.tsv").normalize().toString(),
                lexicon.stringColumn("source").get(lexicon.rowCount() - 1));
        int grave = lexicon.stringColumn("entry").asList().indexOf("grave");
        assertEquals("", lexicon.stringColumn("requires").get(grave));
        assertTrue(lexicon.stringColumn("forbids").get(grave).startsWith("next:of|in|at|"), lexicon.stringColumn("forbids").get(grave));
        int danger = lexicon.stringColumn("entry").asList().indexOf("danger*");
        // v7: rounds 1-5's 0.804 over 24 units pooled with round 6's over 2 (v6: rounds 1-4's 0.776 over 21
        // with round 5's 1.000 over 3)
        assertEquals(26, lexicon.intColumn("units").get(danger));
        assertEquals(0.742, lexicon.doubleColumn("precision").get(danger));
        // without the corpus's packs: the general lexicon alone
        assertEquals(383, Framelens.of(SEEDS.corpus()).lexicon().rowCount());
    }

    @Test
    void loadAddsTheStoryPacksTheCorpusListsAndTheOtherWaysInAddThemByHand() {
        // Framelens.load reads seeds/framelens.packs; Framelens.of does not
        Framelens bare = Framelens.of(SEEDS.corpus());
        assertEquals(Lexicon.shipped(), bare.frameLexicon());
        assertEquals(null, bare.frameActors());
        assertEquals("no actor list: the corpus lists no story pack with actors; give one with withActors(Actors.read(path)) "
                + "or withPack(path)", org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        bare::actorsOverall).getMessage());
        Framelens packed = bare.withPack(Path.of("lexicons/putin-kim.tsv"));
        assertEquals(SEEDS.frameLexicon().entries().size(), packed.frameLexicon().entries().size());
        assertEquals(TableWriter.toString(SEEDS.frameHits(), TableWriter.Format.CSV),
                TableWriter.toString(packed.frameHits(), TableWriter.Format.CSV));
        assertEquals(TableWriter.toString(SEEDS.actorsOverall(), TableWriter.Format.CSV),
                TableWriter.toString(packed.actorsOverall(), TableWriter.Format.CSV));
        // the general lexicon alone finds fewer reassurance hits in 002 (its supply limits are in the pack)
        assertTrue(bare.frameHits().where(bare.frameHits().stringColumn("side").isEqualTo("reassurance")).rowCount()
                < SEEDS.frameHits().where(SEEDS.frameHits().stringColumn("side").isEqualTo("reassurance")).rowCount());
        Actors mine = Actors.parse("mine.tsv", List.of("actor\tterm", "Kim\tkim"));
        assertEquals(List.of("Kim"), bare.withActors(mine).actorsOverall().stringColumn("actor").unique().asList());
        assertEquals(SEEDS.frameLexicon(), SEEDS.frameOptions().lexicon());
        assertEquals(SEEDS.frameLexicon(), SEEDS.withLexicon(Lexicon.shipped()).withLexicon(SEEDS.frameLexicon()).frameLexicon());
    }

    @Test
    void metadataColumnsThatClashWithScoreColumnsAreRenamed() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("tokens", "many");
        meta.put("outlet", "X");
        Framelens f = Framelens.of(Corpus.of(List.of(new Document("d", "", "A grave threat.", meta))));
        Table t = f.frameScores();
        assertEquals(List.of("doc", "meta_tokens", "outlet", "tokens"), t.columnNames().subList(0, 4));
        assertEquals("many", t.stringColumn("meta_tokens").get(0));
        assertEquals(3, t.intColumn("tokens").get(0));
    }

    @Test
    void goldenScoresThroughTheFacade() {
        // "A grave threat. Calm down." : 5 tokens; grave, threat* (threat) → A = 2, R = 0
        Framelens f = Framelens.of(Corpus.of(List.of(new Document("d", "", "A grave threat. Calm down.", Map.of()))));
        Table t = f.frameScores();
        assertEquals(5, t.intColumn("tokens").get(0));
        assertEquals(400.0, t.doubleColumn("threat_per_1k").get(0), 1e-12);   // 1000 · 2 / 5
        assertEquals(400.0, t.doubleColumn("alarm_per_1k").get(0), 1e-12);
        assertEquals(0.0, t.doubleColumn("reassurance_per_1k").get(0));
        assertEquals(1.6094379124341003, t.doubleColumn("alarm_index").get(0), 1e-15); // ln((2 + ½) / (0 + ½)) = ln 5
        // sentence 1 alarm 2, sentence 2 none; a replicate draws 2 sentences: sentence 2 twice (P = 1/4) → A = 0,
        // index 0; once each (1/2) → ln 5; sentence 1 twice (1/4) → A = 4, ln(4.5 / 0.5) = ln 9. So the 2.5 %
        // quantile is 0 and the 97.5 % quantile ln 9
        assertEquals(0.0, t.doubleColumn("ci_low").get(0));
        assertEquals(2.1972245773362196, t.doubleColumn("ci_high").get(0), 1e-15);
        Table hits = f.frameHits();
        assertEquals(List.of("grave", "threat"), hits.stringColumn("matched").asList());
        assertEquals(List.of(2, 8), hits.intColumn("start").asList());
    }

    @Test
    void similarityHandComputed() {
        /*
         * d1 "war danger", d2 "war war"; idf(war) = ln(3/3) + 1 = 1, idf(danger) = ln(3/2) + 1 = 1.405465
         * d1 = (1, 1.405465)/|·|, d2 = (2, 0)/|·| → cos = 1 / √(1 + 1.405465²) = 0.579739
         * alarm_index: d1 has 'danger' (alarm) → ln(1.5 / 0.5) = ln 3; d2 none → ln(0.5 / 0.5) = 0
         */
        Framelens f = Framelens.of(Corpus.of(List.of(new Document("d1", "", "war danger", Map.of()),
                new Document("d2", "", "war war", Map.of()))));
        Table t = f.similarity();
        assertEquals(List.of("d1", "d1", "d2", "d2"), t.stringColumn("doc_a").asList());
        assertEquals(List.of("d1", "d2", "d1", "d2"), t.stringColumn("doc_b").asList());
        assertEquals(1.0, t.doubleColumn("cosine").get(0));
        assertEquals(0.5797386715376657, t.doubleColumn("cosine").get(1), 1e-12);
        assertEquals(t.doubleColumn("cosine").get(1), t.doubleColumn("cosine").get(2));
        assertEquals(1.0, t.doubleColumn("cosine").get(3));
        double ln3 = 1.0986122886681098;
        double[] diff = t.doubleColumn("alarm_index_diff").asDoubleArray();
        assertEquals(4, diff.length);
        assertEquals(0.0, diff[0]);
        assertEquals(ln3, diff[1], 1e-15);
        assertEquals(-ln3, diff[2], 1e-15);
        assertEquals(0.0, diff[3]);
    }

    // ---- seeds ----------------------------------------------------------------------------------

    @Test
    void onTheSeeds001HasTheLowestAlarmIndexAndEveryDocumentAnInterval() {
        Table t = SEEDS.frameScores();
        int lowest = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            String doc = t.stringColumn("doc").get(r);
            double index = t.doubleColumn("alarm_index").get(r);
            double low = t.doubleColumn("ci_low").get(r);
            double high = t.doubleColumn("ci_high").get(r);
            assertTrue(low <= index && index <= high, doc);
            if (index < t.doubleColumn("alarm_index").get(lowest)) {
                lowest = r;
            }
        }
        assertEquals(D001, t.stringColumn("doc").get(lowest));
        // 001 (lexicons v5 and v6): 3 alarm hits, 3 reassurance (one of them the negated 'doom') → ln(3.5 / 3.5) = 0
        assertEquals(Math.log(3.5 / 3.5), t.doubleColumn("alarm_index").get(1), 1e-15);
    }

    @Test
    void theSeedsHitCountsAreThoseOfDocsSeeds() {
        // docs/SEEDS.md, "Frame hits with lexicon v7" (general lexicon + the Putin–Kim pack)
        int[][] expected = {
            // threat, escalation, catastrophe, urgency, delegitimising, downplaying, limits, scepticism, negated
            {5, 1, 3, 5, 3, 0, 0, 1, 0},
            {1, 0, 0, 1, 1, 1, 1, 0, 1},
            {4, 0, 1, 6, 0, 0, 4, 3, 0},
            {1, 1, 1, 2, 3, 0, 2, 0, 0},
            {4, 6, 2, 4, 4, 0, 0, 0, 0}};
        Table hits = SEEDS.frameHits();
        List<String> docs = SEEDS.frameScores().stringColumn("doc").asList();
        for (int d = 0; d < 5; d++) {
            int[] got = new int[9];
            for (int r = 0; r < hits.rowCount(); r++) {
                if (hits.stringColumn("doc").get(r).equals(docs.get(d))) {
                    got[hits.booleanColumn("negated").get(r) ? 8 : CATEGORIES.indexOf(hits.stringColumn("category").get(r))]++;
                }
            }
            assertEquals(java.util.Arrays.toString(expected[d]), java.util.Arrays.toString(got), docs.get(d));
        }
    }

    @Test
    void everyFrameScoreIsTheSumOfItsHits() {
        Table scores = SEEDS.frameScores();
        Table hits = SEEDS.frameHits();
        for (int d = 0; d < scores.rowCount(); d++) {
            String doc = scores.stringColumn("doc").get(d);
            int tokens = scores.intColumn("tokens").get(d);
            Map<String, Double> byColumn = new LinkedHashMap<>();
            CATEGORIES.forEach(c -> byColumn.put(c + "_per_1k", 0.0));
            byColumn.put("negated_alarm_per_1k", 0.0);
            double alarm = 0;
            double reassurance = 0;
            for (int r = 0; r < hits.rowCount(); r++) {
                if (!hits.stringColumn("doc").get(r).equals(doc)) {
                    continue;
                }
                double w = hits.doubleColumn("weight").get(r);
                boolean negated = hits.booleanColumn("negated").get(r);
                String column = (negated ? "negated_alarm" : hits.stringColumn("category").get(r)) + "_per_1k";
                byColumn.merge(column, w, Double::sum);
                if (hits.stringColumn("side").get(r).equals("alarm")) {
                    alarm += w;
                } else {
                    reassurance += w;
                }
                assertEquals(negated, hits.stringColumn("side").get(r).equals("reassurance")
                        && SEEDS.frameLexicon().category(hits.stringColumn("category").get(r)).side() == Side.ALARM);
            }
            for (Map.Entry<String, Double> e : byColumn.entrySet()) {
                assertEquals(1000.0 * e.getValue() / tokens, scores.doubleColumn(e.getKey()).get(d), 0.0, doc + " " + e.getKey());
            }
            assertEquals(1000.0 * alarm / tokens, scores.doubleColumn("alarm_per_1k").get(d), 0.0, doc);
            assertEquals(1000.0 * reassurance / tokens, scores.doubleColumn("reassurance_per_1k").get(d), 0.0, doc);
            assertEquals(Math.log((alarm + 0.5) / (reassurance + 0.5)), scores.doubleColumn("alarm_index").get(d), 0.0, doc);
        }
    }

    @Test
    void hitOffsetsPointAtTheMatchedText() {
        Table hits = SEEDS.frameHits();
        assertEquals(72, hits.rowCount()); // docs/SEEDS.md, lexicon v7: alarm + reassurance = 18 + 6 + 18 + 10 + 20
        for (int r = 0; r < hits.rowCount(); r++) {
            String text = SEEDS.corpus().get(hits.stringColumn("doc").get(r)).text();
            assertEquals(text.substring(hits.intColumn("start").get(r), hits.intColumn("end").get(r)),
                    hits.stringColumn("matched").get(r));
        }
    }

    @Test
    void theEvidenceFor001ShowsTheSkyIsntFallingAsReassurance() {
        Table t = SEEDS.evidence(D001, Side.REASSURANCE, 0);
        int found = -1;
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.stringColumn("text").get(r).contains("the sky isn’t falling")) {
                found = r;
            }
        }
        assertTrue(found >= 0, TableWriter.text(t, 20));
        assertEquals("reassurance", t.stringColumn("side").get(found));
        assertEquals("But to be perfectly blunt, the sky isn’t falling.", t.stringColumn("text").get(found));
        assertEquals("sky isn't falling (downplaying)", t.stringColumn("entries").get(found));
        String text = SEEDS.corpus().get(D001).text();
        assertEquals(t.stringColumn("text").get(found),
                text.substring(t.intColumn("start").get(found), t.intColumn("end").get(found)));
        // and the headline's "won't spell doom" is the negated catastrophe hit
        Table all = SEEDS.evidence(D001);
        assertTrue(all.stringColumn("entries").asList().contains("doom (catastrophe, negated by won't)"));
    }

    @Test
    void bootstrapWithAFixedSeedIsReproducible() {
        Framelens again = Framelens.load(Path.of("seeds"));
        assertEquals(TableWriter.toString(SEEDS.frameScores(), TableWriter.Format.CSV),
                TableWriter.toString(again.frameScores(), TableWriter.Format.CSV));
        Table other = SEEDS.frameScores(SEEDS.frameOptions().seed(7));
        assertEquals(SEEDS.frameScores().doubleColumn("alarm_index").asList(), other.doubleColumn("alarm_index").asList());
    }

    @Test
    void actorRowsAreCompleteForHeatmaps() {
        Table t = SEEDS.actorsOverall();
        int categories = CATEGORIES.size() + 1;
        assertEquals(0, t.rowCount() % categories);
        List<String> actors = t.stringColumn("actor").unique().asList();
        assertEquals(t.rowCount(), actors.size() * categories);
        assertTrue(actors.containsAll(List.of("Putin", "Kim", "Russia", "North Korea", "U.S.")), actors.toString());
        // per-document rows sum to the overall ones
        Table byDoc = SEEDS.actors();
        for (int r = 0; r < t.rowCount(); r++) {
            String actor = t.stringColumn("actor").get(r);
            String category = t.stringColumn("category").get(r);
            int sum = 0;
            for (int k = 0; k < byDoc.rowCount(); k++) {
                if (byDoc.stringColumn("actor").get(k).equals(actor) && byDoc.stringColumn("category").get(k).equals(category)) {
                    sum += byDoc.intColumn("hits").get(k);
                }
            }
            assertEquals(t.intColumn("hits").get(r), sum, actor + " " + category);
        }
    }
}

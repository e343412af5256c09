package dev.framelens.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusException;
import dev.framelens.corpus.Document;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.Lexicon;
import dev.framelens.stats.Bootstrap;
import dev.framelens.table.Columns;
import dev.framelens.text.Analyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Frames over time on a small dated corpus with its own lexicon (alarm: threat, danger; reassurance:
 * calm, stable; no negators), every figure computed by hand, and a seeded property test on random
 * corpora.
 */
class FrameTrendsTest {
    static final Lexicon LEXICON = Lexicon.parse("test", List.of("category\tside\tentry\tweight",
            "threat\talarm\tthreat\t1", "threat\talarm\tdanger\t1", "calm\treassurance\tcalm\t1",
            "calm\treassurance\tstable\t1"), List.of());
    static final FrameOptions FRAMES = FrameOptions.defaults().lexicon(LEXICON);

    static Document doc(String id, String date, String outlet, String text) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("date", date);
        meta.put("outlet", outlet);
        return new Document(id, "", text, meta);
    }

    /** Tokens, alarm (A) and reassurance (R) weights per document, counted by hand. */
    static final Corpus SMALL = Corpus.of(List.of(
            doc("d1", "2024-01-15", "x", "A threat. A threat. Calm."),              // 5 tokens, A 2, R 1
            doc("d2", "February 3, 2024", "y", "Danger is near. All is calm and stable."), // 8 tokens, A 1, R 2
            doc("d3", "5 March 2024", "x", "Nothing happened."),                    // 2 tokens
            doc("d4", "2024-06", "y", "Threat threat danger."),                     // 3 tokens, A 3
            doc("d5", "2025", "x", "Calm."),                                        // 1 token, R 1
            doc("d6", " ", "x", "Threat.")));                                       // no date: left out

    static FrameTrends.Trend trend(Corpus c, String every, String by) {
        return Framelens.of(c, Analyzer.standard()).trend(new FrameTrends.Options("date", Every.parse(every), by, FRAMES,
                "small.jsonl"));
    }

    @Test
    void yearlyByHand() {
        FrameTrends.Trend t = trend(SMALL, "year", null);
        assertEquals(List.of("d6"), t.skipped());
        assertEquals(2, t.rows().size());
        FrameTrends.Row y2024 = t.rows().get(0);
        assertEquals("2024", y2024.period().label());
        assertEquals(4, y2024.docs());
        assertEquals(18, y2024.tokens());
        assertEquals(6.0, y2024.alarm());
        assertEquals(3.0, y2024.reassurance());
        assertEquals(1000.0 * 6 / 18, y2024.alarmPer1k());
        assertEquals(1000.0 * 3 / 18, y2024.reassurancePer1k());
        assertEquals(Math.log(6.5 / 3.5), y2024.alarmIndex(), 1e-15); // 0.6190392084062235
        // the interval is the document bootstrap with the period's seed, documents in corpus order
        Bootstrap.Interval ci = Bootstrap.alarmIndex(new double[] {2, 1, 0, 3}, new double[] {1, 2, 0, 0}, 2000, 0.95,
                FRAMES.seedFor("2024"));
        assertEquals(ci.low(), y2024.ciLow());
        assertEquals(ci.high(), y2024.ciHigh());
        assertTrue(y2024.ciLow() < y2024.alarmIndex() && y2024.alarmIndex() < y2024.ciHigh());
        FrameTrends.Row y2025 = t.rows().get(1);
        assertEquals(new FrameTrends.Row(y2025.period(), null, 1, 1, 0.0, 1.0, Math.log(0.5 / 1.5), Math.log(0.5 / 1.5),
                Math.log(0.5 / 1.5)), y2025); // one document: the interval is the index
        assertEquals(0.0, y2025.alarmPer1k());
        assertEquals(1000.0, y2025.reassurancePer1k());
    }

    @Test
    void monthlyAndGroupedTables() {
        Corpus dated = SMALL.filter(d -> !d.id().equals("d5"));
        Table months = Framelens.of(dated, Analyzer.standard()).trends(new FrameTrends.Options("date", Every.parse("month"),
                null, FRAMES.resamples(0), "small.jsonl"));
        assertEquals(List.of("period", "docs", "tokens", "alarm_per_1k", "reassurance_per_1k", "alarm_index", "ci_low",
                "ci_high"), months.columnNames());
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-06"), months.stringColumn("period").asList());
        assertEquals(List.of(400.0, 125.0, 0.0, 1000.0), months.doubleColumn(Columns.ALARM_PER_1K).asList());
        assertEquals(List.of(200.0, 250.0, 0.0, 0.0), months.doubleColumn(Columns.REASSURANCE_PER_1K).asList());
        assertEquals(List.of(Math.log(2.5 / 1.5), Math.log(1.5 / 2.5), 0.0, Math.log(7)),
                months.doubleColumn(Columns.ALARM_INDEX).asList());
        assertTrue(months.doubleColumn(Columns.CI_LOW).isMissing(0)); // --resamples 0: NaN
        FrameTrends.Trend quarters = trend(dated, "quarter", "outlet");
        assertEquals(List.of("x", "y"), quarters.groups());
        List<String> rows = new ArrayList<>();
        for (FrameTrends.Row r : quarters.rows()) {
            rows.add(r.period().label() + " " + r.group() + " " + r.docs() + " " + r.tokens() + " " + r.alarm() + " "
                    + r.reassurance());
        }
        assertEquals(List.of("2024-Q1 x 2 7 2.0 1.0", "2024-Q1 y 1 8 1.0 2.0", "2024-Q2 y 1 3 3.0 0.0"), rows);
        // a period of documents without hits has index 0 and interval [0, 0]
        FrameTrends.Row march = trend(dated, "month", null).rows().get(2);
        assertEquals(0.0, march.ciLow());
        assertEquals(0.0, march.ciHigh());
    }

    @Test
    void valuesThatCannotBeReadStopWithOneLine() {
        CorpusException e = assertThrows(CorpusException.class, () -> trend(SMALL, "quarter", null));
        assertEquals("small.jsonl: document d5: date '2025' gives only a year, not the month --every quarter needs",
                e.getMessage());
        Corpus bad = Corpus.of(List.of(doc("a", "2024-13-01", "x", "Calm.")));
        assertEquals("small.jsonl: document a: date '2024-13-01' is not a date (read: 2024-06-08, June 8, 2024, "
                + "8 June 2024, 2024-06, 2024; for numbers give --every N)",
                assertThrows(CorpusException.class, () -> trend(bad, "year", null)).getMessage());
        assertEquals("small.jsonl: document d1: date '2024-01-15' is not a number (--every 7 cuts numbers; use --every "
                + "year, quarter, month, week or day for dates)",
                assertThrows(CorpusException.class, () -> trend(SMALL, "7", null)).getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Framelens.of(SMALL, Analyzer.standard()).trend(FrameTrends.Options.of("published").frames(FRAMES)));
        assertEquals("--time published: no such metadata column in corpus; its columns are [date, outlet]",
                none.getMessage());
        Corpus empty = Corpus.of(List.of(doc("a", "", "x", "Calm.")));
        assertEquals("small.jsonl: no document has a date value",
                assertThrows(CorpusException.class, () -> trend(empty, "year", null)).getMessage());
    }

    @Test
    void crossCorrelationFindsTheGroupThatMovesFirst() {
        // outlet b repeats outlet a's alarm counts one year later
        int[] hits = {0, 4, 1, 0, 3, 0, 5, 2};
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            docs.add(doc("a" + i, String.valueOf(2001 + i), "a", "threat ".repeat(hits[i]) + "calm words"));
            docs.add(doc("b" + i, String.valueOf(2002 + i), "b", "threat ".repeat(hits[i]) + "calm words"));
        }
        FrameTrends.Trend t = trend(Corpus.of(docs), "year", "outlet");
        List<FrameTrends.Lag> lags = FrameTrends.crossCorrelation(t, 2);
        assertEquals(5, lags.size());
        FrameTrends.Lag plusOne = lags.get(3);
        assertEquals("a", plusOne.groupA());
        assertEquals("b", plusOne.groupB());
        assertEquals(1, plusOne.lag());
        assertEquals(8, plusOne.pairs()); // a in 2001-2008 against b in 2002-2009
        assertEquals(1.0, plusOne.r(), 1e-12);
        for (FrameTrends.Lag l : lags) {
            assertTrue(l.lag() == 1 || l.r() < 0.3, l.toString());
        }
        assertEquals(7, lags.get(2).pairs()); // lag 0: 2002-2008
        assertEquals(-0.5828979788008272, lags.get(2).r(), 1e-12);
        // a gap year drops its pairs: the grid keeps every year from the first to the last
        assertEquals(List.of("2001", "2002", "2003"), FrameTrends.grid(trend(Corpus.of(List.of(
                doc("p", "2001", "a", "x"), doc("q", "2003", "a", "x"))), "year", null)).stream()
                .map(Period::label).toList());
    }

    @Test
    void seededPropertyPeriodsAddUpToTheCorpus() {
        SplittableRandom random = new SplittableRandom(20261201L);
        String[] words = {"threat", "danger", "calm", "stable", "the", "talks", "went", "on", "and", "moscow"};
        String[] everies = {"year", "quarter", "month", "week", "day"};
        for (int trial = 0; trial < 20; trial++) {
            List<Document> docs = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int d = 0; d < n; d++) {
                StringBuilder text = new StringBuilder("Report");
                int len = random.nextInt(60);
                for (int w = 0; w < len; w++) {
                    text.append(w % 9 == 8 ? ". " : " ").append(words[random.nextInt(words.length)]);
                }
                LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4 * 365));
                String outlet = "o" + random.nextInt(3);
                docs.add(doc("d" + d, random.nextInt(10) == 0 ? "" : date.toString(), outlet, text + "."));
            }
            Corpus c = Corpus.of(docs);
            Framelens f = Framelens.of(c, Analyzer.standard());
            Table scores = f.frameScores(FRAMES.resamples(0));
            double alarm = 0;
            long tokens = 0;
            int dated = 0;
            for (int r = 0; r < scores.rowCount(); r++) {
                if (c.get(scores.stringColumn(Columns.DOC).get(r)).meta("date").isEmpty()) {
                    continue;
                }
                int t = scores.intColumn(Columns.TOKENS).get(r);
                alarm += scores.doubleColumn(Columns.ALARM_PER_1K).get(r) * t / 1000.0;
                tokens += t;
                dated++;
            }
            if (dated == 0) {
                continue;
            }
            String every = everies[random.nextInt(everies.length)];
            String by = random.nextBoolean() ? "outlet" : null;
            Table rows = f.trends(new FrameTrends.Options("date", Every.parse(every), by, FRAMES.resamples(20), "p"));
            double weighted = 0;
            long rowTokens = 0;
            int rowDocs = 0;
            for (int r = 0; r < rows.rowCount(); r++) {
                long t = rows.longColumn(Columns.TOKENS).get(r);
                double per1k = rows.doubleColumn(Columns.ALARM_PER_1K).get(r);
                weighted += Double.isNaN(per1k) ? 0 : per1k * t;
                rowTokens += t;
                rowDocs += rows.intColumn("docs").get(r);
            }
            String where = "trial " + trial + " (" + every + ", by " + by + ")";
            assertEquals(dated, rowDocs, where);
            assertEquals(tokens, rowTokens, where);
            assertEquals(1000.0 * alarm / tokens, weighted / rowTokens, 1e-9 * Math.max(1, 1000.0 * alarm / tokens),
                    where);
            // periods in time order, groups in text order within a period
            List<String> periods = rows.stringColumn("period").asList();
            for (int r = 1; r < periods.size(); r++) {
                assertTrue(periods.get(r - 1).compareTo(periods.get(r)) <= 0, where + ": " + periods);
            }
        }
    }
}

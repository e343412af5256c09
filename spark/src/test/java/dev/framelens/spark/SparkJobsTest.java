package dev.framelens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.corpus.Document;
import dev.framelens.count.TermStatistics;
import dev.framelens.framing.CompareOptions;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.Lexicon;
import dev.framelens.framing.StoryPack;
import dev.framelens.count.Cooccurrence;
import dev.framelens.stats.Measure;
import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.table.CooccurrenceTables;
import dev.framelens.table.TrendTables;
import dev.framelens.trend.Every;
import dev.framelens.trend.FrameTrends;
import dev.framelens.spark.cli.SparkMain;
import dev.framelens.table.TableWriter;
import dev.framelens.table.TermTables;
import dev.framelens.text.Analyzer;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The Spark jobs against the single-machine engine, on one shared local[2] session: the seeds and a
 * generated corpus of 3,000 documents, each as JSON Lines, Parquet (part files) and CSV, every
 * table compared as the CSV text the engine writes (so row by row, cell by cell, in full
 * precision). The engine side is what the commands run: the facade's tables and
 * {@link TableWriter}. Files are split into many small partitions so that counting, dedup and
 * ordering across partitions are exercised.
 */
class SparkJobsTest {
    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path seedsJsonl;
    static Path seedsParquet;
    static Path genJsonl;
    static Path genParquet;
    static Path genCsv;
    static Corpus seeds;
    static Corpus generated;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("framelens-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "3")
                // small splits: the generated corpus's files in three to five partitions
                .config("spark.sql.files.maxPartitionBytes", "256k")
                .config("spark.sql.files.openCostInBytes", "4k")
                .getOrCreate();
        List<TestCorpora.Rec> seedRecs = TestCorpora.seeds();
        List<TestCorpora.Rec> genRecs = TestCorpora.generated(2000, 20261202L);
        seedsJsonl = TestCorpora.writeJsonl(seedRecs, dir.resolve("seeds.jsonl"));
        genJsonl = TestCorpora.writeJsonl(genRecs, dir.resolve("gen.jsonl"));
        genCsv = TestCorpora.writeCsv(genRecs, dir.resolve("gen.csv"));
        seedsParquet = writeParquet(seedRecs, dir.resolve("seeds.parquet"), 2);
        genParquet = writeParquet(genRecs, dir.resolve("gen.parquet"), 1);
        seeds = CorpusReader.read(TestCorpora.SEEDS, CorpusReader.Options.defaults());
        generated = CorpusReader.read(genJsonl, CorpusReader.Options.defaults());
        for (Path p : List.of(genJsonl, genParquet, genCsv, seedsJsonl, seedsParquet)) {
            SparkDocuments d = FramelensSpark.read(spark, p.toString());
            // read once for all tests (a notebook would do the same); the jobs only see the documents
            READ.put(p, d.withRows(d.rows().persist()));
        }
    }

    static final Map<Path, SparkDocuments> READ = new java.util.HashMap<>();

    static SparkDocuments docs(Path p) {
        return READ.get(p);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The records as Parquet in {@code parts} part files, year as an int column, other fields strings. */
    static Path writeParquet(List<TestCorpora.Rec> recs, Path out, int parts) {
        List<String> names = new ArrayList<>(recs.get(0).fields().keySet());
        for (TestCorpora.Rec r : recs) {
            r.fields().keySet().stream().filter(k -> !names.contains(k)).forEach(names::add);
        }
        names.remove("text");
        names.add("text");
        StructType schema = new StructType();
        for (String n : names) {
            schema = schema.add(n, n.equals("year") ? DataTypes.IntegerType : DataTypes.StringType, true);
        }
        List<Row> rows = new ArrayList<>();
        for (TestCorpora.Rec r : recs) {
            rows.add(RowFactory.create(names.stream().map(n -> r.fields().get(n)).toArray()));
        }
        spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, parts), schema)
                .write().parquet(out.toString());
        return out;
    }

    static String csv(Table t) {
        return TableWriter.toString(t, TableWriter.Format.CSV);
    }

    static String csv(SparkTable t) {
        StringWriter w = new StringWriter();
        t.writeCsv(w, TableWriter.CsvMode.SPREADSHEET_SAFE);
        return w.toString();
    }

    static void assertSameRows(String expected, String actual) {
        List<String> e = Arrays.asList(expected.split("\n", -1));
        List<String> a = Arrays.asList(actual.split("\n", -1));
        assertTrue(e.size() > 2, "the engine's table has rows");
        assertEquals(e, a);
    }

    static String engineTerms(Corpus c, boolean byDoc) {
        TermStatistics s = TermStatistics.count(c, Analyzer.standard(), 1, byDoc);
        return csv(byDoc ? TermTables.byDocument(s, 0) : TermTables.corpus(s, 0));
    }

    @Test
    void termsAreTheEnginesOnEveryFormat() {
        String corpus = engineTerms(generated, false);
        String byDoc = engineTerms(generated, true);
        for (Path p : List.of(genJsonl, genParquet, genCsv)) {
            assertSameRows(corpus, csv(FramelensSpark.terms(docs(p))));
        }
        assertSameRows(byDoc, csv(FramelensSpark.termsByDocument(docs(genParquet))));
        // the edge cases are there: the blank id became row-18, the second doc-00039 and the empty document were
        // skipped, the document of stop words was kept (it has no terms)
        assertTrue(generated.contains("row-18") && !generated.contains("doc-00040") && !generated.contains("doc-00025")
                && generated.contains("doc-00026"));
        assertTrue(!byDoc.contains("\ndoc-00026,"), "a document of stop words has no term rows (but counts in the idf's n)");
        // on the seeds, the folder the engine reads and its JSON Lines and Parquet copies
        String seedTerms = engineTerms(seeds, false);
        for (Path p : List.of(seedsJsonl, seedsParquet)) {
            assertSameRows(seedTerms, csv(FramelensSpark.terms(docs(p))));
        }
    }

    @Test
    void bigramsAndAnalyzerOptionsTravelToTheExecutors() {
        Analyzer keep = Analyzer.builder().keepStopWords().noPhrases().build();
        TermStatistics s = TermStatistics.count(generated, keep, 2, true);
        SparkDocuments docs = docs(genCsv);
        assertSameRows(csv(TermTables.byDocument(s, 3)),
                csv(FramelensSpark.termsByDocument(docs, AnalyzerSpec.of(keep), 2, 3)));
    }

    @Test
    void frameScoresAreTheEnginesWithThePackShippedOnce() {
        Lexicon withPack = StoryPack.apply(Lexicon.shipped(), List.of(StoryPack.read(TestCorpora.PACK)));
        String expected = csv(Framelens.of(seeds).frameScores(FrameOptions.defaults().lexicon(withPack)));
        LexiconSpec spec = LexiconSpec.shipped().withPack(TestCorpora.PACK);
        for (Path p : List.of(seedsJsonl, seedsParquet)) {
            SparkTable t = FramelensSpark.frames(docs(p), AnalyzerSpec.standard(), spec,
                    2000, 42, 0.95, w -> { });
            assertSameRows(expected, csv(t));
        }
        String gen = csv(Framelens.of(generated).frameScores(FrameOptions.defaults().resamples(200)));
        SparkTable t = FramelensSpark.frames(docs(genJsonl), AnalyzerSpec.standard(), LexiconSpec.shipped(), 200, 42,
                0.95, w -> { });
        assertSameRows(gen, csv(t));
    }

    @Test
    void groupComparisonsAreTheEngines() {
        Framelens f = Framelens.of(generated);
        CompareOptions o = CompareOptions.defaults();
        SparkDocuments docs = docs(genParquet);
        assertSameRows(csv(f.compare("stance", "alarmed", "reassuring", o)),
                csv(FramelensSpark.compare(docs, "stance", "alarmed", "reassuring", o, AnalyzerSpec.standard())));
        CompareOptions top = o.top(15).minCount(3);
        assertSameRows(csv(f.compareOneVsRest("outlet", top)),
                csv(FramelensSpark.compareOneVsRest(docs, "outlet", top, AnalyzerSpec.standard())));
        // one-vs-rest where some documents have no value (stance is missing from every 11th record)
        assertSameRows(csv(f.compareOneVsRest("stance", top)),
                csv(FramelensSpark.compareOneVsRest(docs(genJsonl), "stance", top,
                        AnalyzerSpec.standard())));
    }

    @Test
    void parquetIsACorpusFormatOfTheEngine() {
        // the engine reads the Parquet copy (through the ServiceLoader) as the same documents as the JSON Lines
        Corpus fromParquet = CorpusReader.read(genParquet, CorpusReader.Options.defaults());
        assertEquals(generated.size(), fromParquet.size());
        for (int k = 0; k < generated.size(); k++) {
            Document a = generated.documents().get(k);
            Document b = fromParquet.documents().get(k);
            assertEquals(List.of(a.id(), a.title(), a.text()), List.of(b.id(), b.title(), b.text()));
            for (String m : fromParquet.metadataColumns()) {
                assertEquals(a.meta(m), b.meta(m), m);
            }
        }
        assertEquals(List.of("outlet", "stance", "year", "date"), fromParquet.metadataColumns());
        // a record without a stance: absent from the JSON object, null in Parquet; "" for the tables either way
        assertTrue(!generated.get("doc-00003").metadata().containsKey("stance"));
        assertEquals("", fromParquet.get("doc-00003").metadata().get("stance"));
        // the year, an int column in Parquet and a number in JSON, reads as the same text
        assertEquals(generated.get("doc-00003").meta("year"), fromParquet.get("doc-00003").meta("year"));
        assertTrue(fromParquet.get("doc-00003").meta("year").matches("20[12][0-9]"));
    }

    @Test
    void theCommandLineWritesTheEnginesCsvAndRefusesToOverwrite() throws Exception {
        Path out = dir.resolve("terms.csv");
        assertEquals(0, SparkMain.run("terms", genJsonl.toString(), "--top", "0", "--out", out.toString()));
        assertSameRows(engineTerms(generated, false), Files.readString(out, StandardCharsets.UTF_8));
        String before = Files.readString(out);
        assertEquals(2, SparkMain.run("terms", genJsonl.toString(), "--out", out.toString()));
        assertEquals(before, Files.readString(out));
        assertEquals(2, SparkMain.run("terms", dir.resolve("missing.jsonl").toString()));
        Path out2 = dir.resolve("frames.parquet");
        assertEquals(0, SparkMain.run("frames", seedsParquet.toString(), "--out", out2.toString(), "--resamples", "50"));
        assertEquals(seeds.size(), spark.read().parquet(out2.toString()).count());
    }

    static FrameTrends.Options trendOptions(String time, String every, String by, int resamples) {
        return new FrameTrends.Options(time, Every.parse(every), by, FrameOptions.defaults().resamples(resamples), null);
    }

    @Test
    void trendsAreTheEnginesPeriodByPeriod() {
        Framelens f = Framelens.of(generated);
        // months by outlet (the empty group of no stance is not involved), weeks by stance (with the empty group),
        // three-year buckets of the year number, quarters without groups
        List<FrameTrends.Options> all = List.of(trendOptions("date", "month", "outlet", 200),
                trendOptions("date", "week", "stance", 100), trendOptions("year", "3", null, 300),
                trendOptions("date", "quarter", null, 0));
        for (FrameTrends.Options o : all) {
            FrameTrends.Trend engine = f.trend(o);
            // the first on JSON Lines too (other splits, other partitions)
            for (Path p : o == all.get(0) ? List.of(genParquet, genJsonl) : List.of(genParquet)) {
                FrameTrends.Trend spark = FramelensSpark.trend(docs(p), AnalyzerSpec.standard(), LexiconSpec.shipped(), o);
                assertSameRows(csv(TrendTables.trends(engine, o.groupColumn())), csv(TrendTables.trends(spark, o.groupColumn())));
                assertEquals(engine.skipped(), spark.skipped());
                assertEquals(engine.groups(), spark.groups());
            }
        }
        // every 13th record has no date: those documents are left out, in corpus order, and every other one counted
        FrameTrends.Trend months = FramelensSpark.trend(docs(genParquet), AnalyzerSpec.standard(), LexiconSpec.shipped(),
                all.get(0));
        List<String> undated = new ArrayList<>();
        generated.forEach(d -> {
            if (d.meta("date").isEmpty()) {
                undated.add(d.id());
            }
        });
        assertTrue(undated.size() > 100 && undated.get(0).equals("doc-00005"), undated.toString());
        assertEquals(undated, months.skipped());
        assertEquals(generated.size() - undated.size(), months.rows().stream().mapToInt(FrameTrends.Row::docs).sum());
        // the groups' cross-correlation, from the same trend
        FrameTrends.Options years = trendOptions("date", "year", "outlet", 0);
        assertSameRows(csv(f.trendCrossCorrelation(years, 2)), csv(TrendTables.crossCorrelation(FrameTrends.crossCorrelation(
                FramelensSpark.trend(docs(genCsv), AnalyzerSpec.standard(), LexiconSpec.shipped(), years), 2))));
        // the seeds with their story pack, by stance (one seed has no publication date)
        Lexicon withPack = StoryPack.apply(Lexicon.shipped(), List.of(StoryPack.read(TestCorpora.PACK)));
        FrameTrends.Options seedYears = trendOptions("published", "year", "stance", 2000);
        String expected = csv(Framelens.of(seeds).trends(seedYears.frames(seedYears.frames().lexicon(withPack))));
        for (Path p : List.of(seedsJsonl, seedsParquet)) {
            assertSameRows(expected, csv(TrendTables.trends(FramelensSpark.trend(docs(p), AnalyzerSpec.standard(),
                    LexiconSpec.shipped().withPack(TestCorpora.PACK), seedYears), "stance")));
        }
    }

    @Test
    void trendErrorsAreTheEngines() {
        SparkDocuments docs = docs(genParquet);
        IllegalArgumentException noColumn = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FramelensSpark.trend(docs, AnalyzerSpec.standard(), LexiconSpec.shipped(),
                        trendOptions("published", "year", null, 0).source("gen.parquet")));
        assertEquals("--time published: no such metadata column in gen.parquet; its columns are [outlet, stance, year, date]",
                noColumn.getMessage());
        // an outlet's name is no date: the engine's error, from a task (naming one of the documents)
        Exception coarse = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> FramelensSpark.trend(docs, AnalyzerSpec.standard(), LexiconSpec.shipped(),
                        trendOptions("outlet", "year", null, 0).source("gen.parquet")));
        Throwable cause = coarse;
        while (!(cause instanceof dev.framelens.corpus.CorpusException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().matches("gen\\.parquet: document (doc-\\d+|row-18): outlet '[A-Za-z]+' .*"),
                cause.toString());
    }

    @Test
    void cooccurrencesAreTheEngines() {
        Analyzer standard = Analyzer.standard();
        List<CooccurrenceOptions> all = List.of(CooccurrenceOptions.defaults(),
                CooccurrenceOptions.defaults().window(3).sentenceBounded(true).measure(Measure.NPMI).minCount(1).top(0),
                CooccurrenceOptions.defaults().scope(Cooccurrence.Scope.SENTENCE).measure(Measure.PMI).top(40),
                CooccurrenceOptions.defaults().scope(Cooccurrence.Scope.DOCUMENT).measure(Measure.T).minCount(3).top(0));
        for (CooccurrenceOptions o : all) {
            // a word and a phrase
            for (String term : List.of(all.indexOf(o) % 2 == 0 ? "putin" : "North Korea")) {
                String normal = Framelens.normalize(standard, term);
                Cooccurrence engine = Cooccurrence.count(generated, standard, o.settings(), Cooccurrence.Focus.on(normal));
                String expected = csv(CooccurrenceTables.neighbors(engine, normal, o));
                FramelensSpark.Neighbors n = FramelensSpark.cooccurrence(docs(genParquet), AnalyzerSpec.standard(), term, o);
                assertSameRows(expected, csv(n.table()));
                assertEquals(engine.terms().count(engine.vocabulary().find(normal)), n.occurrences());
            }
        }
        // the seeds, with stop words kept
        Analyzer keep = Analyzer.builder().keepStopWords().build();
        CooccurrenceOptions o = CooccurrenceOptions.defaults().top(0);
        Cooccurrence engine = Cooccurrence.count(seeds, keep, o.settings(), Cooccurrence.Focus.on("kim"));
        assertSameRows(csv(CooccurrenceTables.neighbors(engine, "kim", o)),
                csv(FramelensSpark.cooccurrence(docs(seedsJsonl), AnalyzerSpec.of(keep), "Kim", o).table()));
        // a word the corpus does not have: no rows, no occurrence
        FramelensSpark.Neighbors none = FramelensSpark.cooccurrence(docs(seedsParquet), AnalyzerSpec.standard(), "zebra", o);
        assertEquals(0, none.occurrences());
        assertEquals(0, none.table().rowCount());
        assertEquals(List.of("term", "neighbor", "count", "term_total", "neighbor_total", "pmi", "npmi", "g2", "dice",
                "t_score"), none.table().columnNames());
    }

    @Test
    void comparisonsOfDocumentListsAndWithABackgroundAreTheEngines() {
        Framelens f = Framelens.of(generated);
        SparkDocuments docs = docs(genParquet);
        CompareOptions o = CompareOptions.defaults().top(10);
        // ids and unique prefixes: doc-0120 starts doc-01200 … doc-01209, so it is ambiguous; row- starts row-18 only
        List<String> a = List.of("doc-00010", "doc-00011", "doc-0120", "doc-01999");
        List<String> b = List.of("doc-00003", "row-18", "doc-00500");
        IllegalArgumentException several = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FramelensSpark.compareDocuments(docs, a, b, o, AnalyzerSpec.standard(), null));
        assertTrue(several.getMessage().startsWith("'doc-0120' is the start of several ids [doc-01200, doc-01201,"),
                several.getMessage());
        List<String> exact = List.of("doc-00010", "doc-00011", "doc-01999");
        assertSameRows(csv(f.compareDocuments(exact, b, o)),
                csv(FramelensSpark.compareDocuments(docs, List.of("doc-00010", "doc-00011", "doc-01999"),
                        List.of("doc-00003", "row-", "doc-00500"), o, AnalyzerSpec.standard(), null)));
        IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FramelensSpark.compareDocuments(docs, List.of("nope"), b, o, AnalyzerSpec.standard(), null));
        assertTrue(unknown.getMessage().startsWith("no document 'nope' in the corpus; ids are [doc-00000, doc-00001,")
                && unknown.getMessage().endsWith(" … (" + generated.size() + " in all)"), unknown.getMessage());
        IllegalArgumentException both = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FramelensSpark.compareDocuments(docs, List.of("doc-00003"), b, o, AnalyzerSpec.standard(), null));
        assertEquals("document 'doc-00003' is in both groups; a document belongs to one", both.getMessage());
        // the seeds as the background of the generated corpus's groups, and the generated corpus as the seeds'
        CompareOptions withSeeds = o.background(seeds);
        SparkDocuments seedDocs = docs(seedsParquet);
        assertSameRows(csv(f.compare("stance", "alarmed", "reassuring", withSeeds)),
                csv(FramelensSpark.compare(docs, "stance", "alarmed", "reassuring", o, AnalyzerSpec.standard(), seedDocs)));
        assertSameRows(csv(f.compareOneVsRest("outlet", withSeeds)),
                csv(FramelensSpark.compareOneVsRest(docs, "outlet", o, AnalyzerSpec.standard(), seedDocs)));
        assertSameRows(csv(Framelens.of(seeds).compare("stance", "alarmed", "reassuring", CompareOptions.defaults()
                        .background(generated))),
                csv(FramelensSpark.compare(docs(seedsJsonl), "stance", "alarmed", "reassuring", CompareOptions.defaults(),
                        AnalyzerSpec.standard(), docs(genCsv))));
        assertSameRows(csv(f.compareDocuments(exact, b, withSeeds)),
                csv(FramelensSpark.compareDocuments(docs, exact, b, o, AnalyzerSpec.standard(), seedDocs)));
    }

    @Test
    void theNewCommandsWriteTheEnginesCsv() throws Exception {
        Lexicon withPack = StoryPack.apply(Lexicon.shipped(), List.of(StoryPack.read(TestCorpora.PACK)));
        FrameTrends.Options o = trendOptions("published", "year", null, 500);
        Path trends = dir.resolve("trends.csv");
        assertEquals(0, SparkMain.run("trends", seedsJsonl.toString(), "--time", "published", "--resamples", "500",
                "--pack", TestCorpora.PACK.toString(), "--out", trends.toString()));
        assertSameRows(csv(Framelens.of(seeds).trends(o.frames(o.frames().lexicon(withPack)))),
                Files.readString(trends, StandardCharsets.UTF_8));
        Path near = dir.resolve("near.csv");
        assertEquals(0, SparkMain.run("cooccur", seedsParquet.toString(), "--term", "Putin", "--top", "0", "--min-count", "1",
                "--out", near.toString()));
        CooccurrenceOptions co = CooccurrenceOptions.defaults().top(0).minCount(1);
        assertSameRows(csv(CooccurrenceTables.neighbors(Cooccurrence.count(seeds, Analyzer.standard(), co.settings(),
                Cooccurrence.Focus.on("putin")), "putin", co)), Files.readString(near, StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        seeds.forEach(d -> ids.add(d.id()));
        Path words = dir.resolve("words.csv");
        assertEquals(0, SparkMain.run("compare", seedsParquet.toString(), "--docs-a", ids.get(0).substring(0, 3) + ","
                + ids.get(1), "--docs-b", ids.get(2) + "," + ids.get(3), "--top", "0", "--out", words.toString()));
        assertSameRows(csv(Framelens.of(seeds).compareDocuments(ids.subList(0, 2), ids.subList(2, 4),
                CompareOptions.defaults())), Files.readString(words, StandardCharsets.UTF_8));
        // usage errors: exit 2 before a job runs, or from the job's checks
        assertEquals(2, SparkMain.run("trends", seedsJsonl.toString(), "--time", "published", "--xcorr"));
        assertEquals(2, SparkMain.run("trends", seedsJsonl.toString(), "--time", "nothing"));
        assertEquals(2, SparkMain.run("trends", seedsJsonl.toString(), "--time", "published", "--every", "fortnight"));
        assertEquals(2, SparkMain.run("cooccur", seedsJsonl.toString(), "--term", "putin", "--window", "0"));
        assertEquals(2, SparkMain.run("compare", seedsJsonl.toString(), "--docs-a", ids.get(0)));
        assertEquals(2, SparkMain.run("compare", seedsJsonl.toString(), "--docs-a", "zzz", "--docs-b", ids.get(0)));
        // bad data: a headline is no date (exit 1)
        assertEquals(1, SparkMain.run("trends", seedsJsonl.toString(), "--time", "headline"));
    }

    /** The engine's {@code cooccur --matrix N}: the top terms by count, then the pairs among them. */
    static Table engineMatrix(Corpus c, Analyzer analyzer, int n, CooccurrenceOptions o) {
        List<String> top = TermTables.corpus(TermStatistics.count(c, analyzer, 1, false), n).stringColumn("term").asList();
        return CooccurrenceTables.matrix(Cooccurrence.count(c, analyzer, o.settings(), Cooccurrence.Focus.among(top)), n, o);
    }

    @Test
    void cooccurrenceMatricesAndTheirGraphsAreTheEngines() throws Exception {
        Analyzer standard = Analyzer.standard();
        // a window within sentences, and whole documents
        List<CooccurrenceOptions> all = List.of(CooccurrenceOptions.defaults().window(2).sentenceBounded(true).minCount(1),
                CooccurrenceOptions.defaults().scope(Cooccurrence.Scope.DOCUMENT).minCount(5));
        int[] sizes = {30, 50};
        for (int k = 0; k < all.size(); k++) {
            String expected = csv(engineMatrix(generated, standard, sizes[k], all.get(k)));
            assertSameRows(expected, csv(FramelensSpark.cooccurrenceMatrix(docs(genParquet), AnalyzerSpec.standard(),
                    sizes[k], all.get(k))));
        }
        // N beyond the vocabulary: every term (the seeds with stop words kept, on JSON Lines)
        Analyzer keep = Analyzer.builder().keepStopWords().build();
        CooccurrenceOptions o = CooccurrenceOptions.defaults().minCount(3);
        assertSameRows(csv(engineMatrix(seeds, keep, 100_000, o)),
                csv(FramelensSpark.cooccurrenceMatrix(docs(seedsJsonl), AnalyzerSpec.of(keep), 100_000, o)));
        // the command line: the table, and the network as the engine writes it
        Table seedMatrix = engineMatrix(seeds, standard, 25, CooccurrenceOptions.defaults());
        for (String graph : List.of("net.gexf", "net.graphml")) {
            Path out = dir.resolve(graph + ".csv");
            Path file = dir.resolve(graph);
            assertEquals(0, SparkMain.run("cooccur", seedsParquet.toString(), "--matrix", "25", "--graph", file.toString(),
                    "--out", out.toString()));
            assertSameRows(csv(seedMatrix), Files.readString(out, StandardCharsets.UTF_8));
            assertEquals(graph.endsWith(".gexf") ? dev.framelens.table.GraphExport.gexf(seedMatrix)
                    : dev.framelens.table.GraphExport.graphml(seedMatrix), Files.readString(file, StandardCharsets.UTF_8));
        }
        // the engine's usage errors
        assertEquals(2, SparkMain.run("cooccur", seedsParquet.toString()));
        assertEquals(2, SparkMain.run("cooccur", seedsParquet.toString(), "--term", "putin", "--matrix", "5"));
        assertEquals(2, SparkMain.run("cooccur", seedsParquet.toString(), "--term", "putin", "--graph", "g.gexf"));
        assertEquals(2, SparkMain.run("cooccur", seedsParquet.toString(), "--matrix", "5", "--graph",
                dir.resolve("g.txt").toString()));
        assertEquals(2, SparkMain.run("cooccur", seedsParquet.toString(), "--matrix", "0"));
    }

    @Test
    void theTrendChartIsTheEngines() throws Exception {
        Path page = dir.resolve("charts").resolve("trends.html");
        Files.createDirectories(page.getParent());
        assertEquals(0, SparkMain.run("trends", seedsParquet.toString(), "--time", "published", "--by", "stance",
                "--resamples", "200", "--chart", page.toString(), "--out", dir.resolve("chart-trends.csv").toString()));
        FrameTrends.Options o = trendOptions("published", "year", "stance", 200);
        Table engine = Framelens.of(seeds).trends(o);
        Path expected = dir.resolve("engine-chart").resolve("trends.html");
        Files.createDirectories(expected.getParent());
        dev.framelens.chart.ChartHtml.writePage(expected, "framelens trends: published by stance",
                List.of(new dev.framelens.chart.ChartHtml.Chart("chart-trends",
                        dev.framelens.chart.Charts.trends(engine, TrendTables.groupName("stance")))));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), html);
        assertTrue(html.contains("chart-trends") && html.contains("alarm"), html.substring(0, Math.min(300, html.length())));
        assertTrue(Files.isRegularFile(page.resolveSibling(dev.framelens.chart.ChartHtml.PLOTLY_JS_FILE)));
        // never overwritten: exit 2 before a job runs
        assertEquals(2, SparkMain.run("trends", seedsParquet.toString(), "--time", "published", "--chart", page.toString()));
        assertEquals(html, Files.readString(page, StandardCharsets.UTF_8));
        assertEquals(2, SparkMain.run("trends", seedsParquet.toString(), "--time", "published", "--chart",
                dir.resolve("no-such-folder").resolve("t.html").toString()));
    }
}

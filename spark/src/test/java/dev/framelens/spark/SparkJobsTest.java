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
        assertEquals(List.of("outlet", "stance", "year"), fromParquet.metadataColumns());
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
}

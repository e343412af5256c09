package dev.framelens.spark;

import dev.framelens.framing.CompareOptions;
import dev.framelens.framing.FrameOptions;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;

/**
 * framelens on Apache Spark: the engine's term, frame and comparison tables computed by a cluster
 * (or a local session), row for row the tables {@code framelens terms}, {@code frames} and
 * {@code compare} print for the same corpus. From JShell or a notebook:
 * <pre>{@code
 * SparkSession spark = FramelensSpark.localSession(2);
 * SparkDocuments docs = FramelensSpark.read(spark, "corpus.parquet");
 * Table top = FramelensSpark.terms(docs).toTable();           // term, count, doc_freq, per_1k
 * FramelensSpark.frames(docs).writeParquet("frames.parquet");  // doc, <metadata…>, tokens, …
 * Table words = FramelensSpark.compare(docs, "outlet", "A", "B");
 * }</pre>
 * Every method uses the engine's standard analyzer unless given an {@link AnalyzerSpec}.
 */
public final class FramelensSpark {
    private FramelensSpark() {
    }

    /**
     * A local Spark session on {@code cores} cores ({@code local[cores]}), bound to 127.0.0.1, its UI
     * off and its log at warnings (see {@code log4j2.properties} in this module); {@code cores ≤ 0}
     * uses every core ({@code local[*]}).
     */
    public static SparkSession localSession(int cores) {
        return session(cores > 0 ? "local[" + cores + "]" : "local[*]");
    }

    /**
     * A session for {@code master} (as {@code spark-submit --master} takes it), or the submitted one
     * when null; a {@code local…} master gets the settings of {@link #localSession}, a cluster keeps its own.
     */
    public static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("framelens");
        if (master != null) {
            b.master(master);
        }
        if (master != null && master.startsWith("local")) {
            // one machine: no web UI, loopback only, few shuffle partitions (the shuffles carry counts, not text)
            b.config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "8")
                    .config("spark.driver.host", System.getenv().getOrDefault("SPARK_LOCAL_IP", "127.0.0.1"));
        }
        return b.getOrCreate();
    }

    /** Reads a Parquet, JSON Lines or CSV corpus (a file or a folder of part files, any Hadoop path), cleaned. */
    public static SparkDocuments read(SparkSession spark, String path) {
        return SparkDocuments.read(spark, path, false);
    }

    /** The documents of a table you have: {@code text}, {@code doc} or {@code id}, the rest metadata; cleaned. */
    public static SparkDocuments documents(Dataset<Row> table) {
        return SparkDocuments.of(table, false);
    }

    /** {@code term, count, doc_freq, per_1k} over the corpus, every term: {@code framelens terms --top 0}. */
    public static SparkTable terms(SparkDocuments docs) {
        return terms(docs, AnalyzerSpec.standard(), 1);
    }

    /** Terms, or n-grams of {@code ngram} consecutive terms, with this analyzer. */
    public static SparkTable terms(SparkDocuments docs, AnalyzerSpec analyzer, int ngram) {
        return TermJob.corpus(docs, analyzer, checkNgram(ngram));
    }

    /** {@code doc, term, count, per_1k, tf_idf}, every term of every document: {@code terms --by doc --top 0}. */
    public static SparkTable termsByDocument(SparkDocuments docs) {
        return termsByDocument(docs, AnalyzerSpec.standard(), 1, 0);
    }

    /** Per-document terms with this analyzer, n-gram size and at most {@code top} rows a document (0: all). */
    public static SparkTable termsByDocument(SparkDocuments docs, AnalyzerSpec analyzer, int ngram, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top (" + top + ") must be ≥ 0 (0 keeps every row)");
        }
        return TermJob.byDocument(docs, analyzer, checkNgram(ngram), top);
    }

    /** Frame scores with the shipped lexicon and the default bootstrap: {@code framelens frames --no-packs}. */
    public static SparkTable frames(SparkDocuments docs) {
        FrameOptions d = FrameOptions.defaults();
        return frames(docs, AnalyzerSpec.standard(), LexiconSpec.shipped(), d.resamples(), d.seed(), d.level(), w -> { });
    }

    /**
     * Frame scores: {@code doc, <metadata…>, tokens, <category>_per_1k…, negated_alarm_per_1k,
     * alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, ci_high}, documents in corpus order.
     *
     * @param warnings receives the engine's warnings about renamed metadata columns
     */
    public static SparkTable frames(SparkDocuments docs, AnalyzerSpec analyzer, LexiconSpec lexicon, int resamples,
                                    long seed, double level, Consumer<String> warnings) {
        return FrameJob.scores(docs, analyzer, lexicon, new FrameJob.Bootstrap(resamples, seed, level), warnings);
    }

    /** Terms that distinguish {@code column = a} from {@code column = b}: {@code framelens compare --top 0}. */
    public static Table compare(SparkDocuments docs, String column, String a, String b) {
        return compare(docs, column, a, b, CompareOptions.defaults(), AnalyzerSpec.standard());
    }

    /** {@link #compare(SparkDocuments, String, String, String)} with these options and analyzer. */
    public static Table compare(SparkDocuments docs, String column, String a, String b, CompareOptions options,
                                AnalyzerSpec analyzer) {
        return CompareJob.compare(docs, column, a, b, options, analyzer);
    }

    /** Each value of {@code column} against all other documents, with a leading {@code group} column. */
    public static Table compareOneVsRest(SparkDocuments docs, String column, CompareOptions options, AnalyzerSpec analyzer) {
        return CompareJob.oneVsRest(docs, column, options, analyzer);
    }

    /** The sorted non-empty values of a metadata column. */
    public static java.util.List<String> values(SparkDocuments docs, String column) {
        return CompareJob.values(docs, column);
    }

    private static int checkNgram(int ngram) {
        if (ngram < 1 || ngram > 10) {
            throw new IllegalArgumentException("ngram (" + ngram + ") must be between 1 and 10");
        }
        return ngram;
    }
}

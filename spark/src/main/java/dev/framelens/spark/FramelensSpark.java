package dev.framelens.spark;

import dev.framelens.Framelens;
import dev.framelens.framing.CompareOptions;
import dev.framelens.framing.FrameOptions;
import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.table.TrendTables;
import dev.framelens.trend.FrameTrends;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;

/**
 * framelens on Apache Spark: the engine's term, frame, comparison, trend and co-occurrence tables
 * computed by a cluster (or a local session), row for row the tables {@code framelens terms},
 * {@code frames}, {@code compare}, {@code trends} and {@code cooccur} ({@code --term}, {@code --matrix}) print for the same
 * corpus. From JShell or a notebook:
 * <pre>{@code
 * SparkSession spark = FramelensSpark.localSession(2);
 * SparkDocuments docs = FramelensSpark.read(spark, "corpus.parquet");
 * Table top = FramelensSpark.terms(docs).toTable();           // term, count, doc_freq, per_1k
 * FramelensSpark.frames(docs).writeParquet("frames.parquet");  // doc, <metadata…>, tokens, …
 * Table words = FramelensSpark.compare(docs, "outlet", "A", "B");
 * Table years = FramelensSpark.trends(docs, FrameTrends.Options.of("date").groupBy("outlet"));
 * Table near = FramelensSpark.cooccur(docs, "putin", CooccurrenceOptions.defaults());
 * Table net = FramelensSpark.cooccurrenceMatrix(docs, AnalyzerSpec.standard(), 30, CooccurrenceOptions.defaults());
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
        return compare(docs, column, a, b, options, analyzer, null);
    }

    /**
     * {@link #compare(SparkDocuments, String, String, String)} with the prior taken from a background
     * corpus ({@code framelens compare --background}: its add-one smoothed term shares, counted on the
     * cluster with the same analyzer); {@code background} null is the pooled prior. {@code
     * options.background()} must be null: the background is the one given here.
     */
    public static Table compare(SparkDocuments docs, String column, String a, String b, CompareOptions options,
                                AnalyzerSpec analyzer, SparkDocuments background) {
        return CompareJob.compare(docs, column, a, b, noBackground(options), analyzer, background);
    }

    /** Each value of {@code column} against all other documents, with a leading {@code group} column. */
    public static Table compareOneVsRest(SparkDocuments docs, String column, CompareOptions options, AnalyzerSpec analyzer) {
        return compareOneVsRest(docs, column, options, analyzer, null);
    }

    /** One-vs-rest with a background corpus for the prior (null: pooled), counted once for every group. */
    public static Table compareOneVsRest(SparkDocuments docs, String column, CompareOptions options, AnalyzerSpec analyzer,
                                         SparkDocuments background) {
        return CompareJob.oneVsRest(docs, column, noBackground(options), analyzer, background);
    }

    /**
     * Two lists of documents against each other: {@code framelens compare --docs-a --docs-b}. Each
     * entry is an id or the start of exactly one id; background null: the pooled prior.
     *
     * @throws IllegalArgumentException for an unknown id, a prefix of several ids, an empty list or
     *         a document in both lists
     */
    public static Table compareDocuments(SparkDocuments docs, List<String> a, List<String> b, CompareOptions options,
                                         AnalyzerSpec analyzer, SparkDocuments background) {
        return CompareJob.compareDocuments(docs, CompareJob.resolve(docs, a), CompareJob.resolve(docs, b),
                noBackground(options), analyzer, background);
    }

    private static CompareOptions noBackground(CompareOptions options) {
        if (options.background() != null) {
            throw new IllegalArgumentException("give the background corpus as SparkDocuments (read on the cluster), "
                    + "not in the CompareOptions");
        }
        return options;
    }

    /**
     * Frames over time: the trend of {@code framelens trends} ({@link FrameTrends#compute}) with
     * the periods, groups and bootstrap of {@code options} and this analyzer and lexicon (the
     * lexicon of {@code options.frames()} is not used; give it as {@code lexicon}). Lay it out
     * with {@link TrendTables#trends} or correlate its groups with {@link FrameTrends#crossCorrelation}.
     *
     * @throws IllegalArgumentException for a column the corpus does not have
     * @throws dev.framelens.corpus.CorpusException (bad data) for a time value that cannot be read,
     *         or when no document has one
     */
    public static FrameTrends.Trend trend(SparkDocuments docs, AnalyzerSpec analyzer, LexiconSpec lexicon,
                                          FrameTrends.Options options) {
        return TrendJob.trend(docs, analyzer, lexicon, options);
    }

    /** {@code framelens trends --time COLUMN [--every …] [--by …]}'s table, the shipped lexicon. */
    public static Table trends(SparkDocuments docs, FrameTrends.Options options) {
        return TrendTables.trends(trend(docs, AnalyzerSpec.standard(), LexiconSpec.shipped(), options),
                options.groupColumn());
    }

    /**
     * The neighbours of a term and how often it occurs.
     *
     * @param term        the term as normalised
     * @param table       {@code term, neighbor, count, term_total, neighbor_total, pmi, npmi, g2, dice,
     *                    t_score}, ranked: the table of {@code framelens cooccur --term}
     * @param occurrences how often the term occurs in the corpus (0: not at all)
     */
    public record Neighbors(String term, Table table, long occurrences) {
    }

    /**
     * The terms near {@code term} (normalised first, as {@code framelens cooccur --term} does) with
     * their association measures, counted and ranked by {@code options}.
     *
     * @throws IllegalArgumentException for a term with no letters or digits
     */
    public static Neighbors cooccurrence(SparkDocuments docs, AnalyzerSpec analyzer, String term,
                                         CooccurrenceOptions options) {
        return CooccurJob.neighbors(docs, analyzer, Framelens.normalize(analyzer.analyzer(), term), options);
    }

    /** {@link #cooccurrence}'s table with the standard analyzer: {@code framelens cooccur --term T}. */
    public static Table cooccur(SparkDocuments docs, String term, CooccurrenceOptions options) {
        return cooccurrence(docs, AnalyzerSpec.standard(), term, options).table();
    }

    /**
     * All pairs among the {@code topN} most frequent terms (both orders, sorted by term, then
     * neighbour; pairs below {@code options.minCount()} left out): the table of {@code framelens
     * cooccur --matrix N}, which {@link dev.framelens.table.GraphExport} writes as a network. A
     * {@code topN} beyond the vocabulary takes every term.
     *
     * @throws IllegalArgumentException for {@code topN < 1}
     */
    public static Table cooccurrenceMatrix(SparkDocuments docs, AnalyzerSpec analyzer, int topN,
                                           CooccurrenceOptions options) {
        return CooccurJob.matrix(docs, analyzer, topN, options);
    }

    /** The sorted non-empty values of a metadata column. */
    public static List<String> values(SparkDocuments docs, String column) {
        return CompareJob.values(docs, column);
    }

    private static int checkNgram(int ngram) {
        if (ngram < 1 || ngram > 10) {
            throw new IllegalArgumentException("ngram (" + ngram + ") must be between 1 and 10");
        }
        return ngram;
    }
}

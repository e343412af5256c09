package dev.framelens.spark;

import dev.framelens.count.Cooccurrence;
import dev.framelens.count.Terms;
import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.table.CooccurrenceTables;
import java.io.Serializable;
import dev.framelens.table.Columns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * The neighbours of one term on Spark: each partition counts its documents with the engine's
 * {@link Cooccurrence.Counter} focused on the term (pairs are counted within a document, so the
 * partitions' pair counts, pair marginals c(t,·) and pair total P add up to the corpus's); the
 * cluster adds them per term and joins each neighbour with its marginal; the driver receives the
 * focus term's neighbours only and ranks them with {@link CooccurrenceTables#neighbors(String, long,
 * long, List, CooccurrenceOptions)}, the association measures computed there as the engine computes
 * them.
 */
final class CooccurJob {
    /** kind 0: c(focus, term); 1: c(term, ·); 2: P (term null); 3: the focus term's count (term null). */
    private static final StructType PARTIAL = new StructType()
            .add("kind", DataTypes.IntegerType, false)
            .add("term", DataTypes.StringType, true)
            .add("n", DataTypes.LongType, false);

    private CooccurJob() {
    }

    /** One partition's documents counted with these settings, keeping the pairs of {@code focus}. */
    private static Cooccurrence count(Iterator<Row> in, AnalyzerSpec analyzer, Settings settings,
                                      Cooccurrence.Focus focus) {
        Cooccurrence.Counter counter = new Cooccurrence.Counter(analyzer.analyzer(), settings.settings(), focus);
        while (in.hasNext()) {
            counter.add(TermJob.document(in.next()));
        }
        return counter.build();
    }

    /** The counting settings, shippable. */
    private record Settings(Cooccurrence.Scope scope, int window, boolean sentenceBounded) implements Serializable {
        Cooccurrence.Settings settings() {
            return new Cooccurrence.Settings(scope, window, sentenceBounded);
        }
    }

    /**
     * The neighbours of {@code term} (normalised as the engine normalises it) and how often the term
     * occurs: the table of {@code framelens cooccur --term}.
     */
    static FramelensSpark.Neighbors neighbors(SparkDocuments docs, AnalyzerSpec analyzer, String term,
                                              CooccurrenceOptions options) {
        Settings settings = new Settings(options.scope(), options.window(), options.sentenceBounded());
        Dataset<Row> partial = docs.rows().mapPartitions((MapPartitionsFunction<Row, Row>) in -> {
            Cooccurrence c = count(in, analyzer, settings, Cooccurrence.Focus.on(term));
            Terms v = c.vocabulary();
            int t = v.find(term);
            List<Row> out = new ArrayList<>();
            c.forEachPair((a, b, n) -> {
                if (a == t || b == t) {
                    out.add(RowFactory.create(0, v.term(a == t ? b : a), (long) n));
                }
            });
            for (int id = 0; id < v.size(); id++) {
                if (c.marginal(id) > 0) {
                    out.add(RowFactory.create(1, v.term(id), c.marginal(id)));
                }
            }
            out.add(RowFactory.create(2, null, c.total()));
            out.add(RowFactory.create(3, null, t < 0 ? 0L : c.terms().count(t)));
            return out.iterator();
        }, Encoders.row(PARTIAL));
        Dataset<Row> summed = partial.groupBy("kind", "term").agg(functions.sum("n").as("n"))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> marginals = summed.filter(functions.col("kind").equalTo(1))
                    .select(functions.col("term"), functions.col("n").as("marginal"));
            List<Row> pairs = summed.filter(functions.col("kind").equalTo(0)).join(marginals, "term")
                    .select("term", "n", "marginal").collectAsList();
            List<Row> totals = summed.filter(functions.col("kind").geq(2)
                    .or(functions.col("kind").equalTo(1).and(functions.col("term").equalTo(term)))).collectAsList();
            long termTotal = 0;
            long total = 0;
            long occurrences = 0;
            for (Row r : totals) {
                long n = r.getLong(2);
                switch (r.getInt(0)) {
                    case 1 -> termTotal = n;
                    case 2 -> total = n;
                    default -> occurrences = n;
                }
            }
            List<CooccurrenceTables.Neighbor> found = new ArrayList<>(pairs.size());
            for (Row r : pairs) {
                found.add(new CooccurrenceTables.Neighbor(r.getString(0), Math.toIntExact(r.getLong(1)), r.getLong(2)));
            }
            Table table = CooccurrenceTables.neighbors(term, termTotal, total, found, options);
            return new FramelensSpark.Neighbors(term, table, occurrences);
        } finally {
            summed.unpersist();
        }
    }

    /** kind 0: c(a, b) of two top terms, a before b; 1: c(a, ·) of a top term; 2: P (a and b null). */
    private static final StructType MATRIX_PARTIAL = new StructType()
            .add("kind", DataTypes.IntegerType, false)
            .add("a", DataTypes.StringType, true)
            .add("b", DataTypes.StringType, true)
            .add("n", DataTypes.LongType, false);

    /**
     * All pairs among the {@code topN} most frequent terms: the table of {@code framelens cooccur
     * --matrix N}. The top terms come from the terms job (count descending, ties by term, as the
     * engine ranks them); each partition counts its pairs with a {@link Cooccurrence.Counter}
     * focused on pairs of two top terms, and emits those pairs, the top terms' pair marginals and
     * its pair total; the cluster adds them up (at most N² / 2 pairs reach the driver) and
     * {@link CooccurrenceTables#matrix(java.util.Map, long, List, CooccurrenceOptions)} lays them
     * out as the engine does.
     */
    static Table matrix(SparkDocuments docs, AnalyzerSpec analyzer, int topN, CooccurrenceOptions options) {
        if (topN < 1) {
            throw new IllegalArgumentException("matrix size (" + topN + ") must be ≥ 1");
        }
        List<String> top = new ArrayList<>();
        for (Row r : TermJob.corpus(docs, analyzer, 1).rows().limit(topN).select(Columns.TERM).collectAsList()) {
            top.add(r.getString(0));
        }
        Settings settings = new Settings(options.scope(), options.window(), options.sentenceBounded());
        List<String> shipped = List.copyOf(top);
        Dataset<Row> partial = docs.rows().mapPartitions((MapPartitionsFunction<Row, Row>) in -> {
            Cooccurrence c = count(in, analyzer, settings, Cooccurrence.Focus.among(shipped));
            Terms v = c.vocabulary();
            List<Row> out = new ArrayList<>();
            c.forEachPair((a, b, n) -> {
                String x = v.term(a);
                String y = v.term(b);
                boolean first = x.compareTo(y) < 0;
                out.add(RowFactory.create(0, first ? x : y, first ? y : x, (long) n));
            });
            for (String t : shipped) {
                int id = v.find(t);
                if (id >= 0 && c.marginal(id) > 0) {
                    out.add(RowFactory.create(1, t, null, c.marginal(id)));
                }
            }
            out.add(RowFactory.create(2, null, null, c.total()));
            return out.iterator();
        }, Encoders.row(MATRIX_PARTIAL));
        List<Row> summed = partial.groupBy("kind", "a", "b").agg(functions.sum("n").as("n")).collectAsList();
        Map<String, Long> marginals = new HashMap<>();
        for (String t : top) {
            marginals.put(t, 0L);
        }
        long total = 0;
        List<CooccurrenceTables.Pair> pairs = new ArrayList<>();
        for (Row r : summed) {
            long n = r.getLong(3);
            switch (r.getInt(0)) {
                case 0 -> pairs.add(new CooccurrenceTables.Pair(r.getString(1), r.getString(2), Math.toIntExact(n)));
                case 1 -> marginals.put(r.getString(1), n);
                default -> total = n;
            }
        }
        return CooccurrenceTables.matrix(marginals, total, pairs, options);
    }
}

package dev.framelens.spark;

import dev.framelens.count.Cooccurrence;
import dev.framelens.count.Terms;
import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.table.CooccurrenceTables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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
            Cooccurrence.Counter counter = new Cooccurrence.Counter(analyzer.analyzer(), settings.settings(),
                    Cooccurrence.Focus.on(term));
            while (in.hasNext()) {
                counter.add(TermJob.document(in.next()));
            }
            Cooccurrence c = counter.build();
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
}

package dev.framelens.spark;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.FrameScore;
import dev.framelens.framing.FrameScorer;
import dev.framelens.framing.Lexicon;
import dev.framelens.table.FrameTables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Frame scores per document on Spark: the lexicon goes to the executors once, as a broadcast
 * {@link LexiconSpec} that each executor JVM parses once; each partition scores its documents with
 * the engine's {@link FrameScorer} and {@link FrameScore#of} (the bootstrap seeded per document, so
 * it does not matter which task scores which document) and lays the rows out with the engine's
 * {@link FrameTables#scores}, the metadata columns in the corpus's order.
 */
final class FrameJob {
    /** Documents scored and laid out together in a partition. */
    private static final int BATCH = 2_000;

    private FrameJob() {
    }

    /** The bootstrap settings of {@link FrameOptions}, without the lexicon (shipped apart). */
    record Bootstrap(int resamples, long seed, double level) implements Serializable {
        FrameOptions options(Lexicon lexicon) {
            return new FrameOptions(lexicon, resamples, seed, level);
        }
    }

    static SparkTable scores(SparkDocuments docs, AnalyzerSpec analyzer, LexiconSpec lexicon, Bootstrap bootstrap,
                             Consumer<String> warnings) {
        Lexicon onDriver = lexicon.lexicon();
        bootstrap.options(onDriver);
        List<String> meta = docs.metadataColumns();
        // the columns: the engine's table of no rows (renaming clashing metadata columns, with its warnings)
        Table empty = FrameTables.scores(layout(List.of(), meta), List.of(), onDriver, warnings);
        StructType schema = new StructType().add("_file", DataTypes.StringType, false).add("_row", DataTypes.LongType, false);
        for (Column<?> c : empty.columns()) {
            schema = schema.add(c.name(), SparkTable.sparkType(c.type()), true);
        }
        Broadcast<LexiconSpec> shipped = JavaSparkContext.fromSparkContext(docs.rows().sparkSession().sparkContext())
                .broadcast(lexicon);
        int width = empty.columnCount();
        Dataset<Row> rows = docs.rows().mapPartitions((MapPartitionsFunction<Row, Row>) in -> {
            Lexicon lex = shipped.value().lexicon();
            FrameOptions options = bootstrap.options(lex);
            FrameScorer scorer = new FrameScorer(analyzer.analyzer(), lex);
            List<Row> out = new ArrayList<>();
            List<Document> batch = new ArrayList<>();
            List<Row> keys = new ArrayList<>();
            while (in.hasNext() || !batch.isEmpty()) {
                if (in.hasNext()) {
                    Row r = in.next();
                    keys.add(r);
                    batch.add(TermJob.document(r));
                }
                if (batch.size() == BATCH || (!in.hasNext() && !batch.isEmpty())) {
                    List<FrameScore> scores = new ArrayList<>(batch.size());
                    for (Document d : batch) {
                        scores.add(FrameScore.of(scorer.scoreWithoutVoices(d), options)); // the scores show no voice
                    }
                    Table t = FrameTables.scores(layout(batch, meta), scores, lex, w -> { });
                    for (int i = 0; i < t.rowCount(); i++) {
                        Object[] cells = new Object[width + 2];
                        cells[0] = keys.get(i).getString(0);
                        cells[1] = keys.get(i).getLong(1);
                        for (int k = 0; k < width; k++) {
                            Column<?> c = t.column(k);
                            cells[k + 2] = c.isMissing(i) ? null : c.get(i);
                        }
                        out.add(RowFactory.create(cells));
                    }
                    batch.clear();
                    keys.clear();
                }
            }
            return out.iterator();
        }, Encoders.row(schema))
                // kept (scores, no text): the sort samples its input before it sorts, which would score twice
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK())
                .orderBy(functions.col("_file"), functions.col("_row")).drop("_file", "_row");
        return new SparkTable("frame scores", rows);
    }

    /**
     * A corpus of these documents (their text left out) whose metadata columns are {@code meta} in
     * this order, as the whole corpus has them.
     */
    private static Corpus layout(List<Document> batch, List<String> meta) {
        List<Document> docs = new ArrayList<>(batch.size() + 1);
        Map<String, String> columns = new LinkedHashMap<>();
        for (String m : meta) {
            columns.put(m, "");
        }
        if (batch.isEmpty()) {
            docs.add(new Document("\u0000", "", "", columns));
        }
        for (Document d : batch) {
            Map<String, String> m = new LinkedHashMap<>(columns);
            for (String k : meta) {
                m.put(k, d.meta(k));
            }
            docs.add(new Document(d.id(), "", "", m));
        }
        return Corpus.of(docs);
    }
}

package dev.framelens.spark;

import dev.framelens.corpus.Document;
import dev.framelens.framing.DocumentFrames;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.FrameScorer;
import dev.framelens.framing.Lexicon;
import dev.framelens.framing.Side;
import dev.framelens.trend.Every;
import dev.framelens.trend.FrameTrends;
import dev.framelens.trend.Period;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Frames over time on Spark: {@link FrameTrends} with its steps spread over the cluster. Each
 * partition finds its documents' periods and groups ({@link FrameTrends#periodOf}, {@link
 * FrameTrends#groupOf}) and their alarm and reassurance weights with the engine's {@link FrameScorer}
 * (the lexicon broadcast once, as in {@link FrameJob}); the cluster gathers each period's (and
 * group's) documents, puts them in corpus order and computes its row with {@link FrameTrends#row}
 * (the sums and the document bootstrap in the order the engine adds and resamples them, so the
 * numbers are the engine's to the last bit); the driver receives one row per period and group and
 * the ids of the documents left out, and sorts them with {@link FrameTrends#trend}.
 *
 * <p>One difference: when several documents have a value that cannot be read, the error names one
 * of them, not necessarily the first in corpus order.
 */
final class TrendJob {
    /** One scored document (period null: no time value). */
    private static final StructType DOCS = new StructType()
            .add("_file", DataTypes.StringType, false)
            .add("_row", DataTypes.LongType, false)
            .add("doc", DataTypes.StringType, false)
            .add("key", DataTypes.LongType, true)
            .add("label", DataTypes.StringType, true)
            .add("start", DataTypes.LongType, true)
            .add("group", DataTypes.StringType, true)
            .add("alarm", DataTypes.DoubleType, false)
            .add("reassurance", DataTypes.DoubleType, false)
            .add("tokens", DataTypes.IntegerType, false);

    private static final StructType CELL = new StructType()
            .add("key", DataTypes.LongType, false)
            .add("label", DataTypes.StringType, false)
            .add("start", DataTypes.LongType, true)
            .add("group", DataTypes.StringType, true);

    private static final StructType ROWS = CELL
            .add("docs", DataTypes.IntegerType, false)
            .add("tokens", DataTypes.LongType, false)
            .add("alarm", DataTypes.DoubleType, false)
            .add("reassurance", DataTypes.DoubleType, false)
            .add("index", DataTypes.DoubleType, false)
            .add("low", DataTypes.DoubleType, false)
            .add("high", DataTypes.DoubleType, false);

    private TrendJob() {
    }

    /** {@link FrameTrends.Options} in a form Spark can ship: the columns, the periods, the bootstrap. */
    private record Spec(String timeColumn, Every.Unit unit, BigDecimal width, String groupColumn,
                        FrameJob.Bootstrap bootstrap, String source) implements Serializable {
        static Spec of(FrameTrends.Options o) {
            FrameOptions f = o.frames();
            return new Spec(o.timeColumn(), o.every().unit(), o.every().width(), o.groupColumn(),
                    new FrameJob.Bootstrap(f.resamples(), f.seed(), f.level()), o.source());
        }

        FrameTrends.Options options(Lexicon lexicon) {
            return new FrameTrends.Options(timeColumn, new Every(unit, width), groupColumn, bootstrap.options(lexicon),
                    source);
        }
    }

    /**
     * The trend {@link FrameTrends#compute} gives for these documents, scored with this analyzer and
     * lexicon; the bootstrap settings, columns, periods and source are {@code options}' (the lexicon
     * of {@code options.frames()} is not used).
     */
    static FrameTrends.Trend trend(SparkDocuments docs, AnalyzerSpec analyzer, LexiconSpec lexicon,
                                   FrameTrends.Options options) {
        FrameTrends.checkColumns(docs.metadataColumns(), options);
        lexicon.lexicon();
        Spec spec = Spec.of(options);
        Broadcast<LexiconSpec> shipped = JavaSparkContext.fromSparkContext(docs.rows().sparkSession().sparkContext())
                .broadcast(lexicon);
        Dataset<Row> scored = docs.rows().mapPartitions((MapPartitionsFunction<Row, Row>) in -> {
            Lexicon lex = shipped.value().lexicon();
            FrameTrends.Options o = spec.options(lex);
            FrameScorer scorer = new FrameScorer(analyzer.analyzer(), lex);
            return new SparkDocuments.Skipping(in, r -> {
                Document d = TermJob.document(r);
                Period p = FrameTrends.periodOf(d, o);
                if (p == null) {
                    return RowFactory.create(r.getString(0), r.getLong(1), d.id(), null, null, null, null, 0.0, 0.0, 0);
                }
                DocumentFrames f = scorer.scoreWithoutVoices(d);
                return RowFactory.create(r.getString(0), r.getLong(1), d.id(), p.key(), p.label(),
                        p.start() == null ? null : p.start().toEpochDay(), FrameTrends.groupOf(d, o),
                        f.weight(Side.ALARM), f.weight(Side.REASSURANCE), f.tokens());
            });
        }, Encoders.row(DOCS)).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            List<Row> cells = scored.filter(functions.col("key").isNotNull())
                    .groupByKey((MapFunction<Row, Row>) r -> RowFactory.create(r.<Long>getAs("key"), r.<String>getAs("label"),
                            r.<Long>getAs("start"), r.<String>getAs("group")), Encoders.row(CELL))
                    .flatMapGroups((FlatMapGroupsFunction<Row, Row, Row>) (cell, it) -> List.of(row(cell, it,
                            spec.bootstrap().options(shipped.value().lexicon()))).iterator(), Encoders.row(ROWS))
                    .collectAsList();
            List<Row> left = scored.filter(functions.col("key").isNull()).select("_file", "_row", "doc").collectAsList();
            List<FrameTrends.Row> rows = new ArrayList<>(cells.size());
            for (Row c : cells) {
                rows.add(new FrameTrends.Row(period(c), c.getString(3), c.getInt(4), c.getLong(5), c.getDouble(6),
                        c.getDouble(7), c.getDouble(8), c.getDouble(9), c.getDouble(10)));
            }
            List<Row> sorted = new ArrayList<>(left);
            sorted.sort(CORPUS_ORDER);
            List<String> skipped = new ArrayList<>(sorted.size());
            for (Row r : sorted) {
                skipped.add(r.getString(2));
            }
            return FrameTrends.trend(rows, skipped, spec.options(lexicon.lexicon()));
        } finally {
            scored.unpersist();
        }
    }

    /** Rows whose first two columns are {@code _file, _row}, in corpus order. */
    private static final Comparator<Row> CORPUS_ORDER = Comparator.<Row, String>comparing(r -> r.getString(0))
            .thenComparingLong(r -> r.getLong(1));

    private static Period period(Row cell) {
        return new Period(cell.getString(1), cell.getLong(0), cell.isNullAt(2) ? null : LocalDate.ofEpochDay(cell.getLong(2)));
    }

    /** One period's (and group's) row: its documents in corpus order, then {@link FrameTrends#row}. */
    private static Row row(Row cell, java.util.Iterator<Row> it, FrameOptions frames) {
        List<Row> docs = new ArrayList<>();
        it.forEachRemaining(docs::add);
        docs.sort(CORPUS_ORDER);
        double[] a = new double[docs.size()];
        double[] r = new double[docs.size()];
        long tokens = 0;
        for (int i = 0; i < a.length; i++) {
            Row d = docs.get(i);
            a[i] = d.getDouble(7);
            r[i] = d.getDouble(8);
            tokens += d.getInt(9);
        }
        String group = cell.isNullAt(3) ? null : cell.getString(3);
        FrameTrends.Row t = FrameTrends.row(period(cell), group, a, r, tokens, frames);
        return RowFactory.create(cell.getLong(0), cell.getString(1), cell.isNullAt(2) ? null : cell.getLong(2), group,
                t.docs(), t.tokens(), t.alarm(), t.reassurance(), t.alarmIndex(), t.ciLow(), t.ciHigh());
    }
}

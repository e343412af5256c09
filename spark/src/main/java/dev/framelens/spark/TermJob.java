package dev.framelens.spark;

import dev.framelens.corpus.Document;
import dev.framelens.count.TermCounts;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.Terms;
import dev.framelens.stats.TfIdf;
import dev.framelens.table.Columns;
import dev.framelens.table.TermTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Term frequencies on Spark. Each partition counts its documents with the engine's
 * {@link TermStatistics.Builder} (the analyzer, n-grams and counters of {@code framelens terms});
 * the cluster adds the partitions' counts per term (documents are disjoint, so document frequencies
 * add too) and sorts; {@code per_1k} is {@link TermTables#per1k} and tf-idf {@link TfIdf}'s smooth
 * idf with L2-normalised rows, computed per document from the corpus-wide document frequencies.
 */
final class TermJob {
    private static final StructType PARTIAL = new StructType()
            .add("term", DataTypes.StringType, true)
            .add("count", DataTypes.LongType, false)
            .add("df", DataTypes.LongType, false);

    private static final StructType ENTRIES = new StructType()
            .add("_file", DataTypes.StringType, false)
            .add("_row", DataTypes.LongType, false)
            .add("k", DataTypes.IntegerType, false)
            .add("doc", DataTypes.StringType, true)
            .add("term", DataTypes.StringType, true)
            .add("n", DataTypes.IntegerType, false)
            .add("doc_total", DataTypes.LongType, false);

    private TermJob() {
    }

    /** Java's String order ({@link String#compareTo}, UTF-16 code units) as a Spark sort key. */
    static org.apache.spark.sql.Column javaOrder(String column) {
        return functions.encode(functions.col(column), "UTF-16BE");
    }

    /** {@code term, count, doc_freq, per_1k}, by count descending, ties by term. */
    static SparkTable corpus(SparkDocuments docs, AnalyzerSpec analyzer, int ngram) {
        Dataset<Row> partial = partialCounts(docs, analyzer, ngram)
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        Row totals = partial.filter(functions.col("term").isNull())
                .agg(functions.sum("count"), functions.sum("df")).first();
        long total = totals.isNullAt(0) ? 0 : totals.getLong(0);
        StructType schema = new StructType()
                .add(Columns.TERM, DataTypes.StringType, false)
                .add(Columns.COUNT, DataTypes.LongType, false)
                .add(Columns.DOC_FREQ, DataTypes.LongType, false)
                .add(Columns.PER_1K, DataTypes.DoubleType, false);
        Dataset<Row> table = partial.filter(functions.col("term").isNotNull())
                .groupBy("term").agg(functions.sum("count").as("count"), functions.sum("df").as("df"))
                .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0), r.getLong(1), r.getLong(2),
                        TermTables.per1k(r.getLong(1), total)), Encoders.row(schema))
                .orderBy(functions.col(Columns.COUNT).desc(), javaOrder(Columns.TERM).asc());
        return new SparkTable("terms", table);
    }

    /**
     * Each partition's counts with the engine's {@link TermStatistics.Builder}: {@code term, count, df}
     * per term it has, and one row of term null with its token total and number of documents.
     */
    static Dataset<Row> partialCounts(SparkDocuments docs, AnalyzerSpec analyzer, int ngram) {
        return docs.rows().mapPartitions((MapPartitionsFunction<Row, Row>) in -> {
            TermStatistics.Builder b = new TermStatistics.Builder(analyzer.analyzer(), ngram, false);
            while (in.hasNext()) {
                b.add(document(in.next()));
            }
            TermStatistics stats = b.build();
            Terms v = stats.vocabulary();
            TermCounts c = stats.counter();
            List<Row> out = new ArrayList<>(v.size() + 1);
            for (int id = 0; id < v.size(); id++) {
                if (c.count(id) > 0) {
                    out.add(RowFactory.create(v.term(id), c.count(id), (long) c.documentFrequency(id)));
                }
            }
            out.add(RowFactory.create(null, c.total(), (long) c.documents()));
            return out.iterator();
        }, Encoders.row(PARTIAL));
    }

    /**
     * {@code doc, term, count, per_1k, tf_idf}: documents in corpus order, within one by tf-idf
     * descending, ties by term, at most {@code top} rows a document (0: all).
     */
    static SparkTable byDocument(SparkDocuments docs, AnalyzerSpec analyzer, int ngram, int top) {
        Dataset<Row> entries = docs.rows().mapPartitions((MapPartitionsFunction<Row, Row>) in -> {
            TermStatistics.Builder b = new TermStatistics.Builder(analyzer.analyzer(), ngram, true);
            List<String> files = new ArrayList<>();
            List<Long> rows = new ArrayList<>();
            while (in.hasNext()) {
                Row r = in.next();
                files.add(r.getString(0));
                rows.add(r.getLong(1));
                b.add(document(r));
            }
            TermStatistics stats = b.build();
            Terms v = stats.vocabulary();
            TermCounts c = stats.counter();
            List<Row> out = new ArrayList<>();
            for (int d = 0; d < c.documents(); d++) {
                String id = stats.documentIds().get(d);
                for (int e = c.vectorStart(d); e < c.vectorStart(d + 1); e++) {
                    out.add(RowFactory.create(files.get(d), rows.get(d), e - c.vectorStart(d), id, v.term(c.vectorId(e)),
                            c.vectorCount(e), c.documentTotal(d)));
                }
            }
            // one row per partition with its number of documents (n of the idf)
            out.add(RowFactory.create("", -1L, -1, null, null, c.documents(), 0L));
            return out.iterator();
        }, Encoders.row(ENTRIES)).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        Row n = entries.filter(functions.col("k").equalTo(-1)).agg(functions.sum("n")).first();
        long documents = n.isNullAt(0) ? 0 : n.getLong(0);
        Dataset<Row> terms = entries.filter(functions.col("k").geq(0));
        Dataset<Row> df = terms.groupBy("term").agg(functions.count(functions.lit(1)).as("df"));
        StructType schema = new StructType()
                .add("_file", DataTypes.StringType, false)
                .add("_row", DataTypes.LongType, false)
                .add("_rank", DataTypes.IntegerType, false)
                .add(Columns.DOC, DataTypes.StringType, false)
                .add(Columns.TERM, DataTypes.StringType, false)
                .add(Columns.COUNT, DataTypes.IntegerType, false)
                .add(Columns.PER_1K, DataTypes.DoubleType, false)
                .add(Columns.TF_IDF, DataTypes.DoubleType, false);
        Dataset<Row> rows = terms.join(df, "term")
                .groupByKey((MapFunction<Row, Row>) r -> RowFactory.create(r.<String>getAs("_file"), r.<Long>getAs("_row")),
                        Encoders.row(new StructType().add("_file", DataTypes.StringType).add("_row", DataTypes.LongType)))
                .flatMapGroups((FlatMapGroupsFunction<Row, Row, Row>) (key, it) -> weigh(it, documents, top),
                        Encoders.row(schema))
                // kept: the sort samples its input before it sorts
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK())
                .orderBy(functions.col("_file"), functions.col("_row"), functions.col("_rank"))
                .drop("_file", "_row", "_rank");
        return new SparkTable("terms by document", rows);
    }

    /** One document's rows: the engine's tf-idf over its vector in counting order, sorted as the engine sorts. */
    private static Iterator<Row> weigh(Iterator<Row> it, long documents, int top) {
        List<Row> entries = new ArrayList<>();
        it.forEachRemaining(entries::add);
        entries.sort(Comparator.comparingInt(r -> r.<Integer>getAs("k")));
        int size = entries.size();
        int[] counts = new int[size];
        double[] idf = new double[size];
        String[] terms = new String[size];
        for (int k = 0; k < size; k++) {
            Row r = entries.get(k);
            counts[k] = r.<Integer>getAs("n");
            terms[k] = r.getAs("term");
            idf[k] = TfIdf.smoothIdf(documents, r.<Long>getAs("df"));
        }
        double[] weights = TfIdf.l2Normalise(TfIdf.weights(counts, idf));
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> -weights[k]).thenComparing(k -> terms[k]));
        int rows = top > 0 ? Math.min(top, size) : size;
        List<Row> out = new ArrayList<>(rows);
        for (int rank = 0; rank < rows; rank++) {
            int k = order[rank];
            Row r = entries.get(k);
            out.add(RowFactory.create(r.getAs("_file"), r.getAs("_row"), rank, r.getAs("doc"), terms[k], counts[k],
                    TermTables.per1k(counts[k], r.<Long>getAs("doc_total")), weights[k]));
        }
        return out.iterator();
    }

    /** A document row as the engine's {@link Document} (id, text, metadata). */
    static Document document(Row r) {
        scala.collection.Map<String, String> meta = r.getMap(4);
        Map<String, String> m = scala.jdk.javaapi.CollectionConverters.asJava(meta);
        return new Document(r.getString(2), "", r.getString(3), m);
    }
}

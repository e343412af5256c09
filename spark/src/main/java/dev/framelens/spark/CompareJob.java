package dev.framelens.spark;

import dev.framelens.corpus.Document;
import dev.framelens.count.TermCounts;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.Terms;
import dev.framelens.framing.CompareOptions;
import dev.framelens.framing.GroupComparison;
import dev.framelens.table.CompareTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * Group comparison on Spark: each partition counts the terms of each group's documents with the
 * engine's {@link TermStatistics.Builder}, the cluster adds the counts per group and term, and the
 * driver applies the engine's {@link GroupComparison#compare(GroupComparison.Counts, CompareOptions,
 * dev.framelens.text.Analyzer)} (Monroe et al.'s log-odds with a Dirichlet prior, Dunning's G²) to
 * the aggregated counts, one term per row: the vocabulary of two groups, not the corpus, reaches
 * the driver.
 */
final class CompareJob {
    private static final StructType COUNTS = new StructType()
            .add("group", DataTypes.StringType, false)
            .add("term", DataTypes.StringType, true)
            .add("count", DataTypes.LongType, false);

    private CompareJob() {
    }

    /** The distinct non-empty values of metadata column {@code column}, sorted (the engine's group values). */
    static List<String> values(SparkDocuments docs, String column) {
        checkColumn(docs, column);
        List<Row> rows = docs.rows().select(functions.col("meta").getItem(column)).distinct().collectAsList();
        TreeSet<String> values = new TreeSet<>();
        for (Row r : rows) {
            if (!r.isNullAt(0) && !r.getString(0).isEmpty()) {
                values.add(r.getString(0));
            }
        }
        return new ArrayList<>(values);
    }

    private static void checkColumn(SparkDocuments docs, String column) {
        List<String> columns = docs.metadataColumns();
        if (!columns.contains(column)) {
            throw new IllegalArgumentException(columns.isEmpty()
                    ? "no metadata column '" + column + "': the corpus has no metadata (add more columns to it)"
                    : "no metadata column '" + column + "'; the columns are " + columns);
        }
    }

    /** Token counts per value of {@code column} and term (term null: the value's token total), collected. */
    private static Map<String, Map<String, Long>> counts(SparkDocuments docs, String column, AnalyzerSpec analyzer) {
        Dataset<Row> partial = docs.rows().mapPartitions((MapPartitionsFunction<Row, Row>) in -> {
            Map<String, TermStatistics.Builder> builders = new HashMap<>();
            while (in.hasNext()) {
                Document d = TermJob.document(in.next());
                builders.computeIfAbsent(d.meta(column), g -> new TermStatistics.Builder(analyzer.analyzer(), 1, false)).add(d);
            }
            List<Row> out = new ArrayList<>();
            for (Map.Entry<String, TermStatistics.Builder> e : builders.entrySet()) {
                TermStatistics s = e.getValue().build();
                Terms v = s.vocabulary();
                TermCounts c = s.counter();
                for (int id = 0; id < v.size(); id++) {
                    if (c.count(id) > 0) {
                        out.add(RowFactory.create(e.getKey(), v.term(id), c.count(id)));
                    }
                }
                out.add(RowFactory.create(e.getKey(), null, c.total()));
            }
            return out.iterator();
        }, Encoders.row(COUNTS));
        List<Row> summed = partial.groupBy("group", "term").agg(functions.sum("count")).collectAsList();
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (Row r : summed) {
            out.computeIfAbsent(r.getString(0), g -> new HashMap<>()).put(r.isNullAt(1) ? null : r.getString(1), r.getLong(2));
        }
        return out;
    }

    /**
     * {@code column = a} against {@code column = b}: the engine's compare table.
     *
     * @throws IllegalArgumentException for an unknown column, equal values or a value no document has
     */
    static Table compare(SparkDocuments docs, String column, String a, String b, CompareOptions options,
                         AnalyzerSpec analyzer) {
        List<String> values = values(docs, column);
        if (a.equals(b)) {
            throw new IllegalArgumentException("both groups are " + column + " = '" + a
                    + "'; choose two different values of " + values);
        }
        for (String v : List.of(a, b)) {
            if (!values.contains(v)) {
                throw new IllegalArgumentException("no document has " + column + " = '" + v + "'; the values of "
                        + column + " are " + values);
            }
        }
        String col = column;
        SparkDocuments two = docs.withRows(docs.rows().filter(functions.col("meta").getItem(col).isin(a, b)));
        Map<String, Map<String, Long>> counts = counts(two, column, analyzer);
        return CompareTables.table(GroupComparison.compare(pair(counts.get(a), counts.get(b)), options,
                analyzer.analyzer()));
    }

    /** Each value of {@code column} (sorted) against every other document: the engine's one-vs-rest table. */
    static Table oneVsRest(SparkDocuments docs, String column, CompareOptions options, AnalyzerSpec analyzer) {
        List<String> values = values(docs, column);
        if (values.size() < 2) {
            throw new IllegalArgumentException("column " + column + " has " + (values.isEmpty() ? "no values"
                    : "only the value '" + values.get(0) + "'") + "; comparing groups needs at least two");
        }
        Map<String, Map<String, Long>> counts = counts(docs, column, analyzer);
        Map<String, Long> all = new HashMap<>();
        for (Map<String, Long> m : counts.values()) {
            m.forEach((t, n) -> all.merge(t, n, Long::sum));
        }
        List<GroupComparison.Groups> groups = new ArrayList<>();
        List<List<GroupComparison.Row>> rows = new ArrayList<>();
        for (String v : values) {
            Map<String, Long> in = counts.get(v);
            Map<String, Long> rest = new HashMap<>(all);
            in.forEach((t, n) -> rest.merge(t, -n, Long::sum));
            groups.add(new GroupComparison.Groups(v, List.of(), List.of()));
            rows.add(GroupComparison.compare(pair(in, rest), options, analyzer.analyzer()));
        }
        return CompareTables.oneVsRest(groups, rows);
    }

    /** The engine's counts of two groups from their term → count maps (key null: the token total). */
    private static GroupComparison.Counts pair(Map<String, Long> a, Map<String, Long> b) {
        TreeSet<String> terms = new TreeSet<>();
        for (Map<String, Long> m : List.of(a, b)) {
            for (String t : m.keySet()) {
                if (t != null) {
                    terms.add(t);
                }
            }
        }
        String[] list = terms.toArray(new String[0]);
        long[] countA = new long[list.length];
        long[] countB = new long[list.length];
        for (int k = 0; k < list.length; k++) {
            countA[k] = a.getOrDefault(list[k], 0L);
            countB[k] = b.getOrDefault(list[k], 0L);
        }
        return new GroupComparison.Counts(list, countA, countB, a.getOrDefault(null, 0L), b.getOrDefault(null, 0L));
    }
}

package dev.framelens.spark;

import dev.framelens.corpus.Document;
import dev.framelens.count.TermCounts;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.Terms;
import dev.framelens.framing.CompareOptions;
import dev.framelens.framing.GroupComparison;
import dev.framelens.table.CompareTables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    /** The group a document is counted in, or null for none. */
    interface Grouping extends Serializable {
        String of(Document d);
    }

    /** Token counts per group and term (term null: the group's token total), collected. */
    private static Map<String, Map<String, Long>> counts(SparkDocuments docs, Grouping grouping, AnalyzerSpec analyzer) {
        Dataset<Row> partial = docs.rows().mapPartitions((MapPartitionsFunction<Row, Row>) in -> {
            Map<String, TermStatistics.Builder> builders = new HashMap<>();
            while (in.hasNext()) {
                Document d = TermJob.document(in.next());
                String group = grouping.of(d);
                if (group != null) {
                    builders.computeIfAbsent(group, g -> new TermStatistics.Builder(analyzer.analyzer(), 1, false)).add(d);
                }
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
     * @param background the corpus whose term shares give the prior, or null for the pooled prior
     * @throws IllegalArgumentException for an unknown column, equal values or a value no document has
     */
    static Table compare(SparkDocuments docs, String column, String a, String b, CompareOptions options,
                         AnalyzerSpec analyzer, SparkDocuments background) {
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
        Map<String, Map<String, Long>> counts = counts(two, d -> d.meta(col), analyzer);
        return CompareTables.table(GroupComparison.compare(pair(counts.get(a), counts.get(b)), options,
                background(background, analyzer, counts)));
    }

    /** Each value of {@code column} (sorted) against every other document: the engine's one-vs-rest table. */
    static Table oneVsRest(SparkDocuments docs, String column, CompareOptions options, AnalyzerSpec analyzer,
                           SparkDocuments background) {
        List<String> values = values(docs, column);
        if (values.size() < 2) {
            throw new IllegalArgumentException("column " + column + " has " + (values.isEmpty() ? "no values"
                    : "only the value '" + values.get(0) + "'") + "; comparing groups needs at least two");
        }
        String col = column;
        Map<String, Map<String, Long>> counts = counts(docs, d -> d.meta(col), analyzer);
        Map<String, Long> all = new HashMap<>();
        for (Map<String, Long> m : counts.values()) {
            m.forEach((t, n) -> all.merge(t, n, Long::sum));
        }
        GroupComparison.Background prior = background(background, analyzer, counts);
        List<GroupComparison.Groups> groups = new ArrayList<>();
        List<List<GroupComparison.Row>> rows = new ArrayList<>();
        for (String v : values) {
            Map<String, Long> in = counts.get(v);
            Map<String, Long> rest = new HashMap<>(all);
            in.forEach((t, n) -> rest.merge(t, -n, Long::sum));
            groups.add(new GroupComparison.Groups(v, List.of(), List.of()));
            rows.add(GroupComparison.compare(pair(in, rest), options, prior));
        }
        return CompareTables.oneVsRest(groups, rows);
    }

    /**
     * Two lists of document ids against each other (the ids as the corpus has them; see {@link
     * #resolve}): the engine's {@code compare --docs-a --docs-b} table, with its checks.
     *
     * @throws IllegalArgumentException for an empty list or a document in both lists
     */
    static Table compareDocuments(SparkDocuments docs, List<String> a, List<String> b, CompareOptions options,
                                  AnalyzerSpec analyzer, SparkDocuments background) {
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("group " + (a.isEmpty() ? "a" : "b") + " has no documents; list at least one id");
        }
        HashSet<String> inA = new HashSet<>(a);
        HashSet<String> inB = new HashSet<>(b);
        for (String id : b) {
            if (inA.contains(id)) {
                throw new IllegalArgumentException("document '" + id + "' is in both groups; a document belongs to one");
            }
        }
        Map<String, Map<String, Long>> counts = counts(docs, d -> inA.contains(d.id()) ? "a"
                : inB.contains(d.id()) ? "b" : null, analyzer);
        return CompareTables.table(GroupComparison.compare(pair(counts.getOrDefault("a", Map.of()),
                counts.getOrDefault("b", Map.of())), options, background(background, analyzer, counts)));
    }

    /**
     * Document ids as a user types them: each the exact id or a prefix of exactly one id (the rule of
     * the engine's {@code --docs-a}); blank entries are dropped.
     *
     * @throws IllegalArgumentException for an entry that is no id and no prefix, or the prefix of several
     */
    static List<String> resolve(SparkDocuments docs, List<String> typed) {
        List<String> wanted = new ArrayList<>();
        for (String t : typed) {
            if (!t.isBlank()) {
                wanted.add(t.strip());
            }
        }
        if (wanted.isEmpty()) {
            return wanted;
        }
        // the entries that are ids (one query), then each other entry's first matches in corpus order
        HashSet<String> exact = new HashSet<>();
        for (Row r : docs.rows().select("doc").filter(functions.col("doc").isin(wanted.toArray())).collectAsList()) {
            exact.add(r.getString(0));
        }
        List<String> out = new ArrayList<>();
        for (String t : wanted) {
            if (exact.contains(t)) {
                out.add(t);
                continue;
            }
            List<String> matches = new ArrayList<>();
            for (Row r : docs.rows().filter(functions.col("doc").startsWith(t)).orderBy("_file", "_row").select("doc")
                    .limit(MATCHES_SHOWN + 1).collectAsList()) {
                matches.add(r.getString(0));
            }
            if (matches.size() == 1) {
                out.add(matches.get(0));
            } else if (matches.isEmpty()) {
                throw new IllegalArgumentException("no document '" + t + "' in the corpus; ids are " + someIds(docs));
            } else {
                throw new IllegalArgumentException("'" + t + "' is the start of several ids "
                        + (matches.size() > MATCHES_SHOWN ? matches.subList(0, MATCHES_SHOWN) + " …" : matches)
                        + "; type more of it");
            }
        }
        return out;
    }

    /** Ids that start an entry listed at most in the message of an ambiguous entry. */
    private static final int MATCHES_SHOWN = 20;

    /** The first 20 ids in corpus order and, when there are more, how many: for a message. */
    private static String someIds(SparkDocuments docs) {
        List<Row> first = docs.rows().orderBy("_file", "_row").select("doc").limit(21).collectAsList();
        List<String> ids = new ArrayList<>();
        for (Row r : first) {
            ids.add(r.getString(0));
        }
        return ids.size() > 20 ? ids.subList(0, 20) + " … (" + docs.rows().count() + " in all)" : ids.toString();
    }

    /**
     * A background corpus for the prior, counted on the cluster with the engine's {@link
     * TermStatistics.Builder} as {@link GroupComparison} counts one: its token total, its distinct
     * terms, and b_w of the groups' terms (only those reach the driver); null without a background.
     */
    private static GroupComparison.Background background(SparkDocuments background, AnalyzerSpec analyzer,
                                                         Map<String, Map<String, Long>> groups) {
        if (background == null) {
            return null;
        }
        TreeSet<String> terms = new TreeSet<>();
        for (Map<String, Long> m : groups.values()) {
            for (String t : m.keySet()) {
                if (t != null) {
                    terms.add(t);
                }
            }
        }
        Dataset<Row> partial = TermJob.partialCounts(background, analyzer, 1)
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            Row totals = partial.filter(functions.col("term").isNull()).agg(functions.sum("count")).first();
            long total = totals.isNullAt(0) ? 0 : totals.getLong(0);
            Dataset<Row> perTerm = partial.filter(functions.col("term").isNotNull())
                    .groupBy("term").agg(functions.sum("count").as("count"));
            long distinct = perTerm.count();
            Dataset<Row> wanted = background.rows().sparkSession()
                    .createDataset(new ArrayList<>(terms), Encoders.STRING()).toDF("term");
            Map<String, Long> counts = new HashMap<>();
            for (Row r : perTerm.join(wanted, "term").collectAsList()) {
                counts.put(r.getString(0), r.getLong(1));
            }
            return new GroupComparison.Background(t -> counts.getOrDefault(t, 0L), total, distinct);
        } finally {
            partial.unpersist();
        }
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

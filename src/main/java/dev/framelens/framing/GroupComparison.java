package dev.framelens.framing;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.count.GroupCounts;
import dev.framelens.count.TermCounts;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.Terms;
import dev.framelens.stats.Keyness;
import dev.framelens.stats.LogOdds;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which terms distinguish two groups of documents: the log-odds ratio with informative Dirichlet
 * prior of Monroe, Colaresi &amp; Quinn (2008), "Fightin' words", Political Analysis 16(4) — the
 * statistic of scattertext and tidylo — with Dunning's (1993) signed four-cell G² beside it.
 *
 * <p>For a term w with counts y_a, y_b among the n_a, n_b tokens of the groups:
 * <pre>
 *   α_w = α0 · π_w
 *   δ_w = ln[(y_a + α_w) / (n_a + α0 − y_a − α_w)] − ln[(y_b + α_w) / (n_b + α0 − y_b − α_w)]
 *   σ²  = 1/(y_a + α_w) + 1/(y_b + α_w),   z = δ_w / σ
 *   g2  = Dunning's G² over (y_a, y_b, n_a − y_a, n_b − y_b), positive when w is relatively more
 *         frequent in group a ({@link Keyness#signedG2FourCell})
 * </pre>
 * computed by {@link LogOdds#pooled} / {@link LogOdds#estimate}. The prior π_w is
 * <ul>
 *   <li>by default the term's share of the pooled tokens of both groups,
 *       π_w = (y_a + y_b) / (n_a + n_b);</li>
 *   <li>with a background corpus, its add-one (Laplace) smoothed share there,
 *       π_w = (b_w + 1) / (B + V), with b_w the term's count among the background's B tokens and V
 *       the number of distinct terms of the background and the two groups together. Monroe et al.
 *       take the prior from a large background corpus; the smoothing gives a term the background
 *       never uses a small prior instead of none, so it is not dropped, and Σ_w π_w = 1 over
 *       those V terms.</li>
 * </ul>
 *
 * <p>Tokens are the analyzer's stream, the one the {@code tokens} table exports (stop words removed
 * by default, phrases merged). Only terms that occur in at least one group are listed (a term in
 * neither has no estimate). Rows are sorted by z (descending), ties by term.
 */
public final class GroupComparison {
    /** z descending (−0.0 and 0.0 alike), ties by term. */
    private static final Comparator<Row> BY_Z = (x, y) -> {
        int c = Double.compare(y.z() + 0.0, x.z() + 0.0);
        return c != 0 ? c : x.term().compareTo(y.term());
    };

    private GroupComparison() {
    }

    /**
     * One term's comparison.
     *
     * @param term   the term
     * @param countA y_a, its count in group a
     * @param countB y_b
     * @param per1kA 1000 · y_a / n_a
     * @param per1kB 1000 · y_b / n_b
     * @param delta  δ_w, the log-odds ratio with prior (positive: over-represented in a)
     * @param z      δ_w / σ
     * @param g2     signed four-cell G²
     */
    public record Row(String term, long countA, long countB, double per1kA, double per1kB, double delta, double z,
                      double g2) {
    }

    /**
     * Two groups of documents.
     *
     * @param label what group a is (a metadata value, or a description) — the {@code group} column
     *              of a one-vs-rest table
     * @param a     ids of group a's documents, in corpus order
     * @param b     ids of group b's documents, in corpus order
     */
    public record Groups(String label, List<String> a, List<String> b) {
        public Groups {
            a = List.copyOf(a);
            b = List.copyOf(b);
        }
    }

    /**
     * Groups by a metadata column: a = documents whose {@code column} equals {@code valueA}, b = those
     * equal to {@code valueB}.
     *
     * @throws IllegalArgumentException for an unknown column, equal values, or a value no document has
     *         (the message lists the values present)
     */
    public static Groups byColumn(Corpus corpus, String column, String valueA, String valueB) {
        List<String> values = values(corpus, column);
        if (valueA.equals(valueB)) {
            throw new IllegalArgumentException("both groups are " + column + " = '" + valueA
                    + "'; choose two different values of " + values);
        }
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (Document d : corpus) {
            String v = d.meta(column);
            if (v.equals(valueA)) {
                a.add(d.id());
            } else if (v.equals(valueB)) {
                b.add(d.id());
            }
        }
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("no document has " + column + " = '" + (a.isEmpty() ? valueA : valueB)
                    + "'; the values of " + column + " are " + values);
        }
        return new Groups(valueA, a, b);
    }

    /**
     * Groups from explicit document lists.
     *
     * @throws IllegalArgumentException for an unknown id, an empty list or a document in both lists
     */
    public static Groups byDocuments(Corpus corpus, List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("group " + (a.isEmpty() ? "a" : "b") + " has no documents; list at least one id");
        }
        Set<String> inA = new LinkedHashSet<>();
        for (String id : a) {
            corpus.get(id);
            inA.add(id);
        }
        Set<String> inB = new LinkedHashSet<>();
        for (String id : b) {
            corpus.get(id);
            if (inA.contains(id)) {
                throw new IllegalArgumentException("document '" + id + "' is in both groups; a document belongs to one");
            }
            inB.add(id);
        }
        List<String> orderedA = new ArrayList<>();
        List<String> orderedB = new ArrayList<>();
        for (Document d : corpus) {
            if (inA.contains(d.id())) {
                orderedA.add(d.id());
            } else if (inB.contains(d.id())) {
                orderedB.add(d.id());
            }
        }
        return new Groups(String.join(",", orderedA), orderedA, orderedB);
    }

    /**
     * One group per value of {@code column}, each against all other documents (one-vs-rest), values
     * in sorted order. Documents without a value are never a group of their own but belong to every
     * "rest".
     *
     * @throws IllegalArgumentException for an unknown column or one with fewer than two values
     */
    public static List<Groups> oneVsRest(Corpus corpus, String column) {
        List<String> values = values(corpus, column);
        checkTwoValues(values, column);
        List<Groups> out = new ArrayList<>();
        for (String v : values) {
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            for (Document d : corpus) {
                (d.meta(column).equals(v) ? a : b).add(d.id());
            }
            out.add(new Groups(v, a, b));
        }
        return out;
    }

    /**
     * The distinct non-empty values of a metadata column, sorted.
     *
     * @throws IllegalArgumentException for an unknown column (the message lists the columns)
     */
    public static List<String> values(Corpus corpus, String column) {
        checkColumn(corpus.metadataColumns(), column);
        Set<String> values = new TreeSet<>();
        for (Document d : corpus) {
            String v = d.meta(column);
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return new ArrayList<>(values);
    }

    /**
     * The distinct non-empty values of {@code column}, sorted, from counts grouped by that column's
     * value ({@link #groupOf}).
     *
     * @param metadataColumns the corpus's metadata columns (to check that {@code column} is one)
     * @throws IllegalArgumentException for an unknown column (the message lists the columns)
     */
    public static List<String> values(List<String> metadataColumns, GroupCounts byValue, String column) {
        checkColumn(metadataColumns, column);
        Set<String> values = new TreeSet<>(byValue.groups());
        values.remove("");
        return new ArrayList<>(values);
    }

    /** The group a document is counted into when groups are the values of {@code column}: its value ({@code ""} for none). */
    public static String groupOf(Document d, String column) {
        return d.meta(column);
    }

    private static void checkColumn(List<String> columns, String column) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException(columns.isEmpty()
                    ? "no metadata column '" + column + "': the corpus has no metadata (add a metadata.csv with a doc "
                            + "column, or more columns to the CSV/JSONL)"
                    : "no metadata column '" + column + "'; the columns are " + columns);
        }
    }

    /**
     * {@code column = valueA} against {@code column = valueB}, from counts grouped by the column's
     * value: the rows, checks and messages of {@link #byColumn} and {@link #compare(TermStatistics,
     * Groups, CompareOptions, Analyzer)}, for a corpus that was streamed.
     *
     * @param metadataColumns the corpus's metadata columns
     */
    public static List<Row> compareValues(GroupCounts byValue, List<String> metadataColumns, String column,
                                          String valueA, String valueB, CompareOptions options, Analyzer analyzer) {
        List<String> values = values(metadataColumns, byValue, column);
        if (valueA.equals(valueB)) {
            throw new IllegalArgumentException("both groups are " + column + " = '" + valueA
                    + "'; choose two different values of " + values);
        }
        for (String v : List.of(valueA, valueB)) {
            if (v.isEmpty() || byValue.documents(v) == 0) {
                throw new IllegalArgumentException("no document has " + column + " = '" + v
                        + "'; the values of " + column + " are " + values);
            }
        }
        return compare(byValue, List.of(valueA), List.of(valueB), options, analyzer);
    }

    /**
     * One-vs-rest from counts grouped by the value of {@code column}: each value (sorted) against
     * every other document, documents without a value included; the rows of {@link #oneVsRest} and
     * {@link #compare(TermStatistics, Groups, CompareOptions, Analyzer)} for each.
     *
     * @return value → its rows, in sorted order of the values
     * @throws IllegalArgumentException for an unknown column or one with fewer than two values
     */
    public static Map<String, List<Row>> compareOneVsRest(GroupCounts byValue, List<String> metadataColumns,
                                                          String column, CompareOptions options, Analyzer analyzer) {
        List<String> values = values(metadataColumns, byValue, column);
        checkTwoValues(values, column);
        Map<String, List<Row>> out = new java.util.LinkedHashMap<>();
        for (String v : values) {
            List<String> rest = new ArrayList<>(byValue.groups());
            rest.remove(v);
            out.put(v, compare(byValue, List.of(v), rest, options, analyzer));
        }
        return out;
    }

    private static void checkTwoValues(List<String> values, String column) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("column " + column + " has " + (values.isEmpty() ? "no values"
                    : "only the value '" + values.get(0) + "'") + "; comparing groups needs at least two");
        }
    }

    /**
     * Compares the documents of groups {@code a} with those of groups {@code b} of streamed counts
     * (each side the sum of its groups); as {@link #compare(TermStatistics, Groups, CompareOptions,
     * Analyzer)} otherwise.
     */
    public static List<Row> compare(GroupCounts counts, java.util.Collection<String> a, java.util.Collection<String> b,
                                    CompareOptions options, Analyzer analyzer) {
        long[] sumA = counts.sum(a);
        long[] sumB = counts.sum(b);
        int n = counts.vocabulary().size();
        return rows(counts.vocabulary(), sumA, sumA[n], sumB, sumB[n], ids(counts, a), ids(counts, b), options, analyzer);
    }

    /** The ids of some groups' documents for a message: all of them, or the first ones and how many. */
    private static String ids(GroupCounts counts, java.util.Collection<String> groups) {
        List<String> ids = new ArrayList<>();
        int all = 0;
        for (String g : groups) {
            all += counts.documents(g);
            ids.addAll(counts.firstIds(g));
        }
        return all > ids.size() || ids.size() > GroupCounts.IDS_KEPT
                ? ids.subList(0, Math.min(ids.size(), GroupCounts.IDS_KEPT)) + " … (" + all + " in all)" : ids.toString();
    }

    /**
     * Compares two groups.
     *
     * @param stats    term counts of the corpus with document vectors kept
     * @param groups   the two groups (ids of documents counted in {@code stats})
     * @param options  α0, min count, top and background
     * @param analyzer the pipeline that counts the background corpus (the one {@code stats} used)
     * @return rows sorted by z descending, ties by term
     * @throws IllegalArgumentException if a group has no tokens
     */
    public static List<Row> compare(TermStatistics stats, Groups groups, CompareOptions options, Analyzer analyzer) {
        Terms v = stats.vocabulary();
        TermCounts c = stats.counter();
        Map<String, Integer> index = new HashMap<>();
        for (int d = 0; d < stats.documentIds().size(); d++) {
            index.put(stats.documentIds().get(d), d);
        }
        long[] countA = new long[v.size()];
        long[] countB = new long[v.size()];
        long totalA = add(c, index, groups.a(), countA);
        long totalB = add(c, index, groups.b(), countB);
        return rows(v, countA, totalA, countB, totalB, groups.a().toString(), groups.b().toString(), options, analyzer);
    }

    /** The rows of terms counted {@code countA} / {@code countB} (by term id) among totalA / totalB tokens. */
    private static List<Row> rows(Terms v, long[] countA, long totalA, long[] countB, long totalB, String idsA,
                                  String idsB, CompareOptions options, Analyzer analyzer) {
        if (totalA == 0 || totalB == 0) {
            throw new IllegalArgumentException("group " + (totalA == 0 ? "a " + idsA : "b " + idsB)
                    + " has no tokens after filtering; choose documents with text");
        }
        String[] terms = new String[v.size()];
        for (int id = 0; id < terms.length; id++) {
            terms[id] = v.term(id);
        }
        // a counter's arrays may be longer than its vocabulary (grown ahead) or shorter (terms interned after)
        return compare(new Counts(terms, java.util.Arrays.copyOf(countA, terms.length),
                java.util.Arrays.copyOf(countB, terms.length), totalA, totalB), options, analyzer);
    }

    /**
     * The two groups' term counts, however they were counted (here from document vectors, on a
     * Spark cluster by aggregating per group): term k has y_a = {@code countA[k]} and y_b =
     * {@code countB[k]} among the groups' n_a = {@code totalA} and n_b = {@code totalB} tokens.
     * Each term once; the arrays are used as given, not copied.
     */
    public record Counts(String[] terms, long[] countA, long[] countB, long totalA, long totalB) {
        public Counts {
            if (terms.length != countA.length || terms.length != countB.length) {
                throw new IllegalArgumentException("terms (" + terms.length + "), countA (" + countA.length
                        + ") and countB (" + countB.length + ") must have one entry per term");
            }
        }
    }

    /**
     * Compares two groups from their counts: the rows {@link #compare(TermStatistics, Groups,
     * CompareOptions, Analyzer)} gives, by the formulas above.
     *
     * @param analyzer the pipeline that counts the background corpus, if {@code options} has one
     * @throws IllegalArgumentException if a group has no tokens
     */
    public static List<Row> compare(Counts counts, CompareOptions options, Analyzer analyzer) {
        checkTokens(counts); // before the background is counted
        Background background = null;
        if (options.background() != null) {
            TermStatistics.Builder counted = new TermStatistics.Builder(analyzer, 1, false);
            options.background().forEach(counted::add);
            background = Background.of(counted.build());
        }
        return compare(counts, options, background);
    }

    /**
     * A background corpus as the prior needs it: b_w of each term (0 for a term it never uses), its
     * B tokens, and how many distinct terms it has.
     *
     * @param counts   b_w by term
     * @param total    B
     * @param distinct the number of terms with b_w &gt; 0
     */
    public record Background(java.util.function.ToLongFunction<String> counts, long total, long distinct) {
        /** The background of a corpus's counts. */
        public static Background of(TermStatistics s) {
            long distinct = 0;
            for (int id = 0; id < s.vocabulary().size(); id++) {
                if (s.counter().count(id) > 0) {
                    distinct++;
                }
            }
            return new Background(s::count, s.total(), distinct);
        }
    }

    /**
     * {@link #compare(Counts, CompareOptions, Analyzer)} with the background already counted
     * ({@code null}: the pooled prior; {@code options.background()} is not read), e.g. by a cluster.
     *
     * @throws IllegalArgumentException if a group has no tokens
     */
    public static List<Row> compare(Counts counts, CompareOptions options, Background background) {
        checkTokens(counts);
        long totalA = counts.totalA();
        long totalB = counts.totalB();
        String[] terms = counts.terms();
        long[] countA = counts.countA();
        long[] countB = counts.countB();
        long backgroundTotal = 0;
        long distinct = 0;
        if (background != null) {
            backgroundTotal = background.total();
            distinct = background.distinct();
            for (int id = 0; id < terms.length; id++) {
                if (countA[id] + countB[id] > 0 && background.counts().applyAsLong(terms[id]) == 0) {
                    distinct++;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int id = 0; id < terms.length; id++) {
            long ya = countA[id];
            long yb = countB[id];
            if (ya + yb == 0 || ya + yb < options.minCount()) {
                continue;
            }
            LogOdds.Estimate e;
            if (background == null) {
                e = LogOdds.pooled(ya, totalA, yb, totalB, options.alpha0());
            } else {
                double pi = (background.counts().applyAsLong(terms[id]) + 1.0) / (backgroundTotal + distinct);
                e = LogOdds.estimate(ya, totalA, yb, totalB, options.alpha0() * pi, options.alpha0());
            }
            rows.add(new Row(terms[id], ya, yb, 1000.0 * ya / totalA, 1000.0 * yb / totalB, e.delta(), e.z(),
                    Keyness.signedG2FourCell(ya, totalA, yb, totalB)));
        }
        rows.sort(BY_Z);
        int top = options.top();
        if (top > 0 && rows.size() > 2L * top) {
            List<Row> kept = new ArrayList<>(rows.subList(0, top));
            kept.addAll(rows.subList(rows.size() - top, rows.size()));
            return kept;
        }
        return rows;
    }

    private static void checkTokens(Counts counts) {
        if (counts.totalA() == 0 || counts.totalB() == 0) {
            throw new IllegalArgumentException("group " + (counts.totalA() == 0 ? "a" : "b")
                    + " has no tokens after filtering; choose documents with text");
        }
    }

    private static long add(TermCounts c, Map<String, Integer> index, List<String> ids, long[] counts) {
        long total = 0;
        for (String id : ids) {
            Integer d = index.get(id);
            if (d == null) {
                throw new IllegalArgumentException("document '" + id + "' was not counted; ids are " + index.keySet());
            }
            total += c.documentTotal(d);
            for (int k = c.vectorStart(d); k < c.vectorStart(d + 1); k++) {
                counts[c.vectorId(k)] += c.vectorCount(k);
            }
        }
        return total;
    }
}

package dev.framelens.table;

import dev.framelens.count.Collocations;
import dev.framelens.count.Cooccurrence;
import dev.framelens.count.TermCounts;
import dev.framelens.count.Terms;
import dev.framelens.stats.Measure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Co-occurrence and collocation tables. Columns: {@code term, neighbor, count, term_total,
 * neighbor_total}, then one column per association {@link Measure} in its order ({@code pmi,
 * npmi, g2, dice, t_score}), where count = c(term, neighbor), term_total = c(term, ·),
 * neighbor_total = c(·, neighbor) are pair counts from {@link Cooccurrence} and the measures are
 * computed on that 2×2 table (total = P).
 */
public final class CooccurrenceTables {
    private CooccurrenceTables() {
    }

    /** The measure columns of a collocation table: the two it is usually ranked by first, then the others in order. */
    private static final List<Measure> COLLOCATION_MEASURES = measureOrder(Measure.G2, Measure.NPMI, Measure.PMI, Measure.T);

    /** {@code first}, then every other association measure in enum order. */
    private static List<Measure> measureOrder(Measure... first) {
        Set<Measure> order = new LinkedHashSet<>(List.of(first));
        for (Measure m : Measure.values()) {
            if (m.isAssociation()) {
                order.add(m);
            }
        }
        return List.copyOf(order);
    }

    /** One pair: its counts and every measure, indexed by {@link Measure#ordinal()}. */
    private record Row(String term, String neighbor, int count, long termTotal, long neighborTotal, double[] values) {
        double value(Measure measure) {
            return values[measure.ordinal()];
        }
    }

    private static Row row(Cooccurrence c, int t, int u, int n) {
        long rt = c.marginal(t);
        long cu = c.marginal(u);
        Terms v = c.vocabulary();
        return new Row(v.term(t), v.term(u), n, rt, cu, Measure.all(n, rt, cu, c.total()));
    }

    /** The neighbours of {@code term} (already normalised), ranked by {@code options.measure()}. */
    public static Table neighbors(Cooccurrence c, String term, CooccurrenceOptions options) {
        List<Neighbor> found = new ArrayList<>();
        int t = c.vocabulary().find(term);
        long termTotal = t < 0 ? 0 : c.marginal(t);
        if (termTotal > 0) {
            c.forEachPair((a, b, n) -> {
                if (a == t || b == t) {
                    int u = a == t ? b : a;
                    found.add(new Neighbor(c.vocabulary().term(u), n, c.marginal(u)));
                }
            });
        }
        return neighbors(term, termTotal, c.total(), found, options);
    }

    /**
     * One term that co-occurs with the focus term: its pair count c(term, neighbor) and its pair
     * marginal c(·, neighbor).
     */
    public record Neighbor(String neighbor, int count, long neighborTotal) {
    }

    /**
     * The neighbours table of {@code term} from counts made elsewhere (added up over a cluster's
     * partitions): the rows of {@link #neighbors(Cooccurrence, String, CooccurrenceOptions)} for a
     * {@link Cooccurrence} with these counts. Neighbours below {@code options.minCount()} are left
     * out; none when {@code termTotal} is 0.
     *
     * @param termTotal c(term, ·)
     * @param total     P, the sum of c(t,u) over all ordered pairs
     * @param found     every neighbour of {@code term}, each once, in any order
     */
    public static Table neighbors(String term, long termTotal, long total, List<Neighbor> found,
                                  CooccurrenceOptions options) {
        List<Row> rows = new ArrayList<>();
        if (termTotal > 0) {
            for (Neighbor n : found) {
                if (n.count() >= options.minCount()) {
                    rows.add(new Row(term, n.neighbor(), n.count(), termTotal, n.neighborTotal(),
                            Measure.all(n.count(), termTotal, n.neighborTotal(), total)));
                }
            }
        }
        return table("cooccurrence of " + term, rank(rows, options));
    }

    /**
     * All pairs among the {@code topN} most frequent terms of the stream (both orders, long
     * format, for heatmaps and network export), pairs below the minimum count left out.
     */
    public static Table matrix(Cooccurrence c, int topN, CooccurrenceOptions options) {
        if (topN < 1) {
            throw new IllegalArgumentException("matrix size (" + topN + ") must be ≥ 1");
        }
        List<String> top = topTerms(c, topN);
        Set<Integer> ids = new HashSet<>();
        for (String s : top) {
            ids.add(c.vocabulary().find(s));
        }
        List<Row> rows = new ArrayList<>();
        c.forEachPair((a, b, n) -> {
            if (n >= options.minCount() && ids.contains(a) && ids.contains(b)) {
                rows.add(row(c, a, b, n));
                rows.add(row(c, b, a, n));
            }
        });
        rows.sort(Comparator.comparing(Row::term).thenComparing(Row::neighbor));
        return table("cooccurrence matrix", rows);
    }

    /**
     * One pair of top terms counted elsewhere (added up over a cluster's partitions): c(term, other),
     * each unordered pair once, in either order.
     */
    public record Pair(String term, String other, int count) {
    }

    /**
     * The matrix table from counts made elsewhere: the rows of {@link #matrix(Cooccurrence, int,
     * CooccurrenceOptions)} for a {@link Cooccurrence} with these counts whose {@code topN} most
     * frequent terms are the keys of {@code marginals}. Both orders of every pair seen at least
     * {@code options.minCount()} times, sorted by term, then neighbour.
     *
     * @param marginals c(t, ·) of each top term
     * @param total     P, the sum of c(t,u) over all ordered pairs
     * @param pairs     the pairs of two top terms, each once
     * @throws IllegalArgumentException for a pair with a term that has no marginal
     */
    public static Table matrix(java.util.Map<String, Long> marginals, long total, List<Pair> pairs,
                               CooccurrenceOptions options) {
        List<Row> rows = new ArrayList<>();
        for (Pair p : pairs) {
            Long rt = marginals.get(p.term());
            Long cu = marginals.get(p.other());
            if (rt == null || cu == null) {
                throw new IllegalArgumentException("pair (" + p.term() + ", " + p.other() + ") is not among the top terms "
                        + marginals.keySet());
            }
            if (p.count() >= options.minCount()) {
                rows.add(new Row(p.term(), p.other(), p.count(), rt, cu, Measure.all(p.count(), rt, cu, total)));
                rows.add(new Row(p.other(), p.term(), p.count(), cu, rt, Measure.all(p.count(), cu, rt, total)));
            }
        }
        rows.sort(Comparator.comparing(Row::term).thenComparing(Row::neighbor));
        return table("cooccurrence matrix", rows);
    }

    /** The {@code n} most frequent terms of the counted stream (count descending, ties by term). */
    public static List<String> topTerms(Cooccurrence c, int n) {
        TermCounts terms = c.terms();
        Terms v = c.vocabulary();
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < v.size(); id++) {
            if (terms.count(id) > 0) {
                ids.add(id);
            }
        }
        ids.sort(Comparator.<Integer>comparingLong(terms::count).reversed().thenComparing(v::term));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(n, ids.size()); k++) {
            out.add(v.term(ids.get(k)));
        }
        return out;
    }

    private static List<Row> rank(List<Row> rows, CooccurrenceOptions options) {
        Measure m = options.measure();
        rows.sort(Comparator.<Row>comparingDouble(r -> -r.value(m)).thenComparing(Row::neighbor));
        return options.top() > 0 && rows.size() > options.top() ? rows.subList(0, options.top()) : rows;
    }

    private static Table table(String name, List<Row> rows) {
        StringColumn term = StringColumn.create(Columns.TERM);
        StringColumn neighbor = StringColumn.create(Columns.NEIGHBOR);
        IntColumn count = IntColumn.create(Columns.COUNT);
        IntColumn termTotal = IntColumn.create(Columns.TERM_TOTAL);
        IntColumn neighborTotal = IntColumn.create(Columns.NEIGHBOR_TOTAL);
        for (Row r : rows) {
            term.append(r.term());
            neighbor.append(r.neighbor());
            count.append(r.count());
            termTotal.append((int) r.termTotal());
            neighborTotal.append((int) r.neighborTotal());
        }
        List<Column<?>> columns = new ArrayList<>(List.of(term, neighbor, count, termTotal, neighborTotal));
        columns.addAll(measureColumns(measureOrder(), rows, Row::values));
        return Table.create(name, columns.toArray(new Column<?>[0]));
    }

    /** One double column per measure of {@code measures}, the values of each row read by {@code values}. */
    private static <R> List<DoubleColumn> measureColumns(List<Measure> measures, List<R> rows,
                                                         java.util.function.Function<R, double[]> values) {
        List<DoubleColumn> out = new ArrayList<>();
        for (Measure m : measures) {
            DoubleColumn col = DoubleColumn.create(m.column());
            for (R r : rows) {
                col.append(values.apply(r)[m.ordinal()]);
            }
            out.add(col);
        }
        return out;
    }

    /**
     * Collocations: {@code collocation, count, prefix_total, last_total, g2, npmi, pmi, t_score,
     * dice} (then any further association measure), n-grams seen at least {@code minCount} times
     * ranked by {@code measure}, ties by text.
     */
    public static Table collocations(Collocations c, Measure measure, int minCount, int top) {
        record Gram(int id, double[] values) {
        }
        List<Gram> grams = new ArrayList<>();
        for (int g = 0; g < c.distinct(); g++) {
            if (c.count(g) >= minCount) {
                grams.add(new Gram(g, Measure.all(c.count(g), c.prefixTotal(g), c.lastTotal(g), c.total())));
            }
        }
        grams.sort(Comparator.<Gram>comparingDouble(g -> -g.values()[measure.ordinal()])
                .thenComparing(g -> c.text(g.id())));
        if (top > 0 && grams.size() > top) {
            grams = grams.subList(0, top);
        }
        StringColumn text = StringColumn.create(Columns.COLLOCATION);
        IntColumn count = IntColumn.create(Columns.COUNT);
        IntColumn prefix = IntColumn.create(Columns.PREFIX_TOTAL);
        IntColumn last = IntColumn.create(Columns.LAST_TOTAL);
        for (Gram g : grams) {
            text.append(c.text(g.id()));
            count.append((int) c.count(g.id()));
            prefix.append((int) c.prefixTotal(g.id()));
            last.append((int) c.lastTotal(g.id()));
        }
        List<Column<?>> columns = new ArrayList<>(List.of(text, count, prefix, last));
        columns.addAll(measureColumns(COLLOCATION_MEASURES, grams, Gram::values));
        return Table.create("collocations", columns.toArray(new Column<?>[0]));
    }
}

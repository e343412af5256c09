package dev.framelens.table;

import dev.framelens.count.Collocations;
import dev.framelens.count.Cooccurrence;
import dev.framelens.count.TermCounts;
import dev.framelens.count.Terms;
import dev.framelens.stats.Association;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Co-occurrence and collocation tables. Columns: {@code term, neighbor, count, term_total,
 * neighbor_total, pmi, npmi, g2, dice, t_score}, where count = c(term, neighbor), term_total =
 * c(term, ·), neighbor_total = c(·, neighbor) are pair counts from {@link Cooccurrence} and the
 * measures are {@link Association}'s on that 2×2 table (total = P).
 */
public final class CooccurrenceTables {
    private CooccurrenceTables() {
    }

    private record Row(String term, String neighbor, int count, long termTotal, long neighborTotal,
                       Association.Measures m) {
        double value(CooccurrenceOptions.Measure measure) {
            return switch (measure) {
                case COUNT -> count;
                case PMI -> m.pmi();
                case NPMI -> m.npmi();
                case G2 -> m.g2();
                case DICE -> m.dice();
                case T -> m.tScore();
            };
        }
    }

    private static Row row(Cooccurrence c, int t, int u, int n) {
        long rt = c.marginal(t);
        long cu = c.marginal(u);
        Terms v = c.vocabulary();
        return new Row(v.term(t), v.term(u), n, rt, cu, Association.measures(n, rt, cu, c.total()));
    }

    /** The neighbours of {@code term} (already normalised), ranked by {@code options.measure()}. */
    public static Table neighbors(Cooccurrence c, String term, CooccurrenceOptions options) {
        List<Row> rows = new ArrayList<>();
        int t = c.vocabulary().find(term);
        if (t >= 0 && c.marginal(t) > 0) {
            c.forEachPair((a, b, n) -> {
                if (n >= options.minCount() && (a == t || b == t)) {
                    rows.add(row(c, t, a == t ? b : a, n));
                }
            });
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
        CooccurrenceOptions.Measure m = options.measure();
        rows.sort(Comparator.<Row>comparingDouble(r -> -r.value(m)).thenComparing(Row::neighbor));
        return options.top() > 0 && rows.size() > options.top() ? rows.subList(0, options.top()) : rows;
    }

    private static Table table(String name, List<Row> rows) {
        StringColumn term = StringColumn.create("term");
        StringColumn neighbor = StringColumn.create("neighbor");
        IntColumn count = IntColumn.create("count");
        IntColumn termTotal = IntColumn.create("term_total");
        IntColumn neighborTotal = IntColumn.create("neighbor_total");
        DoubleColumn pmi = DoubleColumn.create("pmi");
        DoubleColumn npmi = DoubleColumn.create("npmi");
        DoubleColumn g2 = DoubleColumn.create("g2");
        DoubleColumn dice = DoubleColumn.create("dice");
        DoubleColumn t = DoubleColumn.create("t_score");
        for (Row r : rows) {
            term.append(r.term());
            neighbor.append(r.neighbor());
            count.append(r.count());
            termTotal.append((int) r.termTotal());
            neighborTotal.append((int) r.neighborTotal());
            pmi.append(r.m().pmi());
            npmi.append(r.m().npmi());
            g2.append(r.m().g2());
            dice.append(r.m().dice());
            t.append(r.m().tScore());
        }
        return Table.create(name, term, neighbor, count, termTotal, neighborTotal, pmi, npmi, g2, dice, t);
    }

    /**
     * Collocations: {@code collocation, count, prefix_total, last_total, g2, npmi, pmi, t_score,
     * dice}, n-grams seen at least {@code minCount} times ranked by {@code measure}, ties by text.
     */
    public static Table collocations(Collocations c, CooccurrenceOptions.Measure measure, int minCount, int top) {
        record Gram(int id, Association.Measures m) {
        }
        List<Gram> grams = new ArrayList<>();
        for (int g = 0; g < c.distinct(); g++) {
            if (c.count(g) >= minCount) {
                grams.add(new Gram(g, Association.measures(c.count(g), c.prefixTotal(g), c.lastTotal(g), c.total())));
            }
        }
        Comparator<Gram> order = Comparator.comparingDouble(g -> -switch (measure) {
            case COUNT -> c.count(g.id());
            case PMI -> g.m().pmi();
            case NPMI -> g.m().npmi();
            case DICE -> g.m().dice();
            case T -> g.m().tScore();
            default -> g.m().g2();
        });
        grams.sort(order.thenComparing(g -> c.text(g.id())));
        if (top > 0 && grams.size() > top) {
            grams = grams.subList(0, top);
        }
        StringColumn text = StringColumn.create("collocation");
        IntColumn count = IntColumn.create("count");
        IntColumn prefix = IntColumn.create("prefix_total");
        IntColumn last = IntColumn.create("last_total");
        DoubleColumn g2 = DoubleColumn.create("g2");
        DoubleColumn npmi = DoubleColumn.create("npmi");
        DoubleColumn pmi = DoubleColumn.create("pmi");
        DoubleColumn t = DoubleColumn.create("t_score");
        DoubleColumn dice = DoubleColumn.create("dice");
        for (Gram g : grams) {
            text.append(c.text(g.id()));
            count.append((int) c.count(g.id()));
            prefix.append((int) c.prefixTotal(g.id()));
            last.append((int) c.lastTotal(g.id()));
            g2.append(g.m().g2());
            npmi.append(g.m().npmi());
            pmi.append(g.m().pmi());
            t.append(g.m().tScore());
            dice.append(g.m().dice());
        }
        return Table.create("collocations", text, count, prefix, last, g2, npmi, pmi, t, dice);
    }
}

package dev.framelens.chart;

import static dev.framelens.chart.Style.*;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;

/** Charts of term frequencies and co-occurrence; the public entry points are on {@link Charts}. */
final class TermCharts {

    private TermCharts() {}

    /** See {@link Charts#cooccurrence}. */
    static Figure cooccurrence(Table cooccurrenceMatrix) {
        Cells.require(cooccurrenceMatrix, "cooccurrenceMatrix", Columns.TERM, Columns.NEIGHBOR, Columns.COUNT);
        boolean hasTotal = cooccurrenceMatrix.containsColumn(Columns.TERM_TOTAL);
        Map<String, Double> weight = new HashMap<>();
        Map<String, Map<String, Double>> counts = new HashMap<>();
        for (int r = 0; r < cooccurrenceMatrix.rowCount(); r++) {
            String t = Cells.text(cooccurrenceMatrix, Columns.TERM, r);
            String u = Cells.text(cooccurrenceMatrix, Columns.NEIGHBOR, r);
            double c = Cells.number(cooccurrenceMatrix, Columns.COUNT, r);
            c = Double.isFinite(c) ? c : 0;
            counts.computeIfAbsent(t, k -> new HashMap<>()).merge(u, c, Double::sum);
            if (hasTotal) {
                double tt = Cells.number(cooccurrenceMatrix, Columns.TERM_TOTAL, r);
                weight.merge(t, Double.isFinite(tt) ? tt : 0, Math::max);
            } else {
                weight.merge(t, c, Double::sum);
            }
            weight.putIfAbsent(u, 0.0);
        }
        List<String> terms = new ArrayList<>(weight.keySet());
        terms.sort(Comparator.comparingDouble((String s) -> -weight.get(s)).thenComparing(s -> s));
        int n = terms.size();
        double[][] z = new double[n][n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            Map<String, Double> row = counts.getOrDefault(terms.get(i), Map.of());
            for (int j = 0; j < n; j++) {
                z[i][j] = i == j ? Double.NaN : row.getOrDefault(terms.get(j), 0.0);
                if (i != j) {
                    max = Math.max(max, z[i][j]);
                }
            }
        }
        String[] labels = PlotlyText.labels(terms);
        JsonTrace heat =
                heatmap(
                        "co-occurrence",
                        labels,
                        labels,
                        z,
                        NEUTRAL_SCALE,
                        max,
                        n <= 25 ? "%{z}" : null,
                        "%{y} with %{x}: %{z}<extra></extra>",
                        "count").build();
        Layout layout =
                layout("Co-occurrence of the top " + n + " terms (count of the pair within the window)")
                        .height(Math.min(1100, 190 + 30 * Math.max(2, n)))
                        .margin(margin(leftMargin(terms), 120))
                        .showLegend(false)
                        .xAxis(categoryAxis("neighbour", false))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, heat);
    }

    /** See {@link Charts#topTerms}. */
    static Figure topTerms(Table termFrequencies, int n) {
        Cells.require(termFrequencies, "termFrequencies", Columns.TERM, Columns.COUNT);
        record TC(String term, double count) {}
        List<TC> rows = new ArrayList<>();
        for (int r = 0; r < termFrequencies.rowCount(); r++) {
            double c = Cells.number(termFrequencies, Columns.COUNT, r);
            rows.add(new TC(Cells.text(termFrequencies, Columns.TERM, r), Double.isFinite(c) ? c : 0));
        }
        rows.sort(Comparator.comparingDouble((TC t) -> -t.count).thenComparing(TC::term));
        List<TC> shown = n > 0 && n < rows.size() ? rows.subList(0, n) : rows;
        List<String> terms = new ArrayList<>();
        double[] counts = new double[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            terms.add(shown.get(i).term);
            counts[i] = shown.get(i).count;
        }
        BarTrace bars =
                BarTrace.builder(PlotlyText.labels(terms), counts)
                        .orientation(BarTrace.Orientation.HORIZONTAL)
                        .name("count")
                        .marker(Marker.builder().color(NEUTRAL_COLOR).build())
                        .build();
        Layout layout =
                layout("Top " + shown.size() + (shown.size() == 1 ? " term" : " terms") + " in the corpus")
                        .height(140 + 22 * Math.max(2, shown.size()))
                        .margin(margin(leftMargin(terms), 70))
                        .showLegend(false)
                        .xAxis(valueAxis("count (occurrences in the corpus, stop words removed)"))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, bars);
    }
}

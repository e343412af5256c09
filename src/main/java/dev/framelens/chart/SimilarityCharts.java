package dev.framelens.chart;

import static dev.framelens.chart.Style.*;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;

/** The article-similarity heatmap; the public entry point is on {@link Charts}. */
final class SimilarityCharts {

    private SimilarityCharts() {}

    /** See {@link Charts#similarity}. */
    static Figure similarity(Table similarity) {
        return similarity(similarity, Map.of());
    }

    /** See {@link Charts#similarity}. */
    static Figure similarity(Table similarity, Map<String, String> docLabels) {
        Cells.require(similarity, "similarity", Columns.DOC_A, Columns.DOC_B, Columns.COSINE);
        boolean hasDiff = similarity.containsColumn(Columns.ALARM_INDEX_DIFF);
        Set<String> docs = new LinkedHashSet<>();
        Map<String, Double> cos = new HashMap<>();
        Map<String, Double> diff = new HashMap<>();
        for (int r = 0; r < similarity.rowCount(); r++) {
            String a = Cells.text(similarity, Columns.DOC_A, r);
            String b = Cells.text(similarity, Columns.DOC_B, r);
            docs.add(a);
            docs.add(b);
            cos.put(a + '\u0000' + b, Cells.number(similarity, Columns.COSINE, r));
            if (hasDiff) {
                diff.put(a + '\u0000' + b, Cells.number(similarity, Columns.ALARM_INDEX_DIFF, r));
            }
        }
        List<String> order = new ArrayList<>(docs);
        double[][] z = new double[order.size()][order.size()];
        double[][] d = new double[order.size()][order.size()];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            labels.add(docLabels.getOrDefault(order.get(i), order.get(i)));
            for (int j = 0; j < order.size(); j++) {
                // an article against itself is trivially 1: left blank so the pairs carry the colour scale
                String key = order.get(i) + '\u0000' + order.get(j);
                z[i][j] = i == j ? Double.NaN : cos.getOrDefault(key, Double.NaN);
                d[i][j] = diff.getOrDefault(key, Double.NaN);
            }
        }
        String[] l = PlotlyText.labels(labels);
        JsonTrace.Builder heat =
                heatmap(
                        "cosine",
                        l,
                        l,
                        z,
                        NEUTRAL_SCALE,
                        1.0,
                        order.size() <= 20 ? "%{z:.2f}" : null,
                        "%{y}<br>%{x}<br>cosine %{z:.3f}"
                                + (hasDiff ? "<br>alarm index, row − column: %{customdata:+.2f}" : "")
                                + "<extra></extra>",
                        "cosine");
        if (hasDiff) {
            heat.put("customdata", d);
        }
        Layout layout =
                layout("Article similarity: cosine of tf-idf vectors (1 = same vocabulary profile)")
                        .height(Math.min(1000, 180 + 56 * Math.max(2, order.size())))
                        .margin(margin(leftMargin(labels), 100))
                        .showLegend(false)
                        .xAxis(categoryAxis("", false))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, heat.build());
    }
}

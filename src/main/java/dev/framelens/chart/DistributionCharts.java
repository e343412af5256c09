package dev.framelens.chart;

import static dev.framelens.chart.Style.*;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import dev.framelens.table.TrendColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;

/**
 * Charts of a corpus too large to draw article by article: one mark per group, and each group's
 * distribution as a strip of binned counts. Their size follows the number of groups and bins, never
 * the number of articles. The public entry points are on {@link Charts}.
 */
final class DistributionCharts {

    private DistributionCharts() {}

    /** See {@link Charts#groupAlarmIndex}. */
    static Figure groupAlarmIndex(Table groupSummary) {
        Cells.require(groupSummary, "groupSummary", Columns.GROUP, Columns.ALARM_INDEX, Columns.CI_LOW, Columns.CI_HIGH);
        boolean hasDocs = groupSummary.containsColumn(TrendColumns.DOCS);
        int n = groupSummary.rowCount();
        List<String> labels = new ArrayList<>();
        double[] index = numbers(groupSummary, Columns.ALARM_INDEX);
        double[] lows = numbers(groupSummary, Columns.CI_LOW);
        double[] highs = numbers(groupSummary, Columns.CI_HIGH);
        FrameCharts.IndexMarks marks = FrameCharts.indexMarks(index, lows, highs);
        String[] hover = new String[n];
        for (int r = 0; r < n; r++) {
            String group = Cells.text(groupSummary, Columns.GROUP, r);
            double docs = hasDocs ? Cells.number(groupSummary, TrendColumns.DOCS, r) : Double.NaN;
            labels.add(hasDocs ? group + " (" + fmtCount(docs) + ")" : group);
            hover[r] = PlotlyText.label(group) + "<br>" + (hasDocs ? fmtCount(docs) + " articles<br>" : "")
                    + "alarm index " + fmt2(index[r]) + "<br>95 % interval " + fmt2(lows[r]) + " to " + fmt2(highs[r]);
        }
        JsonTrace points = JsonTrace.builder("scatter")
                .put("name", "alarm index")
                .put("mode", "markers")
                .put("x", index)
                .put("y", PlotlyText.labels(labels))
                .put("error_x", marks.errorBars())
                .put("marker", obj("size", MARKER_SIZE, "color", marks.colors()))
                .put("hovertext", hover)
                .put("hovertemplate", "%{hovertext}<extra></extra>")
                .build();
        double end = FrameCharts.axisEnd(marks.reach());
        Layout layout = layout("Alarm index per group (articles pooled), with 95 % bootstrap interval over its articles")
                .height(150 + 34 * Math.max(2, n))
                .margin(margin(leftMargin(labels), 70))
                .showLegend(false)
                .xAxis(zeroAxis("alarm index ln((ΣA + ½) / (ΣR + ½)), 0 = balance").range(-end, end).build())
                .yAxis(categoryAxis("", true))
                .build();
        return figure(layout, points);
    }

    /** See {@link Charts#alarmIndexHistogram}. */
    static Figure alarmIndexHistogram(Table histogram) {
        Cells.require(histogram, "histogram", Columns.GROUP, Columns.BIN_LOW, Columns.BIN_HIGH, Columns.ARTICLES,
                Columns.SHARE);
        java.util.Set<String> inOrder = new java.util.LinkedHashSet<>();
        for (int r = 0; r < histogram.rowCount(); r++) {
            inOrder.add(Cells.text(histogram, Columns.GROUP, r));
        }
        List<String> groups = new ArrayList<>(inOrder);
        TreeSet<Double> lows = new TreeSet<>();
        for (int r = 0; r < histogram.rowCount(); r++) {
            lows.add(Cells.number(histogram, Columns.BIN_LOW, r));
        }
        List<Double> bins = new ArrayList<>(lows);
        double[][] z = new double[groups.size()][bins.size()];
        String[][] text = new String[groups.size()][bins.size()];
        double max = 0;
        for (int r = 0; r < histogram.rowCount(); r++) {
            int g = groups.indexOf(Cells.text(histogram, Columns.GROUP, r));
            int b = bins.indexOf(Cells.number(histogram, Columns.BIN_LOW, r));
            double share = Cells.number(histogram, Columns.SHARE, r);
            z[g][b] = share;
            max = Math.max(max, Double.isFinite(share) ? share : 0);
            text[g][b] = String.format(Locale.ROOT, "%s articles, %.1f %%, index %s to %s",
                    fmtCount(Cells.number(histogram, Columns.ARTICLES, r)), 100 * share,
                    fmt2(Cells.number(histogram, Columns.BIN_LOW, r)), fmt2(Cells.number(histogram, Columns.BIN_HIGH, r)));
        }
        String[] x = new String[bins.size()];
        for (int b = 0; b < x.length; b++) {
            x[b] = String.format(Locale.ROOT, "%.2f", bins.get(b));
        }
        JsonTrace heat = JsonTrace.builder("heatmap")
                .put("name", "articles")
                .put("x", x)
                .put("y", PlotlyText.labels(groups))
                .put("z", z)
                .put("text", text)
                .put("colorscale", NEUTRAL_SCALE)
                .put("zmin", 0)
                .put("zmax", max > 0 ? max : 1)
                .put("xgap", 1)
                .put("ygap", 2)
                .put("hovertemplate", "%{y}: %{text}<extra></extra>")
                .put("showscale", true)
                .put("colorbar", obj("title", Map.of("text", "share of the group's articles"), "thickness", 14))
                .build();
        Layout layout = layout("Distribution of the articles' alarm index per group (darker: more of the group's articles)")
                .height(170 + 34 * Math.max(2, groups.size()))
                .margin(margin(leftMargin(groups), 80))
                .showLegend(false)
                .xAxis(categoryAxis("alarm index of the article (bin start; 0 = balance)", false))
                .yAxis(categoryAxis("", true))
                .build();
        return figure(layout, heat);
    }
}

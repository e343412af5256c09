package dev.framelens.chart;

import static dev.framelens.chart.Style.*;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import dev.framelens.table.TrendColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/** Frames over time: the alarm index per period with its interval band; the entry point is on {@link Charts}. */
final class TrendCharts {

    private TrendCharts() {}

    /**
     * Colours of the groups' lines, in order (Okabe–Ito): orange, sky blue, bluish green, reddish
     * purple, black, yellow, then the two side colours, which the lines otherwise leave to the sides.
     */
    static final List<String> SERIES = List.of(
            "#E69F00", "#56B4E9", "#009E73", GROUP_A_COLOR, "#000000", "#F0E442", REASSURANCE_COLOR, ALARM_COLOR);

    /** Opacity of an interval band. */
    static final double BAND_OPACITY = 0.18;

    /** See {@link Charts#trends}. */
    static Figure trends(Table trends, String groupColumn) {
        Cells.require(trends, "trends", TrendColumns.PERIOD, Columns.ALARM_INDEX, Columns.CI_LOW, Columns.CI_HIGH);
        if (groupColumn != null) {
            Cells.require(trends, "trends", groupColumn);
        }
        Set<String> periods = new LinkedHashSet<>();
        Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
        for (int r = 0; r < trends.rowCount(); r++) {
            periods.add(Cells.text(trends, TrendColumns.PERIOD, r));
            String g = groupColumn == null ? "" : Cells.text(trends, groupColumn, r);
            rowsOf.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
        }
        List<Trace> traces = new ArrayList<>();
        // every period once, in table order, so that Plotly's category axis keeps time order
        String[] allPeriods = PlotlyText.labels(new ArrayList<>(periods));
        double[] none = new double[allPeriods.length];
        java.util.Arrays.fill(none, Double.NaN);
        traces.add(JsonTrace.builder("scatter").put("name", "periods").put("mode", "lines").put("x", allPeriods)
                .put("y", none).put("showlegend", false).put("hoverinfo", "skip").build());
        double reach = 1.0;
        int k = 0;
        for (Map.Entry<String, List<Integer>> e : rowsOf.entrySet()) {
            String color = groupColumn == null ? NEUTRAL_COLOR : SERIES.get(k++ % SERIES.size());
            String name = groupColumn == null ? "alarm index" : e.getKey().isEmpty() ? "(no " + groupColumn + ")" : e.getKey();
            List<Integer> rows = e.getValue();
            int n = rows.size();
            String[] x = new String[n];
            double[] index = new double[n];
            double[] low = new double[n];
            double[] high = new double[n];
            String[] hover = new String[n];
            boolean band = false;
            for (int i = 0; i < n; i++) {
                int r = rows.get(i);
                x[i] = PlotlyText.label(Cells.text(trends, TrendColumns.PERIOD, r));
                index[i] = Cells.number(trends, Columns.ALARM_INDEX, r);
                low[i] = Cells.number(trends, Columns.CI_LOW, r);
                high[i] = Cells.number(trends, Columns.CI_HIGH, r);
                band |= Double.isFinite(low[i]) && Double.isFinite(high[i]);
                for (double v : new double[] {index[i], low[i], high[i]}) {
                    if (Double.isFinite(v)) {
                        reach = Math.max(reach, Math.abs(v));
                    }
                }
                String docs = trends.containsColumn(TrendColumns.DOCS)
                        ? "<br>" + fmtCount(Cells.number(trends, TrendColumns.DOCS, r)) + " documents" : "";
                hover[i] = (groupColumn == null ? "" : PlotlyText.label(name) + "<br>") + x[i] + "<br>alarm index "
                        + fmt2(index[i]) + "<br>95 % interval " + fmt2(low[i]) + " to " + fmt2(high[i]) + docs;
            }
            if (band) {
                String[] bx = new String[2 * n];
                double[] by = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    bx[i] = x[i];
                    by[i] = high[i];
                    bx[2 * n - 1 - i] = x[i];
                    by[2 * n - 1 - i] = low[i];
                }
                traces.add(JsonTrace.builder("scatter")
                        .put("name", PlotlyText.label(name) + " 95 % interval")
                        .put("mode", "lines")
                        .put("x", bx)
                        .put("y", by)
                        .put("fill", "toself")
                        .put("fillcolor", rgba(color, BAND_OPACITY))
                        .put("line", obj("width", 0, "color", rgba(color, 0)))
                        .put("showlegend", false)
                        .put("hoverinfo", "skip")
                        .build());
            }
            traces.add(JsonTrace.builder("scatter")
                    .put("name", PlotlyText.label(name))
                    .put("mode", "lines+markers")
                    .put("x", x)
                    .put("y", index)
                    .put("line", obj("color", color, "width", 2.5))
                    .put("marker", obj("size", 8, "color", color))
                    .put("hovertext", hover)
                    .put("hovertemplate", "%{hovertext}<extra></extra>")
                    .build());
        }
        String title = "Alarm index per period" + (groupColumn == null ? "" : " by " + groupColumn)
                + ", with 95 % bootstrap interval";
        Layout layout = layout(title)
                .height(460)
                .margin(margin(80, 90))
                .showLegend(groupColumn != null)
                .xAxis(categoryAxis("period", false))
                .yAxis(zeroAxis("alarm index ln((A + ½) / (R + ½)), 0 = balance")
                        .range(-FrameCharts.axisEnd(reach), FrameCharts.axisEnd(reach)).build())
                .build();
        return figure(layout, traces.toArray(new Trace[0]));
    }

    /** {@code rgba(r,g,b,a)} of a {@code #RRGGBB} colour. */
    static String rgba(String hex, double alpha) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%s)", v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF,
                alpha == 0 ? "0" : Double.toString(alpha));
    }
}

package dev.framelens.chart;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.framing.Side;
import dev.framelens.table.Cells;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The one style of every framelens chart: colours (alarm {@value #ALARM_COLOR}, reassurance
 * {@value #REASSURANCE_COLOR}), figure size, fonts and layout building blocks (title, axes, margins,
 * heatmaps), and number formats for hover text. The chart families build their figures from these
 * only, so a change of style is made here once.
 */
final class Style {

    private Style() {}

    /** Colour of the alarm side in every chart (Okabe–Ito vermillion). */
    static final String ALARM_COLOR = "#D55E00";

    /** Colour of the reassurance side in every chart (Okabe–Ito blue). */
    static final String REASSURANCE_COLOR = "#0072B2";

    /** Colour for counts that belong to neither side (term frequencies). */
    static final String NEUTRAL_COLOR = "#5B5B5B";

    /** Colour of comparison group a when its label names neither side (Okabe–Ito reddish purple). */
    static final String GROUP_A_COLOR = "#CC79A7";

    /** Colour of comparison group b when its label names neither side (Okabe–Ito bluish green). */
    static final String GROUP_B_COLOR = "#009E73";

    /** The value of a {@code side} column for the alarm side ({@link Side#label()}). */
    static final String SIDE_ALARM = Side.ALARM.label();

    /** The value of a {@code side} column for the reassurance side ({@link Side#label()}). */
    static final String SIDE_REASSURANCE = Side.REASSURANCE.label();

    /** The unit of every density, in axis titles and hover text. */
    static final String PER_1000 = "per 1,000 tokens";

    /** White: the low end of the side colour scales, marker outlines. */
    static final String LIGHT = "#FFFFFF";

    /** The zero line that separates the sides (alarm index, z) and error bars. */
    static final String ZERO_LINE_COLOR = "#333333";

    /** Grid lines. */
    static final String GRID_COLOR = "#E5E5E5";

    /** Guides that are not data: zero lines of value axes, the diagonal of equal rates. */
    static final String GUIDE_COLOR = "#9A9A9A";

    /** The middle of a diverging colour scale (z = 0). */
    static final String MIDDLE_COLOR = "#C8C8C8";

    /** The grey scale of counts that belong to neither side. */
    static final List<List<Object>> NEUTRAL_SCALE =
            List.of(List.of(0, "#F4F4F4"), List.of(1, "#2B2B2B"));

    /** Size of marker points and of text labels drawn on a chart, in px. */
    static final int MARKER_SIZE = 13;

    /** Estimated width of one character of a tick or point label, in px (for margins and label overlap). */
    static final double CHAR_WIDTH = 7.5;

    /**
     * A heatmap trace on [0, zmax] with gaps between cells, blank (not hoverable) NaN cells, cell text
     * when {@code texttemplate} is given and a colour bar when {@code colorbarTitle} is; a builder, so
     * a chart can add attributes (e.g. {@code customdata}) before {@code build()}.
     */
    static JsonTrace.Builder heatmap(
            String name,
            String[] x,
            String[] y,
            double[][] z,
            List<List<Object>> colorscale,
            double zmax,
            String texttemplate,
            String hovertemplate,
            String colorbarTitle) {
        JsonTrace.Builder b =
                JsonTrace.builder("heatmap")
                        .put("name", name)
                        .put("x", x)
                        .put("y", y)
                        .put("z", z)
                        .put("colorscale", colorscale)
                        .put("zmin", 0)
                        .put("zmax", zmax > 0 ? zmax : 1)
                        .put("xgap", 2)
                        .put("ygap", 2)
                        .put("hoverongaps", false)
                        .put("hovertemplate", hovertemplate);
        if (texttemplate != null) {
            b.put("texttemplate", texttemplate);
        }
        if (colorbarTitle != null) {
            b.put("showscale", true);
            b.put("colorbar", obj("title", Map.of("text", colorbarTitle), "thickness", 14));
        } else {
            b.put("showscale", false);
        }
        return b;
    }

    /** A JSON object with keys in the given order: key, value, key, value, … */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The colour scale of a side: white to its colour, or the neutral grey scale for an unknown side. */
    static List<List<Object>> scale(String side) {
        if (SIDE_ALARM.equals(side)) {
            return List.of(List.of(0, LIGHT), List.of(1, ALARM_COLOR));
        }
        if (SIDE_REASSURANCE.equals(side)) {
            return List.of(List.of(0, LIGHT), List.of(1, REASSURANCE_COLOR));
        }
        return NEUTRAL_SCALE;
    }

    /**
     * A layout with this title (shown literally) that takes the width of its container: {@code
     * autosize}, which makes {@code ChartHtml.json} leave out the width jsplot always writes.
     */
    static Layout.LayoutBuilder layout(String title) {
        return Layout.builder()
                .title(PlotlyText.templateText(title))
                .autosize(true);
    }

    /** An axis of labels without grid; {@code reversed} puts the first label on top. */
    static Axis categoryAxis(String title, boolean reversed) {
        Axis.AxisBuilder b =
                Axis.builder()
                        .title(PlotlyText.templateText(title))
                        .type(Axis.Type.CATEGORY)
                        .showGrid(false);
        if (reversed) {
            b.autoRange(Axis.AutoRange.REVERSED);
        }
        return b.build();
    }

    /** A numeric axis with grid lines and a light zero line. */
    static Axis valueAxis(String title) {
        return Axis.builder()
                .title(PlotlyText.templateText(title))
                .gridColor(GRID_COLOR)
                .zeroLineColor(GUIDE_COLOR)
                .build();
    }

    /** A value axis whose zero line divides the two sides (drawn bold); {@code title} is used as given. */
    static Axis.AxisBuilder zeroAxis(String title) {
        return Axis.builder()
                .title(title)
                .zeroLineColor(ZERO_LINE_COLOR)
                .zeroLineWidth(2)
                .gridColor(GRID_COLOR);
    }

    /** Margins: {@code left} and {@code bottom} as given (they hold the tick labels), 40 right, 70 top. */
    static Margin margin(int left, int bottom) {
        return Margin.builder().left(left).right(40).top(70).bottom(bottom).build();
    }

    /** A left margin that fits the longest label at {@link #CHAR_WIDTH} px per character, within [80, 380]. */
    static int leftMargin(List<String> labels) {
        int longest = 0;
        for (String l : labels) {
            longest = Math.max(longest, l.length());
        }
        return Math.max(80, Math.min(380, 30 + (int) Math.ceil(longest * CHAR_WIDTH)));
    }

    /** The figure, responsive and without Plotly's logo. */
    static Figure figure(Layout layout, Trace... traces) {
        return Figure.builder()
                .layout(layout)
                .config(Config.builder().displayLogo(false).responsive(true).build())
                .addTraces(traces)
                .build();
    }

    /** A column as numbers ({@link Cells#number}: NaN where missing or not numeric). */
    static double[] numbers(Table t, String column) {
        double[] out = new double[t.rowCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = Cells.number(t, column, r);
        }
        return out;
    }

    /** Two decimals for hover text, {@code n/a} when not finite. */
    static String fmt2(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.2f", d) : "n/a";
    }

    /** A count as a whole number (two decimals if it is not one), {@code n/a} when not finite. */
    static String fmtCount(double d) {
        if (!Double.isFinite(d)) {
            return "n/a";
        }
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}

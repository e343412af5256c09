package dev.framelens.chart;

import static dev.framelens.chart.Style.*;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import dev.framelens.table.VoiceColumns;
import dev.framelens.voice.Voice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/** Charts of whose words the frames are in; the public entry point is on {@link Charts}. */
final class VoiceCharts {
    /** The author's bars: the neutral grey. */
    static final String AUTHOR_COLOR = NEUTRAL_COLOR;

    /** The quoted sources' bars (Okabe–Ito reddish purple, no side colour: the bars carry both sides). */
    static final String QUOTED_COLOR = GROUP_A_COLOR;

    private VoiceCharts() {}

    /** See {@link Charts#whoseFrame}. */
    static Figure whoseFrame(Table byVoice) {
        Cells.require(byVoice, "frameScoresByVoice", Columns.DOC, VoiceColumns.VOICE, Columns.ALARM_INDEX,
                Columns.CI_LOW, Columns.CI_HIGH);
        // one row per article for the labels (the short ids need each document once)
        List<Integer> firstRows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < byVoice.rowCount(); r++) {
            if (seen.add(Cells.text(byVoice, Columns.DOC, r))) {
                firstRows.add(r);
            }
        }
        Map<String, String> labels = Charts.articleLabels(byVoice.rows(firstRows.stream().mapToInt(Integer::intValue).toArray()));
        double reach = 1.0;
        List<Trace> traces = new ArrayList<>();
        for (Voice v : Voice.values()) {
            List<String> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<Double> plus = new ArrayList<>();
            List<Double> minus = new ArrayList<>();
            List<String> hover = new ArrayList<>();
            for (int r = 0; r < byVoice.rowCount(); r++) {
                if (!Cells.text(byVoice, VoiceColumns.VOICE, r).equals(v.label())) {
                    continue;
                }
                String label = labels.get(Cells.text(byVoice, Columns.DOC, r));
                double index = Cells.number(byVoice, Columns.ALARM_INDEX, r);
                double lo = Cells.number(byVoice, Columns.CI_LOW, r);
                double hi = Cells.number(byVoice, Columns.CI_HIGH, r);
                for (double d : new double[] {index, lo, hi}) {
                    if (Double.isFinite(d)) {
                        reach = Math.max(reach, Math.abs(d));
                    }
                }
                x.add(label);
                y.add(index);
                plus.add(Double.isFinite(hi) ? hi - index : 0.0);
                minus.add(Double.isFinite(lo) ? index - lo : 0.0);
                String tokens = byVoice.containsColumn(Columns.TOKENS)
                        ? "<br>" + Cells.text(byVoice, Columns.TOKENS, r) + " tokens" : "";
                hover.add(PlotlyText.label(label) + "<br>" + v.label() + ": alarm index " + fmt2(index)
                        + "<br>95 % interval " + fmt2(lo) + " to " + fmt2(hi) + tokens);
            }
            Map<String, Object> errors = new LinkedHashMap<>();
            errors.put("type", "data");
            errors.put("symmetric", false);
            errors.put("array", plus.stream().mapToDouble(Double::doubleValue).toArray());
            errors.put("arrayminus", minus.stream().mapToDouble(Double::doubleValue).toArray());
            errors.put("color", ZERO_LINE_COLOR);
            errors.put("thickness", 1.2);
            errors.put("width", 5);
            traces.add(JsonTrace.builder("bar")
                    .put("name", v == Voice.AUTHOR ? "author's words" : "quoted words")
                    .put("x", PlotlyText.labels(x))
                    .put("y", y.stream().mapToDouble(Double::doubleValue).toArray())
                    .put("error_y", errors)
                    .put("marker", obj("color", v == Voice.AUTHOR ? AUTHOR_COLOR : QUOTED_COLOR))
                    .put("hovertext", hover.toArray(new String[0]))
                    .put("hovertemplate", "%{hovertext}<extra></extra>")
                    .build());
        }
        Layout layout = layout("Whose frame: alarm index of the author's and the quoted words, with 95 % interval")
                .height(430)
                .margin(margin(80, 90))
                .barMode(Layout.BarMode.GROUP)
                .showLegend(true)
                .xAxis(categoryAxis("article (outlet and document id)", false))
                .yAxis(zeroAxis("alarm index ln((A + ½) / (R + ½)), 0 = balance")
                        .range(-FrameCharts.axisEnd(reach), FrameCharts.axisEnd(reach)).build())
                .build();
        return figure(layout, traces.toArray(new Trace[0]));
    }
}

package dev.framelens.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.chart.internal.JsonTrace;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class DistributionChartsTest {
    static Table summary() {
        return Table.create("groups",
                StringColumn.create("group", "Wire A", "Wire B"),
                IntColumn.create("docs", 120, 80),
                DoubleColumn.create("alarm_index", 0.5, -1.5),
                DoubleColumn.create("ci_low", 0.25, -2.0),
                DoubleColumn.create("ci_high", 1.0, -1.25));
    }

    static Table histogram() {
        return Table.create("bins",
                StringColumn.create("group", "Wire A", "Wire A", "Wire B", "Wire B"),
                DoubleColumn.create("bin_low", -0.25, 0.0, -0.25, 0.0),
                DoubleColumn.create("bin_high", 0.0, 0.25, 0.0, 0.25),
                IntColumn.create("articles", 30, 90, 80, 0),
                DoubleColumn.create("share", 0.25, 0.75, 1.0, 0.0));
    }

    @Test
    void groupAlarmIndexIsOneMarkPerGroupWithItsInterval() {
        Figure f = Charts.groupAlarmIndex(summary());
        JsonTrace t = assertInstanceOf(JsonTrace.class, f.getTraces()[0]);
        assertArrayEquals(new String[] {"Wire A (120)", "Wire B (80)"}, (String[]) t.attributes().get("y"));
        assertArrayEquals(new double[] {0.5, -1.5}, (double[]) t.attributes().get("x"));
        Map<?, ?> err = (Map<?, ?>) t.attributes().get("error_x");
        assertArrayEquals(new double[] {0.5, 0.25}, (double[]) err.get("array"));
        assertArrayEquals(new double[] {0.25, 0.5}, (double[]) err.get("arrayminus"));
        Map<?, ?> marker = (Map<?, ?>) t.attributes().get("marker");
        assertArrayEquals(new String[] {Charts.ALARM_COLOR, Charts.REASSURANCE_COLOR}, (String[]) marker.get("color"));
        assertEquals("Wire B<br>80 articles<br>alarm index -1.50<br>95 % interval -2.00 to -1.25",
                ((String[]) t.attributes().get("hovertext"))[1]);
        // the largest |value| is 2.0: the axis runs to ±2.2
        assertTrue(f.getLayout().asJavascript().contains("range: [\"-2.2\",\"2.2\"]"), f.getLayout().asJavascript());
    }

    @Test
    void histogramIsAStripOfSharesPerGroup() {
        Figure f = Charts.alarmIndexHistogram(histogram());
        JsonTrace t = assertInstanceOf(JsonTrace.class, f.getTraces()[0]);
        assertEquals("heatmap", t.attributes().get("type"));
        assertArrayEquals(new String[] {"-0.25", "0.00"}, (String[]) t.attributes().get("x"));
        assertArrayEquals(new String[] {"Wire A", "Wire B"}, (String[]) t.attributes().get("y"));
        double[][] z = (double[][]) t.attributes().get("z");
        assertArrayEquals(new double[] {0.25, 0.75}, z[0]);
        assertArrayEquals(new double[] {1.0, 0.0}, z[1]);
        String[][] text = (String[][]) t.attributes().get("text");
        assertEquals("90 articles, 75.0 %, index 0.00 to 0.25", text[0][1]);
        assertEquals(1.0, t.attributes().get("zmax"));
    }
}

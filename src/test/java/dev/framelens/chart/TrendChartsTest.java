package dev.framelens.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.chart.internal.JsonTrace;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** The trend chart: period order, one line and one band per group, colours, hover and axes. */
class TrendChartsTest {

    static Table grouped() {
        return Table.create("trends",
                StringColumn.create("period", "2001", "2001", "2002", "2003", "2003"),
                StringColumn.create("outlet", "A", "B", "B", "A", "B"),
                IntColumn.create("docs", 2, 1, 3, 1, 1),
                DoubleColumn.create("alarm_index", 0.5, -0.25, 1.0, 2.5, 0.0),
                DoubleColumn.create("ci_low", 0.25, -0.5, 0.5, 2.5, 0.0),
                DoubleColumn.create("ci_high", 1.0, 0.0, 1.5, 2.5, 0.0));
    }

    static JsonTrace trace(Figure f, int i) {
        return assertInstanceOf(JsonTrace.class, f.getTraces()[i]);
    }

    @Test
    void oneLineAndOneBandPerGroupWithThePeriodsInTableOrder() {
        Figure f = Charts.trends(grouped(), "outlet");
        assertEquals(5, f.getTraces().length); // the period axis, then band and line of A, of B
        assertArrayEquals(new String[] {"2001", "2002", "2003"}, (String[]) trace(f, 0).attributes().get("x"));
        Map<String, Object> bandA = trace(f, 1).attributes();
        assertEquals("toself", bandA.get("fill"));
        assertEquals("rgba(230,159,0,0.18)", bandA.get("fillcolor"));
        assertArrayEquals(new String[] {"2001", "2003", "2003", "2001"}, (String[]) bandA.get("x"));
        assertArrayEquals(new double[] {1.0, 2.5, 2.5, 0.25}, (double[]) bandA.get("y"));
        Map<String, Object> lineA = trace(f, 2).attributes();
        assertEquals("A", lineA.get("name"));
        assertEquals("lines+markers", lineA.get("mode"));
        assertArrayEquals(new double[] {0.5, 2.5}, (double[]) lineA.get("y"));
        assertEquals("A<br>2001<br>alarm index 0.50<br>95 % interval 0.25 to 1.00<br>2 documents",
                ((String[]) lineA.get("hovertext"))[0]);
        Map<String, Object> lineB = trace(f, 4).attributes();
        assertEquals("B", lineB.get("name"));
        assertArrayEquals(new String[] {"2001", "2002", "2003"}, (String[]) lineB.get("x"));
        assertTrue(lineB.get("line").toString().contains("#56B4E9"), lineB.get("line").toString());
        String layout = f.getLayout().asJavascript();
        assertTrue(layout.contains("title: 'Alarm index per period by outlet, with 95 % bootstrap interval'"), layout);
        assertTrue(layout.contains("range: [\"-2.8\",\"2.8\"]"), layout);
        // the chart takes its container's width: autosize, and no width in the figure's JSON
        assertTrue(layout.contains("autosize: true"), layout);
        String json = ChartHtml.json(f);
        var jsonLayout = com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("layout");
        assertTrue(jsonLayout.get("autosize").getAsBoolean() && !jsonLayout.has("width"), json);
        assertTrue(json.contains("\"config\":{\"displaylogo\":false,\"responsive\":true}"), json);
    }

    @Test
    void withoutGroupsOneGreyLineAndNoBandWithoutIntervals() {
        Table t = Table.create("trends", StringColumn.create("period", "2024-Q1", "2024-Q2"),
                DoubleColumn.create("alarm_index", 0.5, 1.0),
                DoubleColumn.create("ci_low", Double.NaN, Double.NaN),
                DoubleColumn.create("ci_high", Double.NaN, Double.NaN));
        Figure f = Charts.trends(t, null);
        assertEquals(2, f.getTraces().length);
        Map<String, Object> line = trace(f, 1).attributes();
        assertEquals("alarm index", line.get("name"));
        assertTrue(line.get("line").toString().contains(Charts.NEUTRAL_COLOR), line.get("line").toString());
        assertEquals("2024-Q1<br>alarm index 0.50<br>95 % interval n/a to n/a", ((String[]) line.get("hovertext"))[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.trends(t.removeColumns("ci_low"), null));
        assertTrue(e.getMessage().contains("ci_low"), e.getMessage());
    }

    @Test
    void labelsFromTheDataAreEscaped() {
        Table t = grouped();
        t.stringColumn("outlet").set(0, ChartFixtures.SCRIPT);
        String js = ChartHtml.script(Charts.trends(t, "outlet"), "chart-trends");
        assertTrue(!js.contains("</script><script>"), js);
    }
}

package dev.framelens.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.chart.internal.JsonTrace;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** The whose-frame chart: what it draws, from a small by-voice table. */
class VoiceChartsTest {
    static Table byVoice() {
        return Table.create(
                StringColumn.create("doc", "000_a", "000_a", "001_b", "001_b"),
                StringColumn.create("outlet", "CNN", "CNN", "Op-Ed <Weekly>", "Op-Ed <Weekly>"),
                StringColumn.create("voice", "author", "quoted", "author", "quoted"),
                IntColumn.create("tokens", 500, 120, 400, 0),
                DoubleColumn.create("alarm_index", 2.0, -0.5, -1.0, 0.0),
                DoubleColumn.create("ci_low", 1.5, -2.5, -1.5, Double.NaN),
                DoubleColumn.create("ci_high", 2.75, 1.0, -0.25, Double.NaN));
    }

    @Test
    void authorAndQuotedBarsWithTheirIntervals() {
        Figure f = Charts.whoseFrame(byVoice());
        assertEquals(2, f.getTraces().length);
        JsonTrace author = (JsonTrace) f.getTraces()[0];
        JsonTrace quoted = (JsonTrace) f.getTraces()[1];
        assertEquals("bar", author.attributes().get("type"));
        assertEquals("author's words", author.attributes().get("name"));
        assertEquals("quoted words", quoted.attributes().get("name"));
        assertArrayEquals(new String[] {"CNN (000)", "Op-Ed &lt;Weekly&gt; (001)"}, (String[]) author.attributes().get("x"));
        assertArrayEquals(new double[] {2.0, -1.0}, (double[]) author.attributes().get("y"));
        assertArrayEquals(new double[] {-0.5, 0.0}, (double[]) quoted.attributes().get("y"));
        Map<?, ?> err = (Map<?, ?>) quoted.attributes().get("error_y");
        // 1.0 − (−0.5) above, −0.5 − (−2.5) below; a part without tokens has no interval: no bar
        assertArrayEquals(new double[] {1.5, 0.0}, (double[]) err.get("array"));
        assertArrayEquals(new double[] {2.0, 0.0}, (double[]) err.get("arrayminus"));
        assertEquals(Map.of("color", VoiceCharts.AUTHOR_COLOR), author.attributes().get("marker"));
        String[] hover = (String[]) quoted.attributes().get("hovertext");
        assertEquals("CNN (000)<br>quoted: alarm index -0.50<br>95 % interval -2.50 to 1.00<br>120 tokens", hover[0]);
        // the axis reaches the largest |value| (2.75) plus 10 %, rounded up to a tenth, on both sides
        String layout = f.getLayout().asJavascript();
        assertTrue(layout.contains("range: [\"-3.1\",\"3.1\"]"), layout);
        // grouped bars are Plotly's default barmode, which the layout leaves out
        assertTrue(!layout.contains("barmode"), layout);
    }
}

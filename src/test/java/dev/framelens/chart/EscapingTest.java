package dev.framelens.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.table.Html;
import dev.framelens.table.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

/**
 * Hostile strings from data never reach a page as markup: the escaping helpers, and every chart's
 * script built from tables full of them.
 */
class EscapingTest {

    private static final String SCRIPT_SHOWN = "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String IMG_SHOWN = "\"&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Test
    void htmlEscapeEscapesTheFiveSpecialCharactersAndControls() {
        assertEquals("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape(ChartFixtures.SCRIPT));
        assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", Html.escape(ChartFixtures.IMG));
        assertEquals("a &amp; b &#39;c&#39; &amp;amp;", Html.escape("a & b 'c' &amp;"));
        assertEquals("tab\tline\nnul\uFFFDdel\uFFFD", Html.escape("tab\tline\nnul\u0000del\u007f"));
        assertEquals("", Html.escape(null));
        String plain = "plain text, ünïcode ✓";
        assertTrue(plain == Html.escape(plain), "unchanged strings are not copied");
    }

    @Test
    void plotlyLabelsAreEntityEscapedForPlotlysPseudoHtml() {
        assertEquals(SCRIPT_SHOWN, PlotlyText.label(ChartFixtures.SCRIPT));
        assertEquals(IMG_SHOWN, PlotlyText.label(ChartFixtures.IMG));
        assertEquals("AT&amp;T a b \\ 'q'", PlotlyText.label("AT&T a\nb \\ 'q'"));
        assertEquals("", PlotlyText.label(null));
    }

    @Test
    void templateTextReplacesWhatPebbleDoesNotEscapeForJavaScript() {
        assertEquals("a\u2216b \u201Dq\u201D c d <b>", PlotlyText.templateText("a\\b \"q\" c\nd <b>"));
        assertEquals("", PlotlyText.templateText(null));
    }

    @Test
    void jsonEscapesForJsonAndForTheScriptElement() {
        assertEquals("\"\\u003c/script\\u003e \\\"q\\\" \\\\ \\n \\u2028 \\u0026 \\u0001\"",
                Json.write("</script> \"q\" \\ \n \u2028 & \u0001"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", new double[] {1, 0.5, Double.NaN, Double.POSITIVE_INFINITY, -2});
        m.put("b", List.of(true, 3, 2.5f));
        m.put("c", new double[][] {{1}, {}});
        m.put("d", new String[] {"x", null});
        assertEquals("{\"a\":[1.0,0.5,null,null,-2.0],\"b\":[true,3,2.5],\"c\":[[1.0],[]],\"d\":[\"x\",null]}",
                Json.write(m));
        StringBuilder plain = new StringBuilder();
        Json.write("AT&T <b> \u2028", Json.Escape.PLAIN, plain);
        assertEquals("\"AT&T <b> \\u2028\"", plain.toString(), "plain JSON keeps < > & as they are");
        assertEquals("1.0E-5", Json.write(1e-5));
        assertEquals("1.0E15", Json.write(1e15));
    }

    private static List<Figure> hostileFigures() {
        String a = ChartFixtures.SCRIPT;
        String b = ChartFixtures.IMG;
        return List.of(
                Charts.frameScores(ChartFixtures.hostileFrameScores()),
                Charts.alarmIndex(ChartFixtures.hostileFrameScores()),
                Charts.categoryProfile(ChartFixtures.hostileFrameScores(),
                        Map.of(ChartFixtures.SCRIPT, "alarm", "threat", "alarm")),
                Charts.distinctiveTerms(ChartFixtures.hostileCompare(), a, b, 5),
                Charts.termScatter(ChartFixtures.hostileCompare(), a, b),
                Charts.actorsFrames(ChartFixtures.hostileActorsOverall()),
                Charts.cooccurrence(ChartFixtures.hostileCooccurrenceMatrix()),
                Charts.topTerms(ChartFixtures.hostileTermFrequencies(), 10),
                Charts.similarity(ChartFixtures.similarity(),
                        Charts.articleLabels(ChartFixtures.hostileFrameScores())));
    }

    @Test
    void noChartScriptCarriesAnAngleBracketFromData() {
        int i = 0;
        for (Figure f : hostileFigures()) {
            String js = ChartHtml.script(f, "chart-" + i++);
            assertEquals(-1, js.indexOf('<'), "a '<' in chart " + (i - 1) + ":\n" + js);
            assertEquals(-1, js.indexOf('>'), "a '>' in chart " + (i - 1) + ":\n" + js);
            String lower = js.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("alert(1)</"), js);
            assertTrue(lower.contains("alert(1)"), "the hostile text is still there, escaped: " + js);
        }
    }

    @Test
    void dataStringsKeepTheirTextForPlotlyToShow() {
        Figure f = Charts.distinctiveTerms(ChartFixtures.hostileCompare(), "a", "b", 2);
        JsonTrace t = (JsonTrace) f.getTraces()[0];
        assertArrayEquals(new String[] {SCRIPT_SHOWN, IMG_SHOWN}, (String[]) t.attributes().get("y"));
        String js = t.asJavascript(0);
        assertTrue(js.contains("\"y\":[\"\\u0026lt;/script\\u0026gt;\\u0026lt;script\\u0026gt;alert(1)"
                + "\\u0026lt;/script\\u0026gt;\",\"\\\"\\u0026gt;\\u0026lt;img src=x onerror=alert(1)\\u0026gt;\"]"), js);
        // jsplot's own bars: Jackson-quoted, entity-escaped by us
        String bars = Charts.frameScores(ChartFixtures.hostileFrameScores()).getTraces()[0].asJavascript(0);
        assertTrue(bars.contains("x: [\"" + SCRIPT_SHOWN + " (000)\",\"\\\"&gt;&lt;img src=x onerror=alert(1)&gt; (001)\""), bars);
    }

    @Test
    void titlesFromDataAreSafeInJsplotsTemplates() {
        Figure f = Charts.distinctiveTerms(ChartFixtures.compare(), "a\\\"b\n</script>", "x'y", 2);
        String layout = f.getLayout().asJavascript();
        assertTrue(layout.contains("title: 'Distinctive terms: a\u2216\u201Db &lt;/script&gt; vs x&#39;y"
                + " (Fightin&#39; Words log-odds z)'"), layout);
        assertEquals(-1, layout.indexOf('\\'), layout);
        String js = ChartHtml.script(f, "chart-x");
        assertEquals(-1, js.indexOf('<'), js);
    }
}

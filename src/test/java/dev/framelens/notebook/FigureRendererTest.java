package dev.framelens.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.framelens.chart.ChartHtml;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

class FigureRendererTest {

    private static Figure chart(String... terms) {
        int[] counts = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            counts[i] = terms.length - i;
        }
        Table table = Table.create("t", StringColumn.create("term", terms), IntColumn.create("n", counts));
        return VerticalBarPlot.create("top terms", table, "term", "n");
    }

    @Test
    void jsonIsThePlotlyFigureThatTheReportDrawsToo() {
        Figure f = chart("alpha", "beta");
        String json = new FigureRenderer("fig-a").json(f);
        assertEquals(ChartHtml.json(f), json);
        JsonObject figure = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(java.util.Set.of("data", "layout", "config"), figure.keySet());
        JsonObject trace = figure.getAsJsonArray("data").get(0).getAsJsonObject();
        assertEquals("bar", trace.get("type").getAsString());
        assertEquals("[\"alpha\",\"beta\"]", trace.get("x").toString());
        assertEquals("[2.0,1.0]", trace.get("y").toString());
        assertEquals("{\"text\":\"top terms\"}", figure.getAsJsonObject("layout").get("title").toString());
    }

    @Test
    void htmlFallbackCarriesNoPlotlyJsAndDrawsOnlyWherePlotlyIsLoaded() {
        FigureRenderer renderer = new FigureRenderer("fig-test");
        Figure alpha = chart("alpha", "beta");
        String first = renderer.html(alpha);
        assertEquals("<div id=\"fig-test-1\" class=\"framelens-figure\" style=\"width: 100%\">"
                + "<p class=\"framelens-figure-note\">Figure &quot;top terms&quot; (1 trace): drawn by JupyterLab's plotly"
                + " extension (scripts/pyenv.sh installs it) and in HTML exported with jupyter nbconvert --to html"
                + " --template framelens (scripts/jupyter-setup.sh).</p></div>\n"
                + "<script type=\"text/javascript\">\nif (window.Plotly) {\n"
                + "document.getElementById(\"fig-test-1\").textContent = \"\";\n"
                + ChartHtml.script(alpha, "fig-test-1")
                + "\n}\n</script>", first);
        assertTrue(first.length() < 5_000, "no plotly.js in an output: " + first.length());
        String second = renderer.html(chart("gamma"));
        assertTrue(second.startsWith("<div id=\"fig-test-2\" class=\"framelens-figure\""), second);
        assertTrue(second.contains("\"x\":[\"gamma\"]"), second);
        assertFalse(second.contains("target_"), "jsplot's own Figure.asJavascript is not used");
    }

    @Test
    void dataCannotCloseTheScriptElement() {
        FigureRenderer renderer = new FigureRenderer("fig-x");
        String html = renderer.html(chart("</script><b>x</b>", "ok"));
        assertEquals(1, html.split("</script>", -1).length - 1, "only the renderer's own closing tag: " + html);
        assertTrue(html.contains("\"\\u003c/script\\u003e\\u003cb\\u003ex\\u003c/b\\u003e\""), html);
        assertTrue(new FigureRenderer("fig-x").json(chart("</script>")).contains("\\u003c/script\\u003e"));
    }

    @Test
    void plainTextNamesTheTitleAndTraces() {
        assertEquals("Figure \"top terms\" (1 trace)", new FigureRenderer("f").text(chart("a")));
    }

    @Test
    void idPrefixIsAChartId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FigureRenderer("fig_1"));
        assertEquals("id prefix 'fig_1' must be lower-case letters, digits and hyphens, starting with a letter", e.getMessage());
        String html = new FigureRenderer().html(chart("a"));
        assertTrue(html.matches("(?s)<div id=\"framelens-fig-[0-9a-f]{8}-1\" class=\"framelens-figure\".*"), html);
    }
}

package dev.framelens.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.chart.ChartHtml;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

class FigureRendererTest {

    private static final String STUB = "/* plotly stub </script> */ window.Plotly = {};";

    private static Figure chart(String... terms) {
        int[] counts = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            counts[i] = terms.length - i;
        }
        Table table = Table.create("t", StringColumn.create("term", terms), IntColumn.create("n", counts));
        return VerticalBarPlot.create("top terms", table, "term", "n");
    }

    @Test
    void firstFigureCarriesPlotlyWithAmdHiddenLaterOnesDoNot() {
        FigureRenderer renderer = new FigureRenderer("fig-test", () -> STUB);
        String first = renderer.html(chart("alpha", "beta"));
        assertTrue(first.startsWith("<script type=\"text/javascript\">window.__framelensDefine = window.define; window.define = undefined;</script>\n"
                + "<script type=\"text/javascript\">\n/* plotly stub <\\/script> */ window.Plotly = {};\n</script>\n"
                + "<script type=\"text/javascript\">window.define = window.__framelensDefine;"), first);
        assertTrue(first.contains("<div id=\"fig-test-1\" class=\"framelens-figure\"></div>"), first);
        assertTrue(renderer.plotlyEmitted());

        String second = renderer.html(chart("gamma"));
        assertFalse(second.contains("plotly stub"), second);
        assertFalse(second.contains("__framelensDefine"), second);
        assertTrue(second.startsWith("<div id=\"fig-test-2\" class=\"framelens-figure\"></div>\n<script type=\"text/javascript\">\n"
                + "(function () {\n  var attempts = 0;\n  function draw() {\n    if (!window.Plotly) {\n"
                + "      if (++attempts < 50) { setTimeout(draw, 200); return; }\n"
                + "      document.getElementById('fig-test-2').textContent = 'Plotly.js is not loaded on this page"), second);
        // the figure's script is the report's: ChartHtml.script, drawn into the figure's div
        Figure gamma = chart("gamma");
        assertTrue(second.contains(ChartHtml.script(gamma, "fig-test-2")), second);
        assertTrue(second.contains("var el = document.getElementById(\"fig-test-2\");"), second);
        assertTrue(second.contains("x: [\"gamma\"]"), second);
        assertTrue(second.contains("Plotly.newPlot(el, data, layout, config)"), second);
        assertFalse(second.contains("target_"), "jsplot's own Figure.asJavascript is not used");
        assertTrue(second.endsWith("\n  }\n  draw();\n})();\n</script>"), second);
    }

    @Test
    void dataCannotCloseTheScriptElement() {
        FigureRenderer renderer = new FigureRenderer("fig-x", () -> STUB);
        renderer.html(chart("warm-up"));
        String html = renderer.html(chart("</script><b>x</b>", "ok"));
        assertEquals(1, html.split("</script>", -1).length - 1, "only the renderer's own closing tag: " + html);
        assertTrue(html.contains("<\\/script><b>x<\\/b>"), html);
    }

    @Test
    void missingPlotlyFailsAndIsRetriedOnTheNextFigure() {
        int[] calls = {0};
        FigureRenderer renderer = new FigureRenderer("fig-y", () -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("no plotly");
            }
            return STUB;
        });
        assertThrows(IllegalStateException.class, () -> renderer.html(chart("a")));
        assertFalse(renderer.plotlyEmitted());
        assertTrue(renderer.html(chart("a")).contains("plotly stub"));
    }

    @Test
    void plainTextNamesTheTitleAndTraces() {
        assertEquals("Figure \"top terms\" (1 trace)", new FigureRenderer("f", () -> STUB).text(chart("a")));
    }

    @Test
    void idPrefixIsAChartId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FigureRenderer("fig_1", () -> STUB));
        assertEquals("id prefix 'fig_1' must be lower-case letters, digits and hyphens, starting with a letter", e.getMessage());
    }

    @Test
    void plotlyComesFromTheWebjarOnTheClassPath() {
        String html = new FigureRenderer().html(chart("a"));
        assertTrue(html.contains("plotly.js v2.35.3"));
        assertTrue(html.matches("(?s).*<div id=\"framelens-fig-[0-9a-f]{8}-1\" class=\"framelens-figure\"></div>.*"));
    }
}

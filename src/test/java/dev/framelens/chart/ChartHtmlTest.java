package dev.framelens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;

/** Offline HTML: Plotly from the webjar, fixed ids, one scope per figure. */
class ChartHtmlTest {

    @Test
    void plotlyComesFromTheWebjarOnTheClassPath() throws IOException {
        assertEquals("2.35.3", ChartHtml.plotlyVersion());
        assertEquals("META-INF/resources/webjars/plotly.js-dist/2.35.3/plotly.js", ChartHtml.plotlyJsResource());
        try (var in = ChartHtml.openPlotlyJs()) {
            String head = new String(in.readNBytes(200), StandardCharsets.UTF_8);
            assertTrue(head.contains("plotly.js v2.35.3"), head);
        }
    }

    @Test
    void writePlotlyJsWritesTheScriptOnce(@TempDir Path dir) throws IOException {
        Path js = ChartHtml.writePlotlyJs(dir);
        assertEquals(dir.resolve("plotly.js"), js);
        long size = Files.size(js);
        assertTrue(size > 5_000_000, "plotly.js is " + size + " bytes");
        var modified = Files.getLastModifiedTime(js);
        ChartHtml.writePlotlyJs(dir);
        assertEquals(modified, Files.getLastModifiedTime(js));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(js), files.toList());
        }
    }

    @Test
    void divHasTheFixedIdAndItsScriptDrawsIntoIt() {
        String html = ChartHtml.div(Charts.frameScores(ChartFixtures.frameScores()), "chart-frame-scores");
        assertTrue(html.startsWith(
                "<div id=\"chart-frame-scores\" class=\"framelens-chart\"></div>\n<script>\n(function () {\n"
                        + "var el = document.getElementById(\"chart-frame-scores\");\nvar layout = {"), html);
        assertTrue(html.contains("var config = {\n  \"displaylogo\" : false,\n  \"responsive\" : true\n};"), html);
        assertTrue(html.contains("data.push((function () {\nvar trace0 =\n{"), html);
        assertTrue(html.contains("return trace0;\n})());\ndata.push((function () {\nvar trace1 =\n{"), html);
        assertTrue(html.contains("Plotly.newPlot(el, data, layout, config)"), html);
        assertTrue(html.endsWith("})();\n</script>\n"), html);
        assertEquals(html, ChartHtml.div(Charts.frameScores(ChartFixtures.frameScores()), "chart-frame-scores"));
    }

    @Test
    void jsplotHeatmapThatAlwaysCallsItselfTrace0StillWorks() {
        Figure f = new Figure(
                Layout.builder().title("t").build(),
                BarTrace.builder(new Object[] {"a"}, new double[] {1}).build(),
                HeatmapTrace.builder(new Object[] {"a"}, new Object[] {"b"}, new double[][] {{1}}).build());
        String js = ChartHtml.script(f, "chart-mixed");
        // jsplot's HeatmapTrace ignores its index: the second trace is declared as trace0 as well
        assertTrue(js.contains("return trace0;\n})());\ndata.push((function () {\nvar trace0 =\n{"), js);
        assertTrue(js.contains("type: 'heatmap'"), js);
        assertFalse(js.contains("trace1"), js);
    }

    @Test
    void idsMustBeSimple() {
        Figure f = Charts.topTerms(ChartFixtures.termFrequencies(), 3);
        for (String bad : new String[] {"", "Chart", "1chart", "chart x", "chart\"x", "chart_x", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartHtml.div(f, bad));
            assertTrue(e.getMessage().contains("must be lower-case letters, digits and hyphens"), e.getMessage());
        }
    }

    @Test
    void standalonePageLoadsPlotlyFromBesideItNeverFromTheNetwork(@TempDir Path dir) throws IOException {
        Path page = ChartHtml.writePage(dir.resolve("charts.html"), "Charts <of> \"seeds\"",
                List.of(new ChartHtml.Chart("chart-top-terms", Charts.topTerms(ChartFixtures.termFrequencies(), 5)),
                        new ChartHtml.Chart("chart-similarity", Charts.similarity(ChartFixtures.similarity()))));
        String html = Files.readString(page);
        assertTrue(Files.isRegularFile(dir.resolve("plotly.js")));
        assertTrue(html.contains("<script src=\"plotly.js\"></script>"), html);
        assertTrue(html.contains("<title>Charts &lt;of&gt; &quot;seeds&quot;</title>"), html);
        assertTrue(html.contains("<div id=\"chart-top-terms\" class=\"framelens-chart\"></div>"), html);
        assertTrue(html.contains("<div id=\"chart-similarity\" class=\"framelens-chart\"></div>"), html);
        assertFalse(html.contains("http://") || html.contains("https://"), html);
        assertTrue(html.indexOf("plotly.js\"></script>") < html.indexOf("chart-top-terms"));
    }
}

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

/** Offline HTML: minified Plotly from the class path, the figure as JSON, fixed ids, one scope per figure. */
class ChartHtmlTest {

    @Test
    void plotlyIsTheCommittedMinifiedBundleWithItsVersionAndChecksum() throws Exception {
        assertEquals("4.1.1", ChartHtml.plotlyVersion());
        assertEquals("dev/framelens/chart/plotly/plotly.min.js", ChartHtml.plotlyJsResource());
        byte[] bytes;
        try (var in = ChartHtml.openPlotlyJs()) {
            bytes = in.readAllBytes();
        }
        String head = new String(bytes, 0, 200, StandardCharsets.UTF_8);
        assertTrue(head.contains("plotly.js v4.1.1") && head.contains("Licensed under the MIT license"), head);
        // the checksum plotly.properties records for the file from npm's plotly.js-dist-min
        java.util.Properties p = new java.util.Properties();
        try (var in = ChartHtml.class.getClassLoader().getResourceAsStream("dev/framelens/chart/plotly/plotly.properties")) {
            p.load(in);
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : java.security.MessageDigest.getInstance("SHA-256").digest(bytes)) {
            hex.append(String.format("%02x", b & 0xff));
        }
        assertEquals(p.getProperty("sha256"), hex.toString());
        assertEquals(hex.toString(), ChartHtml.plotlySha256(), "what a report lists for plotly.js");
        assertTrue(bytes.length < 5_000_000, "minified: " + bytes.length + " bytes");
        assertTrue(ChartHtml.class.getClassLoader().getResource("dev/framelens/chart/plotly/LICENSE") != null);
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("</script"), "safe to inline in a page");
    }

    @Test
    void writePlotlyJsWritesTheScriptOnce(@TempDir Path dir) throws IOException {
        Path js = ChartHtml.writePlotlyJs(dir);
        assertEquals(dir.resolve("plotly.js"), js);
        long size = Files.size(js);
        assertTrue(size > 4_000_000 && size < 5_000_000, "plotly.js is " + size + " bytes");
        var modified = Files.getLastModifiedTime(js);
        ChartHtml.writePlotlyJs(dir);
        assertEquals(modified, Files.getLastModifiedTime(js));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(js), files.toList());
        }
    }

    @Test
    void divHasTheFixedIdAndItsScriptDrawsTheFigureJsonIntoIt() {
        Figure f = Charts.frameScores(ChartFixtures.frameScores());
        String html = ChartHtml.div(f, "chart-frame-scores");
        assertEquals("<div id=\"chart-frame-scores\" class=\"framelens-chart\"></div>\n<script>\n(function () {\n"
                + "var el = document.getElementById(\"chart-frame-scores\");\n"
                + "var figure = " + ChartHtml.json(f) + ";\n"
                + "Plotly.newPlot(el, figure).then(function () {\n"
                + "  var b = document.body;\n"
                + "  b.setAttribute(\"data-charts-drawn\", String((parseInt(b.getAttribute(\"data-charts-drawn\") || \"0\", 10)) + 1));\n"
                + "}, function (err) {\n"
                + "  var b = document.body;\n"
                + "  b.setAttribute(\"data-errors\", (b.getAttribute(\"data-errors\") || \"\") + \"chart-frame-scores: \" + err + \"\\n\");\n"
                + "});\n})();\n</script>\n", html);
        assertEquals(html, ChartHtml.div(Charts.frameScores(ChartFixtures.frameScores()), "chart-frame-scores"));
    }

    @Test
    void jsonOfAJsplotFigureIsPlainPlotlyDataWithTitleObjects() {
        Figure f = new Figure(
                Layout.builder().title("Fightin' Words").width(500).height(300)
                        .xAxis(tech.tablesaw.plotly.components.Axis.builder().title("x axis").build()).build(),
                BarTrace.builder(new Object[] {"a", "b"}, new double[] {1, Double.NaN}).name("bars").build(),
                HeatmapTrace.builder(new Object[] {"a"}, new Object[] {"b"}, new double[][] {{1}}).build());
        String json = ChartHtml.json(f);
        // Pebble's HTML escape (&#39;) is decoded by Plotly; titles are {text}; NaN is null (a gap)
        assertTrue(json.startsWith("{\"data\":[{\"x\":[\"a\",\"b\"],\"y\":[1.0,null],"), json);
        assertTrue(json.contains("\"type\":\"bar\",\"name\":\"bars\"}"), json);
        // jsplot's HeatmapTrace calls itself trace0 whatever its index: as data it is simply the second trace
        assertTrue(json.contains("},{\"") && json.contains("\"type\":\"heatmap\""), json);
        assertTrue(json.contains("\"layout\":{\"title\":{\"text\":\"Fightin\\u0026#39; Words\"},\"height\":300,\"width\":500,"), json);
        assertTrue(json.contains("\"xaxis\":{\"title\":{\"text\":\"x axis\"}"), json);
        assertFalse(json.contains("autosize"), "a layout that does not size itself keeps its width");
    }

    @Test
    void javascriptThatIsNotDataFailsWithAMessage() {
        tech.tablesaw.plotly.traces.Trace bad = new tech.tablesaw.plotly.traces.Trace() {
            @Override public String asJavascript(int i) { return "var trace0 = {x: f()};"; }
            @Override public String name() { return "bad"; }
            @Override public tech.tablesaw.plotly.components.HoverLabel hoverLabel() { return null; }
            @Override public boolean showLegend() { return false; }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartHtml.json(new Figure(Layout.builder().build(), bad)));
        assertTrue(e.getMessage().startsWith("cannot read trace 0 ("), e.getMessage());
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

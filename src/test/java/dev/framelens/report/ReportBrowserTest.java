package dev.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.chart.ChartFixtures;
import dev.framelens.chart.ChartHtml;
import dev.framelens.chart.Charts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in headless Chromium with no network and checks what it drew: every chart has
 * Plotly's {@code main-svg}, the page counted every chart as drawn, no script error or blocked
 * load, and hostile strings are shown as text, never run. Skips without Chromium unless CI=true.
 */
class ReportBrowserTest {

    @BeforeEach
    void browser() {
        Chromium.require();
    }

    /** The attributes of the page's {@code <body>} element. */
    private static String bodyTag(String dom) {
        int i = dom.indexOf("<body");
        assertTrue(i >= 0, "no <body> in the DOM");
        return dom.substring(i, dom.indexOf('>', i) + 1);
    }

    /** The DOM of each chart div: from its start to the next chart div (or the end). */
    private static List<String> chartRegions(String dom, List<String> ids) {
        List<String> regions = new ArrayList<>();
        for (String id : ids) {
            int start = dom.indexOf("<div id=\"" + id + "\"");
            assertTrue(start >= 0, "chart div " + id + " is missing from the DOM");
            int next = dom.indexOf("class=\"framelens-chart", dom.indexOf('>', start));
            int end = next < 0 ? dom.length() : dom.lastIndexOf("<div", next);
            regions.add(dom.substring(start, end));
        }
        return regions;
    }

    private static List<String> ids(String dom) {
        Matcher m = Pattern.compile("<div id=\"(chart-[a-z0-9-]+)\"").matcher(dom);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void everyChartOfTheHostileReportIsDrawnAndNothingRuns(@TempDir Path tmp) throws Exception {
        Path index = ReportFixtures.hostile().write(tmp.resolve("report"));
        String dom = Chromium.dumpDom(index);
        String body = bodyTag(dom);
        assertFalse(body.contains("data-errors"), "script errors: " + body);
        assertFalse(body.contains("data-pwned"), "a hostile string ran: " + body);
        assertTrue(body.contains("data-charts-expected=\"9\""), body);
        assertTrue(body.contains("data-charts-drawn=\"9\""), "not every chart was drawn: " + body);
        List<String> ids = ids(dom);
        assertEquals(9, ids.size(), ids.toString());
        List<String> regions = chartRegions(dom, ids);
        for (int i = 0; i < ids.size(); i++) {
            assertTrue(regions.get(i).contains("class=\"main-svg\""), ids.get(i) + " has no main-svg");
        }
        assertFalse(dom.contains("<img src=\"x\""), "a hostile <img> became an element");
        // Plotly shows the hostile outlet as text: the tick label of the first article
        String frameScores = regions.get(0);
        assertTrue(frameScores.contains(
                ">&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; (000)</text>"), frameScores);
        // ...and the hostile term on the distinctive-terms axis
        assertTrue(regions.get(3).contains(">\"&gt;&lt;img src=x onerror=alert(1)&gt;</text>"), regions.get(3));
    }

    @Test
    void theSeedsLikeReportDrawsEveryChartOffline(@TempDir Path tmp) throws Exception {
        Path index = ReportFixtures.plain().write(tmp.resolve("report"));
        String dom = Chromium.dumpDom(index);
        String body = bodyTag(dom);
        assertFalse(body.contains("data-errors"), body);
        assertTrue(body.contains("data-charts-drawn=\"9\""), body);
        for (String region : chartRegions(dom, ids(dom))) {
            assertTrue(region.contains("class=\"main-svg\""), region);
        }
        // the sortable tables are wired: the script ran to its end without error, and the headers are buttons
        assertTrue(dom.contains("<th scope=\"col\" class=\"num\"><button type=\"button\" title=\"sort by this column\">alarm_index</button></th>"));
    }

    @Test
    void aStandaloneChartPageDrawsOffline(@TempDir Path tmp) throws Exception {
        Path page = ChartHtml.writePage(tmp.resolve("charts.html"), "charts",
                List.of(new ChartHtml.Chart("chart-alarm-index", Charts.alarmIndex(ChartFixtures.frameScores())),
                        new ChartHtml.Chart("chart-actors", Charts.actorsFrames(ChartFixtures.actorsOverall()))));
        String dom = Chromium.dumpDom(page);
        String body = bodyTag(dom);
        assertFalse(body.contains("data-errors"), body);
        assertTrue(body.contains("data-charts-drawn=\"2\""), body);
        for (String region : chartRegions(dom, List.of("chart-alarm-index", "chart-actors"))) {
            assertTrue(region.contains("class=\"main-svg\""), region);
        }
    }

    @Test
    void aPageWithoutPlotlyReportsTheError(@TempDir Path tmp) throws Exception {
        // the checks above can fail: without plotly.js beside it, the page records errors, draws nothing
        Path index = ReportFixtures.plain().write(tmp.resolve("report"));
        java.nio.file.Files.delete(index.resolveSibling("plotly.js"));
        String body = bodyTag(Chromium.dumpDom(index));
        assertTrue(body.contains("data-errors=\""), body);
        assertTrue(body.contains("Plotly is not defined"), body);
        assertFalse(body.contains("data-charts-drawn"), body);
    }
}

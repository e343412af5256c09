package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.report.Chromium;
import dev.framelens.table.Framelens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** `framelens report` on the real seeds and on a hostile corpus, checked on what is rendered. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void seedsReportRendersEveryChartOfflineIn001Apart() throws Exception {
        Path out = tmp.resolve("seeds-report");
        CliRunner.Result r = CliRunner.run("report", "seeds", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(out.resolve("index.html").toAbsolutePath().normalize().toString(), r.out().strip());
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(Pattern.compile("<(script|link|img)[^>]+(src|href)=\"https?://").matcher(html).find(), "network source");
        assertTrue(Files.size(out.resolve("plotly.js")) > 1_000_000);
        for (String csv : new String[] {"frame_scores.csv", "compare.csv", "evidence.csv", "term_frequencies.csv"}) {
            assertTrue(Files.exists(out.resolve(csv)), csv);
        }
        assertTrue(html.contains("Comparison by <strong>stance</strong>: a = <strong>reassuring</strong>"), "default comparison");
        // the frame scores behind the chart: 001 is the one article where reassurance is not outweighed by alarm
        // (lexicon v2: 5 hits each; the other four have more alarm than reassurance)
        Table scores = Framelens.load("seeds").frameScores();
        int lowest = 0;
        for (int row = 0; row < scores.rowCount(); row++) {
            boolean reassuring = scores.doubleColumn("reassurance_per_1k").get(row) >= scores.doubleColumn("alarm_per_1k").get(row);
            assertEquals(scores.stringColumn("doc").get(row).startsWith("001"), reassuring);
            if (scores.doubleColumn("alarm_index").get(row) < scores.doubleColumn("alarm_index").get(lowest)) {
                lowest = row;
            }
        }
        assertTrue(scores.stringColumn("doc").get(lowest).startsWith("001"));
        // ... and the alarm-index chart draws 001 in the reassurance colour, the others in the alarm colour
        Matcher m = Pattern.compile("id=\"chart-alarm-index\"").matcher(html);
        assertTrue(m.find(), "alarm index chart div");

        Chromium.require();
        String dom = Chromium.dumpDom(out.resolve("index.html"));
        String body = dom.substring(dom.indexOf("<body"), dom.indexOf('>', dom.indexOf("<body")) + 1);
        assertFalse(body.contains("data-errors"), "script errors: " + body);
        Matcher expected = Pattern.compile("data-charts-expected=\"(\\d+)\"").matcher(body);
        assertTrue(expected.find(), body);
        assertTrue(Integer.parseInt(expected.group(1)) >= 9, body);
        assertTrue(body.contains("data-charts-drawn=\"" + expected.group(1) + "\""), "every chart drawn: " + body);
        int svgs = 0;
        for (int i = dom.indexOf("class=\"main-svg\""); i >= 0; i = dom.indexOf("class=\"main-svg\"", i + 1)) {
            svgs++;
        }
        assertTrue(svgs >= Integer.parseInt(expected.group(1)), "main-svg per chart: " + svgs);
        assertTrue(dom.contains("The Mercury News (001)"), "articles labelled by outlet");
    }

    @Test
    void hostileArticleAndMetadataRenderAsText() throws Exception {
        Path corpus = tmp.resolve("hostile");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "<script>alert(1)</script> Putin is a grave threat and a dangerous dictator.\n"
                + "\"><img src=x onerror=alert(2)> Kim met Putin.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), "The danger is overblown and limited. Kim is not a threat.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("metadata.csv"), "doc,outlet,stance\na,\"<script>alert(3)</script>\",x\nb,\"\"\"><img src=x onerror=alert(4)>\",y\n",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("hostile-report");
        CliRunner.Result r = CliRunner.run("report", corpus.toString(), "--out", out.toString(), "--by", "stance");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>alert"), "raw script tag from the data");
        assertFalse(html.contains("<img src=x"), "raw img tag from the data");
        assertTrue(html.contains("alert(1)&lt;/script&gt;"), "the article text shows escaped");
        assertTrue(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;"), "the outlet shows escaped");
        Chromium.require();
        String dom = Chromium.dumpDom(out.resolve("index.html"));
        assertFalse(dom.contains("<img src=\"x\""), "an injected element");
        String body = dom.substring(dom.indexOf("<body"), dom.indexOf('>', dom.indexOf("<body")) + 1);
        assertFalse(body.contains("data-errors"), body);
    }

    @Test
    void badComparisonArgumentsAreUsageErrors() {
        CliTest.assertOneLineError(CliRunner.run("report", "seeds", "--out", tmp.resolve("r").toString(), "--by", "nope"), 2, "no metadata column 'nope'");
        CliTest.assertOneLineError(CliRunner.run("report", "seeds", "--out", tmp.resolve("r").toString(), "--a", "x"), 2, "--a and --b");
        assertFalse(Files.exists(tmp.resolve("r")), "no half report");
    }
}

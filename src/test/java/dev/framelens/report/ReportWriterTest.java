package dev.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.chart.ChartFixtures;
import dev.framelens.report.internal.ReportFolder;
import dev.framelens.table.TableWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The report page: what it shows, that it is safe and offline, and how it is written. */
class ReportWriterTest {

    private static final List<String> ALL_CHARTS = List.of(
            "chart-frame-scores", "chart-alarm-index", "chart-category-profile", "chart-distinctive-terms",
            "chart-term-scatter", "chart-actors-frames", "chart-cooccurrence", "chart-top-terms",
            "chart-similarity");

    @TempDir Path tmp;

    private static List<String> chartIds(String html) {
        Matcher m = Pattern.compile("<div id=\"([a-z0-9-]+)\" class=\"framelens-chart\">").matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyChartIsThereWithItsFixedIdInOrder() throws IOException {
        Path index = ReportFixtures.plain().write(tmp.resolve("report"));
        assertEquals(tmp.resolve("report").resolve("index.html"), index);
        String html = Files.readString(index);
        assertEquals(ALL_CHARTS, chartIds(html));
        assertTrue(html.contains("<body data-charts-expected=\"9\">"), html);
        for (String id : ALL_CHARTS) {
            assertTrue(html.contains("var el = document.getElementById(\"" + id + "\");"), id);
        }
    }

    @Test
    void summaryNamesDocumentsTokensOutletsAndTheComparison() {
        String html = ReportFixtures.plain().html();
        assertTrue(html.contains("<p class=\"summary\">Corpus <strong>seeds</strong>: <strong>5</strong>"
                + " documents, <strong>5,550</strong> tokens, 5 outlets: Daily Alpha, Op-Ed Weekly, Gazette,"
                + " Morning Wire, Evening Post.</p>"), html);
        assertTrue(html.contains("<p class=\"summary\">Comparison by <strong>stance</strong>: a ="
                + " <strong>reassuring</strong>, b = <strong>alarmed</strong>.</p>"), html);
        assertTrue(html.contains("<title>framelens report: seeds</title>"), html);
    }

    @Test
    void summaryIsReadOffTheFrameScores() {
        Report.Summary s = Report.Summary.of("seeds", ChartFixtures.frameScores());
        assertEquals(new Report.Summary("seeds", 5, 5550,
                List.of("Daily Alpha", "Op-Ed Weekly", "Gazette", "Morning Wire", "Evening Post")), s);
        Table bare = ChartFixtures.frameScores().selectColumns("doc");
        assertEquals(new Report.Summary("x", 5, 0, List.of()), Report.Summary.of("x", bare));
    }

    @Test
    void nothingIsLoadedFromTheNetwork() throws IOException {
        String html = Files.readString(ReportFixtures.plain().write(tmp.resolve("r")));
        Matcher m = Pattern.compile(
                        "<(script|link|img|iframe|embed|object|source|audio|video)\\b[^>]*?\\b(src|href|data)\\s*="
                                + "\\s*[\"']?([^\"'\\s>]*)", Pattern.CASE_INSENSITIVE)
                .matcher(html);
        List<String> sources = new ArrayList<>();
        while (m.find()) {
            sources.add(m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(3));
        }
        assertEquals(List.of("script plotly.js"), sources);
        assertFalse(html.contains("http://"), "an http:// URL in the page");
        assertFalse(html.contains("https://"), "an https:// URL in the page");
        assertFalse(html.contains("@import"), "a CSS import");
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src"
                + " 'none'; script-src 'self' 'unsafe-inline' file:;"), html);
        assertTrue(Files.size(tmp.resolve("r").resolve("plotly.js")) > 4_000_000);
    }

    @Test
    void hostileStringsAppearEscapedAndNeverAsTags() throws IOException {
        String html = Files.readString(ReportFixtures.hostile().write(tmp.resolve("r")));
        // our own scripts only: error capture, plotly.js, one per chart, table sorting
        assertEquals(1 + 1 + 9 + 1, count(html.toLowerCase(Locale.ROOT), "<script"), "script elements");
        assertEquals(0, count(html.toLowerCase(Locale.ROOT), "<img"), "img elements");
        assertEquals(0, count(html, "alert(1)</script>"));
        assertEquals(0, count(html, "<script>document"), "a hostile script element");
        assertEquals(0, count(html, "onerror=\"document"), "a hostile event handler");
        assertTrue(html.contains("<title>framelens report: &lt;/script&gt;&lt;script&gt;alert(1)"
                + "&lt;/script&gt;</title>"), html);
        assertTrue(html.contains("Corpus <strong>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</strong>"), html);
        assertTrue(html.contains("<td>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>"), html);
        assertTrue(html.contains("<h3>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; (000)</h3>"), html);
        assertTrue(html.contains("Officials said &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                + " was a <mark"), html);
    }

    @Test
    void evidenceMarksTheMatchedEntriesBySideAndNegation() {
        String html = ReportFixtures.plain().html();
        assertTrue(html.contains("<blockquote class=\"sentence\">It is a <mark class=\"hit alarm\""
                + " title=\"alarm: threat · entry “dangerous”\">dangerous</mark> combination and a <mark"
                + " class=\"hit alarm\" title=\"alarm: threat · entry “grave threat”\">grave threat</mark> to"
                + " the region.</blockquote><p class=\"cite\">sentence 2 · 2 hits · entries: dangerous; grave"
                + " threat</p>"), html);
        assertTrue(html.contains("<blockquote class=\"sentence\">Fears of the alliance are <mark"
                + " class=\"hit reassurance\" title=\"reassurance: downplaying · entry “overblown”\">overblown"
                + "</mark>, and it won&#39;t spell <mark class=\"hit reassurance negated\" title=\"negated,"
                + " counts as reassurance: catastrophe · entry “doom”\">doom</mark>.</blockquote>"), html);
        assertTrue(html.contains("<blockquote class=\"sentence\">The <mark class=\"hit reassurance\""
                + " title=\"reassurance: downplaying · entry “sky isn&#39;t falling”\">sky isn&#39;t"
                + " falling</mark>.</blockquote><p class=\"cite\">sentence 1 · 1 hit · entries: sky"
                + " isn&#39;t falling</p>"), html);
        // the "limited" hit of 002 is not in its sentence: listed nowhere as a mark, text intact
        assertFalse(html.contains(">limited</mark>"), html);
        // evidence order within a side follows the table: sentence 2 before sentence 1 for 001
        assertTrue(html.indexOf("Fears of the alliance") < html.indexOf(">sky isn&#39;t falling</mark>"));
        // 001, 003, 004 have no alarm sentence; 000, 002, 003, 004 no reassurance sentence
        assertEquals(3, count(html, "<p class=\"none\">No sentence with alarm hits.</p>"));
        assertEquals(4, count(html, "<p class=\"none\">No sentence with reassurance hits.</p>"));
    }

    @Test
    void tablesAreSortableWithExactSortKeysAndCsvBeside() throws IOException {
        Path dir = tmp.resolve("r");
        String html = Files.readString(ReportFixtures.plain().write(dir));
        assertTrue(html.contains("<table class=\"sortable\" id=\"table-frame-scores\">"), html);
        // plain headers in the file: the sort script makes them buttons when it runs
        assertTrue(html.contains("<th scope=\"col\">doc</th>"), html);
        assertTrue(html.contains("<th scope=\"col\" class=\"num\">ci_high</th>"));
        assertTrue(html.contains("<tr><td>001</td><td>Op-Ed Weekly</td><td>The sky isn&#39;t falling</td>"
                + "<td>reassuring</td><td class=\"num\" data-sort=\"800\">800</td>"), html);
        // sort keys in full, cells rounded to 4 significant digits (the rule of every table)
        assertTrue(html.contains("<td class=\"num\" data-sort=\"2.0\">2.000</td>"), html);
        assertTrue(html.contains("<td class=\"num\" data-sort=\"-0.125\">-0.1250</td></tr>"), html);
        assertTrue(html.contains("<a href=\"frame_scores.csv\" download>frame_scores.csv</a> (all 5 rows, CSV)"));
        List<String> csvs = List.of("actors.csv", "compare.csv", "cooccurrence.csv", "evidence.csv",
                "frame_hits.csv", "frame_scores.csv", "similarity.csv", "term_frequencies.csv");
        for (String csv : csvs) {
            assertTrue(Files.isRegularFile(dir.resolve(csv)), csv);
            assertTrue(html.contains("<a href=\"" + csv + "\" download>"), csv);
        }
        assertEquals(
                "doc,outlet,headline,stance,tokens,threat_per_1k,catastrophe_per_1k,downplaying_per_1k,"
                        + "limits_per_1k,alarm_per_1k,reassurance_per_1k,alarm_index,ci_low,ci_high\n"
                        + "000,Daily Alpha,Alliance alarms the West,alarmed,1000,8.0,4.0,1.0,3.0,12.0,4.0,0.5,0.25,0.875\n"
                        + "001,Op-Ed Weekly,The sky isn't falling,reassuring,800,2.0,1.0,6.0,3.0,3.0,9.0,-0.5,-0.75,-0.125\n",
                String.join("\n", Files.readAllLines(dir.resolve("frame_scores.csv")).subList(0, 3)) + "\n");
        assertTrue(Files.readString(dir.resolve("frame_hits.csv")).startsWith(
                "doc,sentence,side,category,entry,matched,start,end,negated\n000,2,alarm,threat,dangerous,"
                        + "dangerous,63,72,false\n"));
        // the report's CSV of a table is the command line's --format csv of it, byte for byte
        assertEquals(TableWriter.toString(ChartFixtures.frameScores(), TableWriter.Format.CSV),
                Files.readString(dir.resolve("frame_scores.csv")));
    }

    @Test
    void csvQuotesWhatNeedsQuoting() throws IOException {
        Path dir = tmp.resolve("r");
        ReportFixtures.hostile().write(dir);
        List<String> lines = Files.readAllLines(dir.resolve("frame_scores.csv"));
        assertEquals("000,</script><script>alert(1)</script>,Alliance alarms the West,alarmed,1000,8.0,4.0,1.0,"
                + "3.0,12.0,4.0,0.5,0.25,0.875", lines.get(1));
        assertTrue(lines.get(2).startsWith("001,\"\"\"><img src=x onerror=alert(1)>\",The sky"), lines.get(2));
    }

    @Test
    void longTablesShowTheirFirstRowsAndSaySo() {
        Table tf = ChartFixtures.termFrequencies();
        for (int i = 0; i < 120; i++) {
            tf.stringColumn("term").append(String.format(Locale.ROOT, "term%03d", i));
            tf.intColumn("count").append(1);
            tf.intColumn("doc_freq").append(1);
            tf.doubleColumn("per_1k").append(0.25);
        }
        String html = ReportFixtures.plainWith(tf, ChartFixtures.actorsOverall(), true).html();
        assertTrue(html.contains("<summary>Table: Term frequencies (first 100 of 126 rows)</summary>"), html);
        String table = html.substring(html.indexOf("id=\"table-terms\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertEquals(100, count(table, "<tr><td>"));
        assertTrue(html.contains("(all 126 rows, CSV)"));
    }

    @Test
    void withoutComparisonTheSectionSaysHowToAskForOne() throws IOException {
        Report data = ReportFixtures.plainWith(ChartFixtures.termFrequencies(), ChartFixtures.actorsOverall().emptyCopy(), false);
        Path dir = tmp.resolve("r");
        String html = Files.readString(data.write(dir));
        assertEquals(List.of("chart-frame-scores", "chart-alarm-index", "chart-category-profile",
                "chart-cooccurrence", "chart-top-terms", "chart-similarity"), chartIds(html));
        assertTrue(html.contains("<body data-charts-expected=\"6\">"));
        assertTrue(html.contains("No comparison in this report: choose two groups of articles with --by"
                + " COLUMN --a VALUE --b VALUE."), html);
        assertTrue(html.contains("<p class=\"no-data\">No actor mentions found.</p>"), html);
        assertFalse(Files.exists(dir.resolve("compare.csv")));
    }

    @Test
    void progressReportsEachStage() throws IOException {
        List<String> messages = new ArrayList<>();
        Path dir = tmp.resolve("r");
        ReportFixtures.plain().write(dir, TableWriter.CsvMode.SPREADSHEET_SAFE, messages::add);
        List<String> expected = new ArrayList<>();
        String[] labels = {"frame scores", "alarm index", "category profile", "distinctive terms",
                "term scatter", "actors × frames", "co-occurrence", "top terms", "similarity"};
        for (int i = 0; i < labels.length; i++) {
            expected.add("report: chart " + (i + 1) + "/9 (" + labels[i] + ")");
        }
        expected.add("report: evidence sentences");
        expected.add("report: writing 8 CSV files");
        expected.add("report: writing plotly.js (Plotly 4.1.1, from the class path)");
        expected.add("report: moving into place: " + dir.toAbsolutePath());
        assertEquals(expected, messages);
    }

    @Test
    void writingCreatesTheDirectoryAndLeavesNothingBeside() throws IOException {
        Path dir = tmp.resolve("report");
        ReportFixtures.plain().write(dir);
        assertEquals(List.of("report"), siblings());
        assertTrue(Files.isRegularFile(dir.resolve(ReportWriter.MARKER)));
        assertTrue(Files.isRegularFile(dir.resolve("index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("plotly.js")));
        // every listed SHA-256 is the file's own, plotly.js's (taken from plotly.properties) too
        int listed = 0;
        for (String line : Files.readAllLines(dir.resolve(ReportWriter.MARKER))) {
            if (line.matches("[0-9a-f]{64}  .+")) {
                assertEquals(dev.framelens.report.internal.ReportFolder.sha256(dir.resolve(line.substring(66))),
                        line.substring(0, 64), line);
                listed++;
            }
        }
        assertTrue(listed >= 3, "index.html, plotly.js and the CSV files are listed: " + listed);
    }

    @Test
    void rewritingReplacesItsOwnFilesAndKeepsEveryOther() throws IOException {
        Path dir = tmp.resolve("report");
        ReportFixtures.plain().write(dir);
        Files.writeString(dir.resolve("stale.txt"), "from the user");
        ReportFixtures.hostile().write(dir);
        assertEquals("from the user", Files.readString(dir.resolve("stale.txt")), "a file framelens did not write stays");
        assertTrue(Files.readString(dir.resolve("index.html")).contains("alert(1)"));
        assertEquals(List.of("report"), siblings());
    }

    @Test
    void aDirectoryThatIsNotAReportIsNeverReplaced() throws IOException {
        Path dir = tmp.resolve("home");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("thesis.txt"), "precious");
        IOException e = assertThrows(IOException.class, () -> ReportFixtures.plain().write(dir));
        assertEquals(dir.toAbsolutePath() + " exists, is not empty and is not a framelens report (it has"
                + " no .framelens-report file); choose another --out or remove it", e.getMessage());
        assertEquals("precious", Files.readString(dir.resolve("thesis.txt")));
        assertEquals(List.of("home"), siblings());
        Path file = tmp.resolve("file.html");
        Files.writeString(file, "x");
        IOException f = assertThrows(IOException.class, () -> ReportFixtures.plain().write(file));
        assertTrue(f.getMessage().endsWith("exists and is not a directory; choose another --out or remove it"));
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        ReportFixtures.plain().write(empty);
        assertTrue(Files.isRegularFile(empty.resolve("index.html")));
    }

    @Test
    void aFailureHalfwayLeavesTheOldReportAndNoTemporaryFiles() throws IOException {
        Path dir = tmp.resolve("report");
        ReportFixtures.plain().write(dir);
        String before = Files.readString(dir.resolve("index.html"));
        IOException e = assertThrows(IOException.class, () -> ReportFolder.write(dir,
                ReportWriter.MARKER, "index.html", t -> {
                    Files.writeString(t.resolve("index.html"), "half");
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", e.getMessage());
        assertEquals(before, Files.readString(dir.resolve("index.html")));
        assertEquals(List.of("report"), siblings());
    }

    @Test
    void aBadTableFailsBeforeAnythingIsWritten() throws IOException {
        Path dir = tmp.resolve("report");
        ReportFixtures.plain().write(dir);
        String before = Files.readString(dir.resolve("index.html"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StandardSections.distinctive(
                new Report.Comparison("stance", "a", "b"), ChartFixtures.compare().removeColumns("z")));
        assertTrue(e.getMessage().startsWith("the compare table lacks column z (it has: term,"), e.getMessage());
        assertEquals(before, Files.readString(dir.resolve("index.html")));
        assertEquals(List.of("report"), siblings());
    }

    @Test
    void theWriterDoesNotChangeItsTables() {
        Table frameScores = ChartFixtures.frameScores();
        Table compare = ChartFixtures.compare();
        Table hits = ChartFixtures.frameHits();
        String before = frameScores.printAll() + compare.printAll() + hits.printAll();
        ReportFixtures.standard("t", Report.Summary.of("seeds", frameScores), frameScores,
                new Report.Comparison("stance", "reassuring", "alarmed"), compare, ChartFixtures.termFrequencies(),
                ChartFixtures.cooccurrenceMatrix(), ChartFixtures.actorsOverall(), ChartFixtures.similarity(), hits,
                ChartFixtures.evidence()).html();
        assertEquals(before, frameScores.printAll() + compare.printAll() + hits.printAll());
    }

    @Test
    void thePageIsDeterministic() {
        assertEquals(ReportFixtures.plain().html(), ReportFixtures.plain().html());
    }
}

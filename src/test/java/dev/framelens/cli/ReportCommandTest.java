package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.framing.Lexicon;
import dev.framelens.report.Report;
import dev.framelens.report.ReportOptions;
import dev.framelens.report.Chromium;
import dev.framelens.testing.FileTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        // the frame scores behind the chart: 001 is the article with the largest share of reassurance
        // (lexicon v3: 3 of its 8 hits; 002 7 of 22, the others at most 2 of 13)
        Table scores = Framelens.load("seeds").frameScores();
        int lowest = 0;
        int mostReassuring = 0;
        for (int row = 0; row < scores.rowCount(); row++) {
            if (share(scores, row) > share(scores, mostReassuring)) {
                mostReassuring = row;
            }
            if (scores.doubleColumn("alarm_index").get(row) < scores.doubleColumn("alarm_index").get(lowest)) {
                lowest = row;
            }
        }
        assertTrue(scores.stringColumn("doc").get(lowest).startsWith("001"));
        assertTrue(scores.stringColumn("doc").get(mostReassuring).startsWith("001"));
        // ... and the alarm-index chart is drawn
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

    /** reassurance / (alarm + reassurance) of a row of the frame scores. */
    private static double share(Table scores, int row) {
        double r = scores.doubleColumn("reassurance_per_1k").get(row);
        return r / (r + scores.doubleColumn("alarm_per_1k").get(row));
    }

    /**
     * The report as data: {@code Report.standard(Framelens.load("seeds"))} written from Java is the
     * command's report, every file byte for byte (the marker file with its SHA-256 list included);
     * and so with a comparison and a lexicon chosen in {@link ReportOptions}.
     */
    @Test
    void reportFromJavaIsTheCommandsReportByteForByte() throws Exception {
        Path cli = tmp.resolve("cli");
        assertEquals(0, CliRunner.run("report", "seeds", "--out", cli.toString()).exit());
        Path java = tmp.resolve("java");
        assertEquals(java.resolve("index.html").toAbsolutePath(), Report.standard(Framelens.load("seeds")).write(java));
        Map<String, String> expected = FileTree.sha256(cli);
        assertEquals(expected, FileTree.sha256(java));
        assertTrue(expected.containsKey("frame_scores.csv") && expected.size() >= 12, expected.keySet().toString());

        Path lexicon = tmp.resolve("small.tsv");
        Files.writeString(lexicon, "category\tside\tentry\tweight\nthreat\talarm\tthreat*\t1\n"
                + "limits\treassurance\tlimited\t1\n", StandardCharsets.UTF_8);
        Path cli2 = tmp.resolve("cli2");
        assertEquals(0, CliRunner.run("report", "seeds", "--out", cli2.toString(), "--by", "stance", "--a", "alarmed",
                "--b", "reassuring", "--lexicon", lexicon.toString()).exit());
        Path java2 = tmp.resolve("java2");
        // --lexicon FILE replaces the shipped lexicon and the corpus's story packs, the packs' actors with them
        Report.standard(Framelens.load("seeds").withActors(null), ReportOptions.defaults()
                .compare("stance", "alarmed", "reassuring").lexicon(Lexicon.read(lexicon))).write(java2);
        assertEquals(FileTree.sha256(cli2), FileTree.sha256(java2));
        assertTrue(Files.readString(java2.resolve("index.html")).contains("a = <strong>alarmed</strong>"));
    }

    /**
     * One serializer: every CSV file of the report is, byte for byte, what the command for that
     * table prints with {@code --format csv} (frame_hits.csv has no command of its own; it is the
     * facade's {@code frameHits()} through the same writer).
     */
    @Test
    void reportCsvFilesAreTheCommandsCsvByteForByte() throws Exception {
        Path out = tmp.resolve("csv-report");
        assertEquals(0, CliRunner.run("report", "seeds", "--out", out.toString()).exit());
        Map<String, List<String>> commands = Map.of(
                "frame_scores.csv", List.of("frames", "seeds"),
                "compare.csv", List.of("compare", "seeds", "--by", "stance", "--a", "reassuring", "--b", "alarmed", "--top", "0"),
                "term_frequencies.csv", List.of("terms", "seeds", "--top", "0"),
                "cooccurrence.csv", List.of("cooccur", "seeds", "--matrix", "15", "--min-count", "1"),
                "actors.csv", List.of("actors", "seeds"),
                "similarity.csv", List.of("similarity", "seeds"));
        for (Map.Entry<String, List<String>> c : commands.entrySet()) {
            List<String> args = new java.util.ArrayList<>(c.getValue());
            args.addAll(List.of("--format", "csv"));
            CliRunner.Result r = CliRunner.run(args.toArray(new String[0]));
            assertEquals(0, r.exit(), r.err());
            assertEquals(r.out(), Files.readString(out.resolve(c.getKey()), StandardCharsets.UTF_8), c.getKey() + " vs " + args);
        }
        Framelens seeds = Framelens.load("seeds");
        StringBuilder evidence = new StringBuilder();
        for (String doc : seeds.corpus().documents().stream().map(d -> d.id()).toList()) {
            CliRunner.Result r = CliRunner.run("evidence", "seeds", "--doc", doc, "--top", "5", "--format", "csv");
            assertEquals(0, r.exit(), r.err());
            String csv = r.out();
            evidence.append(evidence.length() == 0 ? csv : csv.substring(csv.indexOf('\n') + 1));
        }
        assertEquals(evidence.toString(), Files.readString(out.resolve("evidence.csv"), StandardCharsets.UTF_8));
        assertEquals(dev.framelens.table.TableWriter.toString(seeds.frameHits(), dev.framelens.table.TableWriter.Format.CSV),
                Files.readString(out.resolve("frame_hits.csv"), StandardCharsets.UTF_8));
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

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    @Test
    void aCorpusCopiedIntoAnEarlierReportAndTheUsersNotesAreNeverLost() throws Exception {
        // ./framelens report seeds --out R; cp -r seeds R/mycorpus; echo hi > R/notes.md; ./framelens report R/mycorpus --out R
        Path r = tmp.resolve("r");
        assertEquals(0, CliRunner.run("report", "seeds", "--out", r.toString()).exit());
        copy(Path.of("seeds"), r.resolve("mycorpus"));
        Files.writeString(r.resolve("notes.md"), "hi\n");
        Map<String, String> before = FileTree.sha256(r);
        CliTest.assertOneLineError(CliRunner.run("report", r.resolve("mycorpus").toString(), "--out", r.toString()), 2,
                "framelens: --out " + r.toRealPath() + " holds the corpus " + r.toRealPath().resolve("mycorpus")
                        + "; write the report to another folder (nothing was changed)");
        assertEquals(before, FileTree.sha256(r), "every file of R, the corpus inside it included, byte for byte");

        // the same report again, from the corpus outside: the report is updated, the user's files stay
        CliRunner.Result again = CliRunner.run("report", "seeds", "--out", r.toString());
        assertEquals(0, again.exit(), again.err());
        Map<String, String> after = FileTree.sha256(r);
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (e.getKey().equals("notes.md") || e.getKey().startsWith("mycorpus")) {
                assertEquals(e.getValue(), after.get(e.getKey()), e.getKey());
            }
        }
        assertEquals(before.keySet(), after.keySet());
        assertEquals(List.of("r"), Files.list(tmp).map(p -> p.getFileName().toString()).toList(), "nothing left beside");
    }

    @Test
    void anOutputInOrAroundTheCorpusIsAUsageError() throws Exception {
        Path corpus = tmp.resolve("c");
        copy(Path.of("seeds"), corpus);
        Map<String, String> before = FileTree.sha256(corpus);
        CliTest.assertOneLineError(CliRunner.run("report", corpus.toString(), "--out", corpus.toString()), 2,
                "is the corpus being read");
        CliTest.assertOneLineError(CliRunner.run("report", corpus.toString(), "--out", corpus.resolve("report").toString()), 2,
                "is inside the corpus");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), corpus);
        CliTest.assertOneLineError(CliRunner.run("report", link.toString(), "--out", tmp.toString()), 2,
                "holds the corpus " + corpus.toRealPath());
        assertEquals(before, FileTree.sha256(corpus));
    }

    @Test
    void aFolderInTheWayIsAUsageErrorNamingTheFile() throws Exception {
        Path r = tmp.resolve("r");
        assertEquals(0, CliRunner.run("report", "seeds", "--out", r.toString()).exit());
        Files.writeString(r.resolve("evidence.csv"), "my annotations\n");
        Map<String, String> before = FileTree.sha256(r);
        CliTest.assertOneLineError(CliRunner.run("report", "seeds", "--out", r.toString()), 2,
                "framelens: " + r.toRealPath().resolve("evidence.csv") + " was changed since framelens wrote it; move it"
                        + " away or choose another --out (nothing was changed)");
        assertEquals(before, FileTree.sha256(r));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("thesis.txt"), "precious");
        CliTest.assertOneLineError(CliRunner.run("report", "seeds", "--out", home.toString()), 2,
                "is not empty and is not a framelens report");
        assertEquals("precious", Files.readString(home.resolve("thesis.txt")));
    }

    @Test
    void badComparisonArgumentsAreUsageErrors() {
        CliTest.assertOneLineError(CliRunner.run("report", "seeds", "--out", tmp.resolve("r").toString(), "--by", "nope"), 2, "no metadata column 'nope'");
        CliTest.assertOneLineError(CliRunner.run("report", "seeds", "--out", tmp.resolve("r").toString(), "--a", "x"), 2, "--a and --b");
        assertFalse(Files.exists(tmp.resolve("r")), "no half report");
    }
}

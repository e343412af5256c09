package dev.framelens.cli;

import static dev.framelens.cli.CliTest.assertOneLineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the command line (issue 10, the input side): every case ends in exit 0
 * with one warning line, or in a one-line error with the README's exit code, in bounded time.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private static final String SCORE_COLUMNS = "tokens,threat_per_1k,escalation_per_1k,catastrophe_per_1k,"
            + "urgency_per_1k,delegitimising_labels_per_1k,downplaying_per_1k,limits_per_1k,scepticism_per_1k,"
            + "negated_alarm_per_1k,alarm_per_1k,reassurance_per_1k,alarm_index,ci_low,ci_high";

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Exactly these warning lines (and nothing else) on stderr, exit 0. */
    private static void assertWarnings(CliRunner.Result r, String... lines) {
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(lines), r.err().lines().toList());
    }

    // --- JSON nesting --------------------------------------------------------------------------

    @Test
    void deeplyNestedJsonIsOneLineOfBadData() {
        for (int depth : new int[] {5_000, 1_000_000}) {
            Path p = dir.resolve("deep" + depth + ".jsonl");
            String line = "{\"text\":\"hi\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}\n";
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                Files.writeString(p, line, StandardCharsets.UTF_8);
                // the object is level 1, so the 512th '[' (character 17 + 512) is level 513
                assertOneLineError(CliRunner.run("frames", p.toString()), 1,
                        p + ": line 1 is not valid JSON: nesting deeper than 512 levels at character 529");
            });
        }
    }

    @Test
    void nestingOf512LevelsIsFine() throws IOException {
        // the object is level 1, so 511 arrays inside it make 512
        Path p = write("ok.jsonl", "{\"text\":\"Kim met Putin.\",\"x\":" + "[".repeat(511) + "]".repeat(511) + "}\n");
        CliRunner.Result r = CliRunner.run("terms", p.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nkim,1,1,"), r.out());
    }

    // --- lone surrogates -----------------------------------------------------------------------

    @Test
    void loneSurrogatesBecomeTheReplacementCharacterWithOneWarningAndTheReportIsWritten() throws IOException {
        Path p = write("s.jsonl", "{\"doc\":\"a\",\"outlet\":\"X\\udc00\",\"text\":\"Russia is a grave threat \\ud800 indeed.\"}\n"
                + "{\"doc\":\"b\",\"outlet\":\"Y\",\"text\":\"The sky \\ud83d\\ude00 isn't falling \\ud800\\u0041.\"}\n");
        String warning = "warning: " + p + ": line 1: a lone surrogate escape (\\ud800-\\udfff without its pair) was replaced"
                + " with U+FFFD, as a UTF-8 decoder replaces a malformed sequence (2 lines in all)";
        CliRunner.Result frames = CliRunner.run("frames", p.toString(), "--resamples", "0", "--format", "csv");
        assertWarnings(frames, warning);
        assertTrue(frames.out().startsWith("doc,outlet,tokens,"), frames.out());
        assertTrue(frames.out().contains("\na,X\uFFFD,"), frames.out());

        CliRunner.Result kwic = CliRunner.run("kwic", p.toString(), "--term", "falling", "--format", "csv");
        assertWarnings(kwic, warning);
        assertTrue(kwic.out().contains("\"The sky \uD83D\uDE00 isn't \",falling,\" \uFFFDA.\""), kwic.out());

        for (String[] args : new String[][] {
            {"terms", p.toString()}, {"tokens", p.toString()}, {"cooccur", p.toString(), "--term", "sky", "--min-count", "1"},
            {"collocations", p.toString()}, {"compare", p.toString(), "--by", "outlet", "--a", "Y", "--b", "X\uFFFD"},
            {"actors", p.toString(), "--actors", "lexicons/putin-kim.actors.tsv"},
            {"similarity", p.toString()}, {"evidence", p.toString(), "--doc", "a"},
        }) {
            assertWarnings(CliRunner.run(args), warning);
        }
        Path out = dir.resolve("report");
        CliRunner.Result report = CliRunner.run("report", p.toString(), "--out", out.toString());
        assertWarnings(report, warning);
        String csv = Files.readString(out.resolve("frame_scores.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("X\uFFFD"), csv);
        assertTrue(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8).contains("X\uFFFD"));
    }

    // --- metadata column names -----------------------------------------------------------------

    @Test
    void metadataColumnsThatClashAreRenamedOnceWithAWarningEach() throws IOException {
        Path p = write("m.jsonl", "{\"text\":\"Russia is a grave threat.\",\"Outlet\":\"A\",\"outlet\":\"B\",\"tokens\":\"5\","
                + "\"DOC\":\"d\",\"alarm_index\":\"x\",\"meta_tokens\":\"mt\"}\n"
                + "{\"text\":\"The sky isn't falling.\",\"Outlet\":\"C\",\"outlet\":\"D\",\"tokens\":\"4\"}\n");
        CliRunner.Result r = CliRunner.run("frames", p.toString(), "--resamples", "0", "--format", "csv");
        assertWarnings(r,
                "warning: " + p + ": metadata column 'outlet' clashes with the metadata column 'Outlet' (column names"
                        + " ignore case); renamed 'meta_outlet'",
                "warning: " + p + ": metadata column 'tokens' clashes with the result column 'tokens'; renamed 'meta_tokens_2'",
                "warning: " + p + ": metadata column 'DOC' clashes with the result column 'doc' (column names ignore case);"
                        + " renamed 'meta_DOC'",
                "warning: " + p + ": metadata column 'alarm_index' clashes with the result column 'alarm_index'; renamed"
                        + " 'meta_alarm_index'");
        assertEquals("doc,Outlet,meta_outlet,meta_tokens_2,meta_DOC,meta_alarm_index,meta_tokens," + SCORE_COLUMNS,
                r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("\nrow-1,A,B,5,d,x,mt,5,") && r.out().contains("\nrow-2,C,D,4,,,,4,"), r.out());
        for (String[] args : new String[][] {
            {"report", p.toString(), "--out", dir.resolve("r").toString()},
            {"compare", p.toString(), "--by", "Outlet"},
            {"compare", p.toString(), "--by", "outlet", "--a", "B", "--b", "D"},
            {"actors", p.toString(), "--by", "doc", "--actors", "lexicons/putin-kim.actors.tsv"},
            {"similarity", p.toString()},
            {"evidence", p.toString(), "--doc", "row-1"},
            {"terms", p.toString(), "--by", "doc"},
            {"kwic", p.toString(), "--term", "russia"},
        }) {
            assertEquals(0, CliRunner.run(args).exit(), String.join(" ", args));
        }
    }

    @Test
    void oneObjectWithAHundredThousandKeysTakesSeconds() throws IOException {
        Path p = dir.resolve("keys.jsonl");
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write("{\"text\":\"Russia is a grave threat.\"");
            for (int k = 0; k < 100_000; k++) {
                w.write(",\"k" + k + "\":\"" + k + "\"");
            }
            w.write("}\n");
        }
        // 204 s before the table was made in one step; 5 s after, on a loaded two-core machine
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> CliRunner.run("frames", p.toString(), "--resamples", "0", "--format", "csv"));
        assertEquals(0, r.exit(), r.err());
        String header = r.out().lines().findFirst().orElseThrow();
        assertEquals(1 + 100_000 + 15, header.split(",").length);
        assertTrue(header.startsWith("doc,k0,k1,k2,") && header.contains(",k99999,tokens,"), header.substring(0, 40));
    }

    // --- duplicates and line ends --------------------------------------------------------------

    @Test
    void duplicateDocumentIdsKeepTheFirstDocumentWithAWarning() throws IOException {
        Path j = write("d.jsonl", "{\"doc\":\"x\",\"text\":\"Kim met Putin.\"}\n{\"doc\":\"y\",\"text\":\"Putin.\"}\n"
                + "{\"doc\":\"x\",\"text\":\"A grave threat to the world.\"}\n{\"doc\":\"x\",\"text\":\"Again.\"}\n");
        CliRunner.Result r = CliRunner.run("terms", j.toString(), "--by", "doc", "--format", "csv");
        assertWarnings(r, "warning: " + j + ": line 3: document id 'x' is already used on line 1; the first document with"
                + " an id is kept, this one is skipped (2 lines in all)");
        assertTrue(r.out().contains("\nx,kim,1,") && r.out().contains("\ny,putin,1,"), r.out());
        assertFalse(r.out().contains("grave") || r.out().contains("again"), r.out());

        Path c = write("d.csv", "doc,text\nx,Kim met Putin.\nx,A grave threat.\n");
        CliRunner.Result csv = CliRunner.run("frames", c.toString(), "--resamples", "0", "--format", "csv");
        assertWarnings(csv, "warning: " + c + ": line 3: document id 'x' is already used on line 2; the first document"
                + " with an id is kept, this one is skipped");
        assertEquals(2, csv.out().lines().count());
        assertTrue(csv.out().contains("\nx,3,0.0,"), csv.out());
    }

    @Test
    void duplicateJsonKeysAndCsvColumnsTakeTheLastValueWithAWarning() throws IOException {
        Path j = write("k.jsonl", "{\"text\":\"Kim met Putin.\",\"outlet\":\"first\",\"outlet\":\"last\"}\n");
        CliRunner.Result r = CliRunner.run("frames", j.toString(), "--resamples", "0", "--format", "csv");
        assertWarnings(r, "warning: " + j + ": line 1: key 'outlet' appears twice in one object; the last value is used");
        assertTrue(r.out().contains("\nrow-1,last,3,"), r.out());

        Path c = write("k.csv", "outlet,text,outlet\nfirst,Kim met Putin.,last\n");
        CliRunner.Result csv = CliRunner.run("frames", c.toString(), "--resamples", "0", "--format", "csv");
        assertWarnings(csv, "warning: " + c + ": line 1: the header names column 'outlet' twice; the last one is used");
        assertTrue(csv.out().contains("\nrow-1,last,3,"), csv.out());
    }

    /** Three articles a, b, c and this metadata.csv (as bytes, so line ends are exact). */
    private Path folder(String name, String metadata) throws IOException {
        Path f = Files.createDirectories(dir.resolve(name));
        Files.writeString(f.resolve("a.txt"), "Kim met Putin.");
        Files.writeString(f.resolve("b.txt"), "A grave threat.");
        Files.writeString(f.resolve("c.txt"), "The sky isn't falling.");
        Files.write(f.resolve("metadata.csv"), metadata.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void duplicateMetadataRowsKeepTheFirstRowWithAWarning() throws IOException {
        Path f = folder("dup", "doc,outlet\na,CNN\nb,AP\na,Fox\n");
        CliRunner.Result r = CliRunner.run("frames", f.toString(), "--resamples", "0", "--format", "csv");
        assertWarnings(r, "warning: " + f.resolve("metadata.csv") + ": line 4: a second row for doc 'a' (the first is on"
                + " line 2); the first row is used, this one is ignored");
        assertTrue(r.out().contains("\na,CNN,3,") && r.out().contains("\nb,AP,3,") && r.out().contains("\nc,,4,"), r.out());
    }

    @Test
    void metadataWithLoneCrCrlfOrLfLineEndsReadsTheSame() throws IOException {
        String lf = "doc,outlet,note\na,CNN,\"two\nlines\"\nb,AP,x\nc,\"El País\",y\n";
        CliRunner.Result expected = CliRunner.run("frames", folder("lf", lf).toString(), "--resamples", "0", "--format", "json");
        assertEquals(0, expected.exit(), expected.err());
        assertTrue(expected.out().contains("\"outlet\": \"El País\""), expected.out());
        assertTrue(expected.out().contains("\"note\": \"two\\nlines\""), expected.out());
        for (String[] ends : new String[][] {{"crlf", "\r\n"}, {"cr", "\r"}}) {
            Path f = folder(ends[0], lf.replace("\n", ends[1]));
            CliRunner.Result r = CliRunner.run("frames", f.toString(), "--resamples", "0", "--format", "json");
            assertEquals("", r.err(), ends[0]);
            // a line break inside quotes stays as written: \n for LF and CRLF files, \r in an old Mac file
            assertEquals(ends[0].equals("cr") ? expected.out().replace("two\\nlines", "two\\rlines") : expected.out(),
                    r.out(), ends[0]);
        }
    }

    // --- numeric options -----------------------------------------------------------------------

    @Test
    void numericOptionsOutsideTheirRangeAreUsageErrors() {
        String max = String.valueOf(Integer.MAX_VALUE);
        String[][] cases = {
            {"--window (2147483647) must be between 1 and 1000", "cooccur", "seeds", "--term", "kim", "--window", max},
            {"--window (-1) must be between 1 and 1000", "cooccur", "seeds", "--term", "kim", "--window", "-1"},
            {"--window (2147483647) must be between 0 and 1000", "actors", "seeds", "--window", max},
            {"--resamples (2147483647) must be between 0 and 100000 (0 skips the interval)", "frames", "seeds", "--resamples", max},
            {"--ngram (2147483647) must be between 1 and 10", "terms", "seeds", "--ngram", max},
            {"--ngram (0) must be between 1 and 10", "terms", "seeds", "--ngram", "0"},
            {"--matrix (0) must be ≥ 1", "cooccur", "seeds", "--matrix", "0"},
            {"--min-count (-2147483648) must be ≥ 1", "cooccur", "seeds", "--term", "kim", "--min-count", "-2147483648"},
            {"--min-count (0) must be ≥ 1", "compare", "seeds", "--by", "stance", "--min-count", "0"},
            {"--size (2147483647) must be 2 or 3", "collocations", "seeds", "--size", max},
            {"--top (-1) must be ≥ 0 (0 prints every row)", "collocations", "seeds", "--top", "-1"},
            {"--top (-5) must be ≥ 0 (0 prints every sentence)", "evidence", "seeds", "--doc", "001", "--top", "-5"},
            {"--width (-1) must be ≥ 0", "kwic", "seeds", "--term", "kim", "--width", "-1"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertOneLineError(CliRunner.run(args), 2, "framelens: " + c[0] + " (see: framelens " + args[0] + " --help)");
        }
    }

    @Test
    void largeCountsClampToEverything() throws IOException {
        String max = String.valueOf(Integer.MAX_VALUE);
        Path p = write("k.txt", "First words here. Kim met Putin in the east. Last words there.");
        // a width beyond the document is the text up to its start and its end, in tokens and in characters
        for (String[] extra : new String[][] {{}, {"--chars"}}) {
            String[] args = concat(new String[] {"kwic", p.toString(), "--term", "kim", "--width", max, "--format", "csv"}, extra);
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(0, r.exit(), r.err());
            assertEquals("doc,sentence,start,end,left,keyword,right\nk,2,18,21,\"First words here. \",Kim,"
                    + "\" met Putin in the east. Last words there" + (extra.length == 0 ? "" : ".") + "\"\n", r.out());
        }
        assertEquals(0, CliRunner.run("compare", "seeds", "--by", "stance", "--top", max).exit());
        assertEquals(0, CliRunner.run("cooccur", "seeds", "--matrix", max, "--top", "3").exit());
        assertEquals(0, CliRunner.run("terms", "seeds", "--top", max, "--by", "doc").exit());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CSV framelens writes opens safely in a spreadsheet; --csv-raw gives the cells back as they are. */
class CsvSafetyTest {
    @TempDir
    Path tmp;

    private static final String LINK = "=HYPERLINK(\"http://x\")";
    private static final String SAFE = "\"'=HYPERLINK(\"\"http://x\"\")\"";
    private static final String RAW = "\"=HYPERLINK(\"\"http://x\"\")\"";

    /** Two articles; the outlet of the first is a formula. */
    private Path corpus() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(dir.resolve("a.txt"), "Putin is a grave threat. The danger is real.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("@b.txt"), "The danger is overblown and limited. Kim is not a threat.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("metadata.csv"), "doc,outlet,stance\na,\"" + LINK.replace("\"", "\"\"") + "\",x\n@b,-Wire,y\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    private static String row(String csv, String doc) {
        return csv.lines().filter(l -> l.startsWith(doc + ",")).findFirst().orElseThrow(() -> new AssertionError(doc + " in " + csv));
    }

    @Test
    void framesCsvPrefixesFormulaCellsAndKeepsNegativeNumbers() throws Exception {
        Path c = corpus();
        CliRunner.Result safe = CliRunner.run("frames", c.toString(), "--format", "csv");
        assertEquals(0, safe.exit(), safe.err());
        assertTrue(row(safe.out(), "a").startsWith("a," + SAFE + ",x,"), safe.out());
        String b = row(safe.out(), "'@b");
        assertTrue(b.startsWith("'@b,'-Wire,y,"), b);
        // b is the reassuring one: its alarm index is negative, and stays a plain number
        String[] cells = b.split(",");
        String header = safe.out().lines().findFirst().orElseThrow();
        double alarmIndex = Double.parseDouble(cells[List.of(header.split(",")).indexOf("alarm_index")]);
        assertTrue(alarmIndex < 0, b);

        CliRunner.Result raw = CliRunner.run("frames", c.toString(), "--format", "csv", "--csv-raw");
        assertEquals(0, raw.exit(), raw.err());
        assertTrue(row(raw.out(), "a").startsWith("a," + RAW + ",x,"), raw.out());
        assertTrue(row(raw.out(), "@b").startsWith("@b,-Wire,y,"), raw.out());
        assertEquals(safe.out().replace("'", ""), raw.out().replace("'", ""), "nothing else differs");
    }

    @Test
    void tokensCsvIsWrittenByTheSameRule() throws Exception {
        Path c = corpus();
        CliRunner.Result safe = CliRunner.run("tokens", c.toString(), "--format", "csv");
        assertEquals(0, safe.exit(), safe.err());
        assertTrue(safe.out().contains("\n'@b,1,1,4,10,danger\n"), safe.out());
        CliRunner.Result raw = CliRunner.run("tokens", c.toString(), "--format", "csv", "--csv-raw");
        assertTrue(raw.out().contains("\n@b,1,1,4,10,danger\n"), raw.out());
    }

    @Test
    void theReportsCsvFilesAreSafe() throws Exception {
        Path c = corpus();
        Path out = tmp.resolve("r");
        CliRunner.Result r = CliRunner.run("report", c.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String scores = Files.readString(out.resolve("frame_scores.csv"), StandardCharsets.UTF_8);
        assertTrue(row(scores, "a").startsWith("a," + SAFE + ",x,"), scores);
        assertTrue(row(scores, "'@b").startsWith("'@b,'-Wire,y,"), scores);
        assertTrue(Files.readString(out.resolve("index.html")).contains("=HYPERLINK(&quot;http://x&quot;)"),
                "the page shows the value as it is (escaped HTML)");
        CliRunner.Result raw = CliRunner.run("report", c.toString(), "--out", out.toString(), "--csv-raw");
        assertEquals(0, raw.exit(), raw.err());
        assertTrue(row(Files.readString(out.resolve("frame_scores.csv")), "a").startsWith("a," + RAW + ",x,"));
    }

    @Test
    void lexiconCsvTakesTheSwitchToo() {
        CliRunner.Result safe = CliRunner.run("lexicon", "--format", "csv");
        CliRunner.Result raw = CliRunner.run("lexicon", "--format", "csv", "--csv-raw");
        assertEquals(0, raw.exit(), raw.err());
        assertEquals(safe.out(), raw.out(), "the shipped lexicon has no formula-like cell");
    }

    @Test
    void validateScoreCsvTakesTheSwitchToo() throws Exception {
        Path c = corpus();
        Path sample = tmp.resolve("sample.csv");
        CliRunner.Result drawn = CliRunner.run("validate", "sample", c.toString(), "--n", "100", "--out", sample.toString());
        assertEquals(0, drawn.exit(), drawn.err());
        Path first = ValidateCommandTest.codeInto(sample, tmp.resolve("coder1.csv"), u -> u.kind() == dev.framelens.framing.ValidationUnit.Kind.SENTENCE ? "neither" : "correct");
        Path second = ValidateCommandTest.codeInto(sample, tmp.resolve("coder2.csv"), u -> u.kind() == dev.framelens.framing.ValidationUnit.Kind.SENTENCE ? "alarm" : "wrong");
        String[] args = {"validate", "score", first.toString(), second.toString(), "--level", "disagreements", "--format", "csv"};
        CliRunner.Result safe = CliRunner.run(args);
        assertEquals(0, safe.exit(), safe.err());
        assertTrue(safe.out().contains(",'@b,"), safe.out());
        CliRunner.Result raw = CliRunner.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--csv-raw")).toArray(String[]::new));
        assertEquals(0, raw.exit(), raw.err());
        assertTrue(raw.out().contains(",@b,") && !raw.out().contains("'@b"), raw.out());
    }
}

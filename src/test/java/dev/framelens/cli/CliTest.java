package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: output, exit codes and one-line errors for every kind of bad input. */
class CliTest {
    @TempDir
    Path dir;

    static void assertOneLineError(CliRunner.Result r, int exit, String... fragments) {
        assertEquals(exit, r.exit(), r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("framelens: "), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        for (String f : fragments) {
            assertTrue(err.contains(f), "'" + f + "' in: " + err);
        }
    }

    @Test
    void termsListTheStoryNotThePronoun() {
        CliRunner.Result r = CliRunner.run("terms", "seeds", "--top", "15", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("term,count,doc_freq,per_1k", lines[0]);
        assertEquals(16, lines.length);
        String top = r.out();
        for (String t : new String[] {"\nrussia,", "\nnorth korea,", "\nputin,", "\nkim,", "\nu.s.,"}) {
            assertTrue(top.contains(t), t + " in top 15:\n" + top);
        }
        assertFalse(top.contains("\nus,"), top);
    }

    @Test
    void everyFormatRenders() {
        assertEquals("term         count  doc_freq  per_1k\n"
                + "-----------  -----  --------  ------\n"
                + "russia          67         5   28.05\n"
                + "north korea     55         5   23.02\n", CliRunner.run("terms", "seeds", "--top", "2").out());
        assertTrue(CliRunner.run("terms", "seeds", "--top", "1", "--format", "json").out().startsWith("[\n  {\"term\": \"russia\", \"count\": 67,"));
        assertEquals("| term | count | doc_freq | per_1k |\n|---|---:|---:|---:|\n| russia | 67 | 5 | 28.05 |\n",
                CliRunner.run("terms", "seeds", "--top", "1", "--format", "md").out());
        assertEquals("<table>\n<thead><tr><th scope=\"col\">term</th><th scope=\"col\" class=\"num\">count</th>"
                + "<th scope=\"col\" class=\"num\">doc_freq</th><th scope=\"col\" class=\"num\">per_1k</th></tr></thead>\n"
                + "<tbody>\n<tr><td>russia</td><td class=\"num\">67</td><td class=\"num\">5</td><td class=\"num\">28.05</td></tr>\n"
                + "</tbody>\n</table>\n", CliRunner.run("terms", "seeds", "--top", "1", "--format", "html").out());
        assertEquals(2 + 5 * 3, CliRunner.run("terms", "seeds", "--by", "doc", "--top", "3", "--format", "csv").out().split("\n").length + 1);
    }

    @Test
    void missingPathIsAUsageError() {
        assertOneLineError(CliRunner.run("terms", dir.resolve("nope").toString()), 2, "no such file or folder");
    }

    @Test
    void unknownOptionAndBadValuesAreUsageErrors() {
        assertOneLineError(CliRunner.run("terms", "seeds", "--bogus"), 2, "--bogus");
        assertOneLineError(CliRunner.run("terms", "seeds", "--format", "xml"), 2, "format 'xml'");
        assertOneLineError(CliRunner.run("terms", "seeds", "--top", "-1"), 2, "--top (-1)");
        assertOneLineError(CliRunner.run("cooccur", "seeds", "--term", "kim", "--window", "0"), 2, "--window (0) must be between 1 and 1000");
    }

    @Test
    void emptyFolderIsBadData() {
        assertOneLineError(CliRunner.run("terms", dir.toString()), 1, "no documents");
    }

    @Test
    void invalidUtf8NamesFileAndOffset() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[] {'o', 'k', ' ', (byte) 0xE2, (byte) 0x28, (byte) 0xA1});
        assertOneLineError(CliRunner.run("terms", dir.toString()), 1, "a.txt", "not valid UTF-8 at byte offset 3");
    }

    @Test
    void binaryFileIsBadData() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0});
        assertOneLineError(CliRunner.run("tokens", dir.toString()), 1, "a.txt", "binary");
    }

    @Test
    void emptyDocumentIsAWarning() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Kim met Putin.");
        Files.writeString(dir.resolve("b.txt"), "");
        CliRunner.Result r = CliRunner.run("terms", dir.toString(), "--format", "csv");
        assertEquals(0, r.exit());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(r.err().contains("warning:") && r.err().contains("empty document 'b'"), r.err());
        assertTrue(r.out().contains("kim,1,1,"));
    }

    @Test
    void fiftyMegabyteSingleLineFileIsStreamed() throws IOException {
        Path big = dir.resolve("big.jsonl");
        byte[] unit = "Putin met Kim in Vladivostok and the US watched. ".getBytes(StandardCharsets.UTF_8);
        long target = 50L << 20;
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("{\"id\": \"big\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < target; n += unit.length) {
                out.write(unit);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        CliRunner.Result r = CliRunner.run("terms", big.toString(), "--top", "3", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        long reps = (target + unit.length - 1) / unit.length;
        assertTrue(r.out().contains("\nputin," + reps + ",1,"), r.out());
    }

    @Test
    void inputFilesAreNeverWritten() throws Exception {
        Map<String, String> before = digests(Path.of("seeds"));
        for (String[] args : new String[][] {{"terms", "seeds"}, {"tokens", "seeds"}, {"cooccur", "seeds", "--term", "kim"},
            {"collocations", "seeds"}, {"kwic", "seeds", "--term", "kim"}}) {
            assertEquals(0, CliRunner.run(args).exit());
        }
        assertEquals(before, digests(Path.of("seeds")));
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        CommandLine cli = Main.commandLine();
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            String help = sub.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertTrue(help.contains("Example"), sub.getKey() + " --help has an example:\n" + help);
            assertTrue(help.contains("--help"), sub.getKey());
        }
    }

    static Map<String, String> digests(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                out.put(p.getFileName() + "@" + Files.getLastModifiedTime(p), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}

package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --threads 1} and {@code --threads 3} give byte-identical output (stdout, stderr, files
 * written) for every command that reads a corpus, on the seeds and on a generated corpus of 120
 * documents; every such command must have a case here.
 */
class ThreadsTest {
    @TempDir
    static Path tmp;
    static Path generated;

    /** Each command's runs; {@code C} is the corpus, {@code OUT} a fresh output path. */
    static final List<List<String>> CASES = List.of(
            List.of("tokens", "C", "--format", "csv"),
            List.of("tokens", "C"),
            List.of("terms", "C", "--top", "0", "--format", "csv"),
            List.of("terms", "C", "--by", "doc", "--top", "0", "--format", "csv"),
            List.of("terms", "C", "--ngram", "2", "--top", "0", "--format", "csv"),
            List.of("terms", "C", "--keep-stopwords", "--top", "40"),
            List.of("cooccur", "C", "--term", "putin", "--min-count", "1", "--top", "0", "--format", "csv"),
            List.of("cooccur", "C", "--term", "korea", "--scope", "sentence", "--format", "csv"),
            List.of("cooccur", "C", "--matrix", "15", "--top", "0", "--format", "csv"),
            List.of("collocations", "C", "--top", "0", "--format", "csv"),
            List.of("kwic", "C", "--term", "putin", "--format", "csv"),
            List.of("frames", "C", "--format", "csv", "--resamples", "200"),
            List.of("evidence", "C", "--doc", "001", "--top", "0", "--format", "csv"),
            List.of("compare", "C", "--by", "stance", "--top", "0", "--format", "csv"),
            List.of("actors", "C", "--format", "csv"),
            List.of("similarity", "C", "--format", "csv"),
            List.of("quotes", "C", "--format", "csv"),
            List.of("trends", "C", "--time", "published", "--every", "month", "--by", "stance", "--format", "csv", "--resamples", "100"),
            List.of("lexicon", "suggest", "C", "--category", "threat", "--top", "20", "--format", "csv"),
            List.of("validate", "sample", "C", "--n", "40", "--out", "OUT.csv"),
            List.of("report", "C", "--out", "OUT"));

    @BeforeAll
    static void generate() throws IOException {
        generated = tmp.resolve("generated");
        writeCorpus(generated, 120, 20260101L);
    }

    @Test
    void everyCorpusCommandHasACase() {
        TreeSet<String> covered = new TreeSet<>();
        for (List<String> c : CASES) {
            covered.add(c.get(1).equals("C") ? c.get(0) : c.get(0) + " " + c.get(1));
        }
        TreeSet<String> withThreads = new TreeSet<>();
        collect(Main.commandLine(), "", withThreads);
        assertTrue(withThreads.size() >= 15, withThreads.toString());
        assertEquals(withThreads, covered, "commands with --threads vs commands tested here");
    }

    private static void collect(CommandLine cli, String prefix, TreeSet<String> out) {
        for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
            String name = prefix.isEmpty() ? e.getKey() : prefix + " " + e.getKey();
            if (e.getValue().getCommandSpec().findOption("--threads") != null) {
                out.add(name);
            }
            collect(e.getValue(), name, out);
        }
    }

    @Test
    void seedsGiveTheSameOutputOnOneAndThreeThreads() throws IOException {
        for (List<String> c : CASES) {
            assertSameOnThreads(c, Path.of("seeds"));
        }
    }

    @Test
    void aGeneratedCorpusGivesTheSameOutputOnOneAndThreeThreads() throws IOException {
        for (List<String> c : CASES) {
            assertSameOnThreads(c, generated);
        }
    }

    @Test
    void errorsAndWarningsAreTheSameOnOneAndThreeThreads() throws IOException {
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"text\":\"a grave threat\"}\n{\"text\":\"\"}\nnot json\n", StandardCharsets.UTF_8);
        for (String command : List.of("terms", "tokens", "frames")) {
            CliRunner.Result one = CliRunner.run(command, bad.toString(), "--format", "csv", "--threads", "1");
            CliRunner.Result three = CliRunner.run(command, bad.toString(), "--format", "csv", "--threads", "3");
            assertEquals(1, one.exit(), command);
            assertEquals(one.exit(), three.exit(), command);
            assertEquals(one.err(), three.err(), command);
            assertTrue(one.err().endsWith("framelens: " + bad + ": line 3 is not valid JSON: unexpected text at character 1\n"),
                    one.err());
        }
    }

    @Test
    void threadsOutOfRangeIsAUsageError() {
        CliRunner.Result r = CliRunner.run("terms", "seeds", "--threads", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("framelens: --threads (0) must be between 1 and 256"), r.err());
    }

    private static void assertSameOnThreads(List<String> args, Path corpus) throws IOException {
        Run one = run(args, corpus, 1);
        Run three = run(args, corpus, 3);
        String what = String.join(" ", args) + " on " + corpus;
        assertEquals(0, one.exit, what + ": " + one.err);
        assertEquals(one.exit, three.exit, what);
        assertEquals(one.out, three.out, what);
        assertEquals(one.err, three.err, what);
        assertEquals(one.files.keySet(), three.files.keySet(), what);
        for (String f : one.files.keySet()) {
            assertArrayEquals(one.files.get(f), three.files.get(f), what + ": " + f);
        }
        assertTrue(!one.out.isEmpty() || !one.files.isEmpty(), what + " printed nothing");
    }

    private record Run(int exit, String out, String err, Map<String, byte[]> files) {
    }

    private static int runs;

    private static Run run(List<String> args, Path corpus, int threads) throws IOException {
        Path out = tmp.resolve("out-" + (++runs));
        List<String> a = new ArrayList<>();
        for (String s : args) {
            a.add(s.equals("C") ? corpus.toString() : s.replace("OUT", out.toString()));
        }
        a.add("--threads");
        a.add(String.valueOf(threads));
        CliRunner.Result r = CliRunner.run(a.toArray(String[]::new));
        Map<String, byte[]> files = new TreeMap<>();
        for (Path p : List.of(out, Path.of(out + ".csv"))) {
            if (Files.isRegularFile(p)) {
                files.put(p.getFileName().toString().replace(out.getFileName().toString(), "OUT"), Files.readAllBytes(p));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).forEach(f -> {
                        try {
                            files.put(p.relativize(f).toString(), Files.readAllBytes(f));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
        }
        String err = r.err().replace(out.toString(), "OUT");
        return new Run(r.exit(), r.out().replace(out.toString(), "OUT"), err, files);
    }

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");

    /**
     * A corpus of {@code n} documents whose sentences are drawn (seeded) from the seed articles,
     * with the outlet, stance and published columns of a metadata.csv and the seeds' story pack.
     */
    static void writeCorpus(Path folder, int n, long seed) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String sentence : SENTENCE.split(Files.readString(f).replace('\n', ' '))) {
                    if (!sentence.isBlank()) {
                        sentences.add(sentence.strip());
                    }
                }
            }
        }
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(seed);
        String[] outlets = {"Daily Alarm", "Calm Times", "Wire Service", "Evening Post"};
        StringBuilder meta = new StringBuilder("doc,outlet,published,stance\n");
        for (int d = 0; d < n; d++) {
            String id = String.format("%03d", d);
            StringBuilder text = new StringBuilder("Story " + id + "\n\n");
            int count = 5 + random.nextInt(60);
            for (int k = 0; k < count; k++) {
                text.append(sentences.get(random.nextInt(sentences.size()))).append(k % 4 == 3 ? "\n\n" : " ");
            }
            Files.writeString(folder.resolve(id + ".txt"), text.toString(), StandardCharsets.UTF_8);
            meta.append(id).append(',').append(outlets[random.nextInt(outlets.length)]).append(',')
                    .append(String.format("2024-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))).append(',')
                    .append(random.nextInt(3) == 0 ? "reassuring" : "alarmed").append('\n');
        }
        Files.writeString(folder.resolve("metadata.csv"), meta.toString(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("framelens.packs"), Path.of("lexicons/putin-kim.tsv").toAbsolutePath() + "\n",
                StandardCharsets.UTF_8);
    }
}

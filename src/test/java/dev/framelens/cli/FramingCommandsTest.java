package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.framing.CompareOptions;
import dev.framelens.table.TableWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framing commands: output, options, and one-line errors with exit code 2. */
class FramingCommandsTest {
    static final Framelens SEEDS = Framelens.load(Path.of("seeds"));

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Exit 2 and exactly one line on stderr, which starts with "framelens: " and contains {@code part}. */
    static void usageError(String part, String... args) {
        Run r = run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("framelens: ") && r.err().contains(part), r.err());
        assertEquals("", r.out());
    }

    @Test
    void framesPrintsTheFacadeTable() {
        Run r = run("frames", "seeds", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(TableWriter.toString(SEEDS.frameScores(), TableWriter.Format.CSV), r.out());
        // without resamples there is no interval: ci_low and ci_high are missing (NaN), empty in CSV
        Run none = run("frames", "seeds", "--resamples", "0", "--format", "csv");
        assertEquals(6, none.out().lines().count());
        none.out().lines().skip(1).forEach(line -> assertTrue(line.endsWith(",,"), line));
    }

    @Test
    void framesRejectsBadOptionsAndBadLexicons(@TempDir Path dir) throws IOException {
        usageError("--resamples (-1) must be between 0 and 100000 (0 skips the interval)", "frames", "seeds", "--resamples", "-1");
        usageError("--level (1.5) must be strictly between 0 and 1", "frames", "seeds", "--level", "1.5");
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "category\tside\tentry\tweight\nfear\tpanic\tscary\n");
        usageError(bad + ":2: unknown side 'panic'; use alarm or reassurance", "frames", "seeds", "--lexicon", bad.toString());
        usageError(dir.resolve("none.tsv") + ": no such file", "frames", "seeds", "--lexicon", dir.resolve("none.tsv").toString());
        Path good = dir.resolve("good.tsv");
        Files.writeString(good, "category\tside\tentry\tweight\nfear\talarm\tdanger*\t2\ncalm\treassurance\tsky isn't falling\n");
        Run r = run("frames", "seeds", "--lexicon", good.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("doc,outlet,published,headline,stance,tokens,fear_per_1k,calm_per_1k,negated_alarm_per_1k,"),
                r.out());
    }

    @Test
    void evidenceForAUniqueIdPrefix() {
        Run r = run("evidence", "seeds", "--doc", "001", "--side", "reassurance", "--top", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("001_3c2068cdf05ec9b9  reassurance  sentence 11  1 hit  [1208, 1257)\n"
                + "  But to be perfectly blunt, the sky isn’t falling.\n"
                + "  entries: sky isn't falling (downplaying)\n"), r.out());
        assertTrue(!r.out().contains(" alarm "), r.out());
        Run csv = run("evidence", "seeds", "--doc", "001_3c2068cdf05ec9b9", "--format", "csv", "--top", "0");
        assertEquals(TableWriter.toString(SEEDS.evidence("001_3c2068cdf05ec9b9"), TableWriter.Format.CSV), csv.out());
    }

    @Test
    void evidenceErrors() {
        usageError("'00' is the start of several ids", "evidence", "seeds", "--doc", "00");
        usageError("no document 'zzz' in the corpus; ids are [000_d54235d511f720fa", "evidence", "seeds", "--doc", "zzz");
        usageError("unknown side 'calm'; use alarm or reassurance", "evidence", "seeds", "--doc", "001", "--side", "calm");
        usageError("Missing required option: '--doc=ID'", "evidence", "seeds");
        usageError("--top (-2) must be ≥ 0", "evidence", "seeds", "--doc", "001", "--top", "-2");
    }

    @Test
    void compareAcceptanceCommandPrintsTheFacadeTable() {
        Run r = run("compare", "seeds", "--by", "stance", "--a", "reassuring", "--b", "alarmed", "--alpha0", "500",
                "--top", "0", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(TableWriter.toString(SEEDS.compare("stance", "reassuring", "alarmed",
                CompareOptions.defaults().alpha0(500)), TableWriter.Format.CSV), r.out());
    }

    @Test
    void compareChoosesGroupsFromTheColumn() {
        Run two = run("compare", "seeds", "--by", "stance", "--format", "csv", "--top", "0");
        assertEquals(0, two.code(), two.err());
        assertEquals("framelens: group a = stance 'alarmed', group b = 'reassuring' (use --a and --b to choose)\n", two.err());
        assertEquals(TableWriter.toString(SEEDS.compare("stance", "alarmed", "reassuring"), TableWriter.Format.CSV), two.out());
        Run many = run("compare", "seeds", "--by", "outlet", "--top", "2", "--format", "csv");
        assertEquals(0, many.code(), many.err());
        assertTrue(many.out().startsWith("group,term,count_a,"), many.out());
        assertEquals(1 + 5 * 4, many.out().lines().count(), many.out());
        Run lists = run("compare", "seeds", "--docs-a", "001", "--docs-b", "000,002,003,004", "--top", "0", "--format", "csv");
        assertEquals(TableWriter.toString(SEEDS.compare("stance", "reassuring", "alarmed"), TableWriter.Format.CSV), lists.out());
    }

    @Test
    void compareErrors() {
        usageError("no metadata column 'colour'; the columns are [outlet, published, headline, stance]",
                "compare", "seeds", "--by", "colour");
        usageError("no document has stance = 'calm'; the values of stance are [alarmed, reassuring]",
                "compare", "seeds", "--by", "stance", "--a", "calm", "--b", "alarmed");
        usageError("give both --a and --b", "compare", "seeds", "--by", "stance", "--a", "alarmed");
        usageError("give the groups", "compare", "seeds");
        usageError("give both --docs-a and --docs-b", "compare", "seeds", "--docs-a", "001");
        usageError("--alpha0 (0.0) must be a finite number > 0", "compare", "seeds", "--by", "stance", "--alpha0", "0");
        usageError("document '001_3c2068cdf05ec9b9' is in both groups", "compare", "seeds", "--docs-a", "001", "--docs-b", "001");
    }

    @Test
    void actorsSimilarityAndLexicon() {
        Run actors = run("actors", "seeds", "--format", "csv");
        assertEquals(0, actors.code(), actors.err());
        assertEquals(TableWriter.toString(SEEDS.actorsOverall(), TableWriter.Format.CSV), actors.out());
        Run byDoc = run("actors", "seeds", "--by", "doc", "--format", "csv");
        assertEquals(TableWriter.toString(SEEDS.actors(), TableWriter.Format.CSV), byDoc.out());
        usageError("--window (-1) must be between 0 and 1000", "actors", "seeds", "--window", "-1");
        Run sim = run("similarity", "seeds", "--format", "csv");
        assertEquals(TableWriter.toString(SEEDS.similarity(), TableWriter.Format.CSV), sim.out());
        // --top-k 2: each article's two nearest others, read off the table of every pair
        tech.tablesaw.api.Table all = SEEDS.similarity();
        StringBuilder want = new StringBuilder("doc_a,doc_b,cosine,alarm_index_diff\n");
        java.util.List<String> docs = SEEDS.corpus().documents().stream().map(dev.framelens.corpus.Document::id).toList();
        for (String a : docs) {
            tech.tablesaw.api.Table row = all.where(all.stringColumn("doc_a").isEqualTo(a)
                    .and(all.stringColumn("doc_b").isNotEqualTo(a)).and(all.doubleColumn("cosine").isGreaterThan(0)));
            java.util.List<Integer> order = new java.util.ArrayList<>();
            for (int r = 0; r < row.rowCount(); r++) {
                order.add(r);
            }
            order.sort(java.util.Comparator.comparingDouble((Integer r) -> -row.doubleColumn("cosine").get(r))
                    .thenComparingInt(r -> docs.indexOf(row.stringColumn("doc_b").get(r))));
            for (int r : order.subList(0, 2)) {
                String csv = TableWriter.toString(row.rows(r), TableWriter.Format.CSV);
                want.append(csv.substring(csv.indexOf('\n') + 1));
            }
        }
        Run nearest = run("similarity", "seeds", "--top-k", "2", "--format", "csv");
        assertEquals(0, nearest.code(), nearest.err());
        assertEquals(want.toString(), nearest.out());
        usageError("--top-k (-1) must be", "similarity", "seeds", "--top-k", "-1");
        Run lex = run("lexicon", "--format", "csv");
        assertEquals(0, lex.code(), lex.err());
        assertEquals(1 + 383, lex.out().lines().count());
        assertTrue(lex.out().startsWith("category,side,entry,weight,pattern,requires,forbids,precision,units,source\n"
                + "threat,alarm,danger*,1.0,prefix,,,0.742,26,lexicon-en.tsv\n"), lex.out());
        // with the packs a corpus lists, or a pack given by hand: 33 more rows
        Run seeds = run("lexicon", "--corpus", "seeds", "--format", "csv");
        assertEquals(1 + 383 + 33, seeds.out().lines().count());
        assertEquals(TableWriter.toString(SEEDS.lexicon(), TableWriter.Format.CSV), seeds.out());
        assertEquals(seeds.out(), run("lexicon", "--pack", "lexicons/putin-kim.tsv", "--format", "csv").out());
        assertEquals(lex.out(), run("lexicon", "--corpus", "seeds", "--no-packs", "--format", "csv").out());
        usageError("nowhere: no such file or folder; give the corpus whose story packs to load", "lexicon", "--corpus",
                "nowhere");
    }

    @Test
    void storyPacksAreTheCorpussUnlessTurnedOffOrReplacedAndCanBeAddedByHand(@TempDir Path dir) throws IOException {
        Framelens bare = Framelens.of(SEEDS.corpus());
        Run noPacks = run("frames", "seeds", "--no-packs", "--format", "csv");
        assertEquals(0, noPacks.code(), noPacks.err());
        assertEquals(TableWriter.toString(bare.frameScores(), TableWriter.Format.CSV), noPacks.out());
        Run byHand = run("frames", "seeds", "--no-packs", "--pack", "lexicons/putin-kim.tsv", "--format", "csv");
        assertEquals(TableWriter.toString(SEEDS.frameScores(), TableWriter.Format.CSV), byHand.out());
        Run evidence = run("evidence", "seeds", "--doc", "002", "--no-packs", "--format", "csv", "--top", "0");
        assertEquals(TableWriter.toString(bare.evidence("002_245de9c93e9a4803"), TableWriter.Format.CSV), evidence.out());
        assertEquals(TableWriter.toString(bare.similarity(), TableWriter.Format.CSV),
                run("similarity", "seeds", "--no-packs", "--format", "csv").out());
        // actors come with the pack: without it there are none
        usageError("no actor list for seeds: give --actors FILE, or --pack FILE with actors beside it", "actors", "seeds",
                "--no-packs");
        Run actors = run("actors", "seeds", "--no-packs", "--pack", "lexicons/putin-kim.tsv", "--format", "csv");
        assertEquals(TableWriter.toString(SEEDS.actorsOverall(), TableWriter.Format.CSV), actors.out());
        // a pack entry the lexicon already has names the pack's line
        Path pack = dir.resolve("again.tsv");
        Files.writeString(pack, "category\tside\tentry\nthreat\talarm\tdanger*\n");
        int line = dev.framelens.framing.Lexicon.shipped().entries().get(0).line();
        usageError(pack + ":2: entry 'danger*' is already in lexicon-en.tsv (line " + line + ")", "frames", "seeds", "--pack",
                pack.toString());
        // a corpus's list with a bad path names the list's line
        Path corpus = dir.resolve("c");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "A grave threat.");
        Files.writeString(corpus.resolve("framelens.packs"), "missing.tsv\n");
        usageError(corpus.resolve("framelens.packs") + ":1: pack 'missing.tsv'", "frames", corpus.toString());
        assertEquals(0, run("frames", corpus.toString(), "--no-packs").code());
    }

    @Test
    void actorsWithAUserList(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("actors.tsv");
        Files.writeString(file, "actor\tterm\nLeaders\tputin\nLeaders\tkim\n");
        Run r = run("actors", "seeds", "--actors", file.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(1 + 9, r.out().lines().count(), r.out());
        Files.writeString(file, "actor\tterm\nLeaders\n");
        usageError(file + ":2: has 1 field", "actors", "seeds", "--actors", file.toString());
    }

    @Test
    void everyFramingCommandHasHelpWithAnExample() {
        for (String command : new String[] {"frames", "evidence", "compare", "actors", "similarity", "lexicon"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("Example") && r.out().contains("framelens " + command), command + ": " + r.out());
            assertTrue(r.out().contains("--format") || r.out().contains("--format="), command);
        }
    }
}

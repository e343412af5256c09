package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.framing.ValidationFile;
import dev.framelens.framing.ValidationUnit;
import dev.framelens.stats.Wilson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framelens validate sample} → codes filled in programmatically → {@code validate score}, on the seeds. */
class ValidateCommandTest {
    private static final double EPS = 1e-12;

    /*
     * A lexicon whose hits in the seeds can be counted by hand (grep, minus the merged phrases):
     *   nuclear   7  (10 words, 3 of them inside "nuclear program" ×2 and "nuclear test")
     *   threat*   1, danger* 3 ("dangerous"), harm 1 (002: "must be conducted … in a direction that does not
 *             harm": negation v2's precaution rule keeps it alarm)
     *   war      17  (19 words, 2 inside "cold war" and "second world war")
     *   surprise  2  (001 "no surprise" → negated; 004 "a surprise")
     *   sky isn't falling 1, only 4
     * Strata: hit:threat 12, hit:escalation 18, hit:downplaying 5, hit:negated_alarm 1.
     */
    static final String LEXICON = String.join("\n", "category\tside\tentry",
            "threat\talarm\tnuclear", "threat\talarm\tthreat*", "threat\talarm\tdanger*", "threat\talarm\tharm",
            "escalation\talarm\twar", "escalation\talarm\tsurprise",
            "downplaying\treassurance\tsky isn't falling", "downplaying\treassurance\tonly") + "\n";

    @TempDir
    static Path tmp;
    static Path lexicon;
    static Path census;

    @BeforeAll
    static void sample() throws IOException {
        lexicon = tmp.resolve("lexicon.tsv");
        Files.writeString(lexicon, LEXICON, StandardCharsets.UTF_8);
        census = tmp.resolve("census.csv");
        CliRunner.Result r = CliRunner.run("validate", "sample", "seeds", "--lexicon", lexicon.toString(), "--n", "1000",
                "--out", census.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("stratum,unit,side,category,stratum_size,sampled,weight\n"
                + "hit:threat,hit,alarm,threat,12,12,1.0\n"
                + "hit:escalation,hit,alarm,escalation,18,18,1.0\n"
                + "hit:downplaying,hit,reassurance,downplaying,5,5,1.0\n"
                + "hit:negated_alarm,hit,reassurance,negated_alarm,1,1,1.0\n"
                + "sentence:none,sentence,,,146,146,1.0\n"
                + "sentence:alarm,sentence,alarm,,30,30,1.0\n"
                + "sentence:reassurance,sentence,reassurance,,6,6,1.0\n"
                + "sentence:both,sentence,,,0,0,\n", r.out());
        assertEquals("framelens: wrote 218 units (36 hits, 182 sentences) to " + census + "; fill in its code column\n",
                r.err());
    }

    /** Writes a copy of {@code file} with every unit coded by {@code code}. */
    static Path code(Path file, String name, Function<ValidationUnit, String> code) throws IOException {
        return codeInto(file, tmp.resolve(name), code);
    }

    /** Writes a copy of {@code file} to {@code out} with every unit coded by {@code code}. */
    static Path codeInto(Path file, Path out, Function<ValidationUnit, String> code) throws IOException {
        List<ValidationUnit> coded = new ArrayList<>();
        for (ValidationUnit u : ValidationFile.read(file)) {
            coded.add(u.withCode(code.apply(u)));
        }
        Files.writeString(out, ValidationFile.toString(coded), StandardCharsets.UTF_8);
        return out;
    }

    static final Pattern NUCLEAR = Pattern.compile("\\bnuclear\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern VLADIVOSTOK = Pattern.compile("\\bVladivostok\\b");

    /**
     * Hits by entry: nuclear, danger* correct; threat* unsure; war wrong; surprise correct (wrong when negated);
     * harm correct; sky isn't falling correct; only wrong. Sentences: alarm when they say "nuclear",
     * else reassurance when they say "Vladivostok", else neither.
     */
    static String byRule(ValidationUnit u) {
        if (u.kind() == ValidationUnit.Kind.SENTENCE) {
            return NUCLEAR.matcher(u.text()).find() ? "alarm" : VLADIVOSTOK.matcher(u.text()).find() ? "reassurance" : "neither";
        }
        return switch (u.entry()) {
            case "threat*" -> "unsure";
            case "war", "only" -> "wrong";
            case "surprise" -> u.negated() ? "wrong" : "correct";
            default -> "correct";
        };
    }

    static List<Map<String, String>> csv(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exit(), r.err());
        return ReferenceTest.parse(r.out());
    }

    static double d(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    @Test
    void censusRoundTripByCategory() throws IOException {
        Path coded = code(census, "coded.csv", ValidateCommandTest::byRule);
        List<Map<String, String>> rows = csv("validate", "score", coded.toString(), "--level", "category", "--format", "csv");
        // alarm, then reassurance, by name; negated_alarm last
        assertEquals(List.of("escalation", "threat", "downplaying", "negated_alarm"),
                rows.stream().map(m -> m.get("category")).toList());
        // threat: nuclear 7 + danger* 3 + harm 1 correct, threat* 1 unsure → 11 of 11
        Map<String, String> threat = rows.get(1);
        assertEquals(List.of("alarm", "12", "12", "11", "0", "1", "0"), List.of(threat.get("side"), threat.get("hits"),
                threat.get("units"), threat.get("correct"), threat.get("wrong"), threat.get("unsure"), threat.get("uncoded")));
        assertEquals(1.0, d(threat, "precision"));
        assertEquals(Wilson.interval(11, 11, Wilson.Z95).low(), d(threat, "precision_low"), EPS);
        // escalation: war 17 wrong, surprise 1 correct → 1/18; downplaying: sky 1 correct, only 4 wrong → 1/5;
        // negated: surprise wrong → 0/1
        assertEquals(1.0 / 18, d(rows.get(0), "precision"), EPS);
        assertEquals(0.2, d(rows.get(2), "precision"), EPS);
        assertEquals("reassurance", rows.get(3).get("side"));
        assertEquals(0.0, d(rows.get(3), "precision"), EPS);
        assertEquals(Wilson.interval(0, 1, Wilson.Z95).high(), d(rows.get(3), "precision_high"), EPS);
    }

    @Test
    void censusRoundTripBySide() throws IOException {
        Path coded = code(census, "coded-side.csv", ValidateCommandTest::byRule);
        List<Map<String, String>> rows = csv("validate", "score", coded.toString(), "--format", "csv");
        Map<String, String> alarm = rows.get(0);
        Map<String, String> reassurance = rows.get(1);
        // alarm: the unsure threat* hit is left out, so threat's 12 hits are weighed by 12/11:
        // (12 · 11/11 + 18 · 1/18) / 30 = 13/30; n* is above the 29 coded units, so Wilson at n = 29
        assertEquals(13.0 / 30, d(alarm, "precision"), EPS);
        assertEquals("30", alarm.get("hits"));
        assertEquals(Wilson.interval(13.0 / 30, 29, Wilson.Z95).low(), d(alarm, "precision_low"), EPS);
        // reassurance: (5 · 1/5 + 1 · 0) / 6 = 1/6
        assertEquals(1.0 / 6, d(reassurance, "precision"), EPS);
        // recall: 11 sentences say "nuclear", 8 of them carry an alarm hit (the other 3 only "nuclear test",
        // "nuclear-powered", "nuclear-capable"); 10 more say "Vladivostok", 2 of them carry a reassurance hit
        assertEquals("11", alarm.get("sentences"));
        assertEquals(8.0 / 11, d(alarm, "recall"), EPS);
        assertEquals(Wilson.interval(8, 11, Wilson.Z95).low(), d(alarm, "recall_low"), EPS);
        assertEquals("10", reassurance.get("sentences"));
        assertEquals(0.2, d(reassurance, "recall"), EPS);
        assertEquals(Wilson.interval(2, 10, Wilson.Z95).high(), d(reassurance, "recall_high"), EPS);
    }

    @Test
    void theSameSeedWritesTheSameFile() throws IOException {
        Path a = tmp.resolve("a.csv");
        Path b = tmp.resolve("b.csv");
        Path c = tmp.resolve("c.csv");
        assertEquals(0, CliRunner.run("validate", "sample", "seeds", "--n", "40", "--seed", "7", "--out", a.toString()).exit());
        assertEquals(0, CliRunner.run("validate", "sample", "seeds", "--n", "40", "--seed", "7", "--out", b.toString()).exit());
        assertEquals(0, CliRunner.run("validate", "sample", "seeds", "--n", "40", "--seed", "8", "--out", c.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(Files.readString(a).equals(Files.readString(c)));
        List<ValidationUnit> units = ValidationFile.read(a);
        assertEquals(40, units.size());
        assertEquals(20, units.stream().filter(u -> u.kind() == ValidationUnit.Kind.SENTENCE).count());
        assertTrue(Files.readString(a, StandardCharsets.UTF_8).startsWith("\uFEFFid,unit,doc,sentence,start,end,text,"));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path out = tmp.resolve("taken.csv");
        Files.writeString(out, "mine");
        CliRunner.Result r = CliRunner.run("validate", "sample", "seeds", "--out", out.toString());
        assertEquals(2, r.exit());
        assertEquals("framelens: " + out + " exists; framelens never overwrites a file: choose another --out\n", r.err());
        assertEquals("mine", Files.readString(out));
        CliRunner.Result noDir = CliRunner.run("validate", "sample", "seeds", "--out", tmp.resolve("no/such/x.csv").toString());
        assertEquals(2, noDir.exit());
        assertTrue(noDir.err().contains(": no folder "), noDir.err());
    }

    @Test
    void aBadCodeIsOneLineWithFileLineAndTheAllowedCodes() throws IOException {
        Path coded = code(census, "bad.csv", u -> u.kind() == ValidationUnit.Kind.HIT ? "correct" : "neither");
        List<String> lines = new ArrayList<>(Files.readAllLines(coded, StandardCharsets.UTF_8));
        int line = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).split(",")[1].equals("hit")) {
                lines.set(i, lines.get(i).replaceFirst(",correct$", ",yes"));
                line = i + 1;
                break;
            }
        }
        Files.write(coded, lines, StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("validate", "score", coded.toString());
        assertEquals(1, r.exit());
        assertEquals("framelens: " + coded + ":" + line + ": column code: 'yes' is not a code for a hit unit; use correct, "
                + "wrong, unsure (or leave it empty)\n", r.err());
        byte[] before = Files.readAllBytes(coded);
        CliRunner.run("validate", "score", coded.toString());
        assertArrayEquals(before, Files.readAllBytes(coded));
    }

    @Test
    void usageErrors() {
        CliRunner.Result none = CliRunner.run("validate");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("framelens: validate needs a subcommand: sample or score"), none.err());
        assertEquals(2, CliRunner.run("validate", "score", census.toString(), "--level", "agreement").exit());
        CliRunner.Result level = CliRunner.run("validate", "score", census.toString(), "--level", "everything");
        assertEquals(2, level.exit());
        assertEquals("framelens: --level 'everything' must be one of side, category, entry, review, agreement, "
                + "disagreements\n", level.err());
        CliRunner.Result missing = CliRunner.run("validate", "score", tmp.resolve("none.csv").toString());
        assertEquals(2, missing.exit());
        assertEquals(2, CliRunner.run("validate", "sample", "seeds", "--n", "0", "--out", tmp.resolve("z.csv").toString()).exit());
        assertFalse(Files.exists(tmp.resolve("z.csv")));
    }

    @Test
    void twoCodersAgreementAndDisagreements() throws IOException {
        Path first = code(census, "coder1.csv", ValidateCommandTest::byRule);
        // the second coder calls every war hit correct and every "Vladivostok" sentence neither
        Path second = code(census, "coder2.csv", u -> u.entry().equals("war") ? "correct"
                : byRule(u).equals("reassurance") ? "neither" : byRule(u));
        List<Map<String, String>> agreement = csv("validate", "score", first.toString(), second.toString(), "--level",
                "agreement", "--format", "csv");
        assertEquals(List.of("hit", "sentence", "all"), agreement.stream().map(m -> m.get("unit")).toList());
        // hits: 36 both coded, the 17 war hits differ
        assertEquals("36", agreement.get(0).get("units"));
        assertEquals("19", agreement.get(0).get("agreed"));
        // sentences: 182, the 10 "Vladivostok" ones differ
        assertEquals("182", agreement.get(1).get("units"));
        assertEquals("172", agreement.get(1).get("agreed"));
        assertEquals(191.0 / 218, d(agreement.get(2), "agreement"), EPS);
        List<Map<String, String>> disagreements = csv("validate", "score", first.toString(), second.toString(), "--level",
                "disagreements", "--format", "csv");
        assertEquals(27, disagreements.size());
        assertEquals(17, disagreements.stream().filter(m -> m.get("entry").equals("war")).count());
        assertTrue(disagreements.stream().allMatch(m -> !m.get("code_1").equals(m.get("code_2"))));
        // scoring stays with the first file
        assertEquals(csv("validate", "score", first.toString(), "--format", "csv"),
                csv("validate", "score", first.toString(), second.toString(), "--format", "csv"));
    }

    @Test
    void aSecondFileOfAnotherSampleIsRefused() throws IOException {
        Path other = tmp.resolve("other.csv");
        assertEquals(0, CliRunner.run("validate", "sample", "seeds", "--n", "10", "--out", other.toString()).exit());
        CliRunner.Result r = CliRunner.run("validate", "score", census.toString(), other.toString(), "--level", "agreement");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("framelens: " + other + ": "), r.err());
        assertTrue(r.err().endsWith("; score two codings of the same sample\n"), r.err());
    }

    @Test
    void tableFormatByDefault() throws IOException {
        Path coded = code(census, "coded-table.csv", ValidateCommandTest::byRule);
        CliRunner.Result r = CliRunner.run("validate", "score", coded.toString(), "--level", "review", "--min-units", "5");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("side "), r.out());
        // war (0 of 17) is the entry to review first, nuclear (7 of 7) the last
        assertTrue(lines[2].contains(" war "), r.out());
        assertTrue(lines[lines.length - 1].contains(" nuclear "), r.out());
    }
}

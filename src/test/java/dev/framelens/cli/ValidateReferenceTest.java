package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.framing.ValidationFile;
import dev.framelens.framing.ValidationUnit;
import dev.framelens.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate score} against the independent implementation in src/test/python/reference.py
 * (written from the definitions: explicit per-unit residuals for the variance, Krippendorff's α from
 * pairs of values rather than the coincidence matrix), on a sample of the seeds drawn at unequal
 * rates and coded at random by two coders.
 */
class ValidateReferenceTest {
    @TempDir
    static Path tmp;
    static Path python;
    static Path first;
    static Path second;

    static final List<String> HIT = List.of("correct", "correct", "correct", "wrong", "unsure", "");
    static final List<String> SENTENCE = List.of("alarm", "reassurance", "neither", "neither", "alarm", "");

    static Path coded(Path sample, String name, long seed, double flip, List<ValidationUnit> like) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        List<ValidationUnit> units = ValidationFile.read(sample);
        List<ValidationUnit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            ValidationUnit u = units.get(i);
            List<String> codes = u.kind() == ValidationUnit.Kind.HIT ? HIT : SENTENCE;
            String code = like != null && r.nextDouble() >= flip ? like.get(i).code() : codes.get(r.nextInt(codes.size()));
            out.add(u.withCode(code));
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, ValidationFile.toString(out), StandardCharsets.UTF_8);
        return f;
    }

    @BeforeAll
    static void sample() throws IOException {
        python = Tools.require("python3", "the reference implementation is Python");
        Path sample = tmp.resolve("sample.csv");
        CliRunner.Result r = CliRunner.run("validate", "sample", "seeds", "--n", "90", "--seed", "3", "--out", sample.toString());
        assertEquals(0, r.exit(), r.err());
        first = coded(sample, "first.csv", 5, 1, null);
        second = coded(sample, "second.csv", 6, 0.3, ValidationFile.read(first));
    }

    static double number(String cell) {
        return cell.isEmpty() || cell.equals("NaN") ? Double.NaN : Double.parseDouble(cell);
    }

    static void compare(String level, String[] key, String[] exact, String[] approx) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(python.toString(), "src/test/python/reference.py", "validate",
                first.toString(), second.toString(), "--level", level));
        Tools.Run ref = Tools.run(Path.of("."), 120, cmd);
        assertEquals(0, ref.exit(), ref.err());
        CliRunner.Result engine = CliRunner.run("validate", "score", first.toString(), second.toString(), "--level", level,
                "--format", "csv");
        assertEquals(0, engine.exit(), engine.err());
        List<Map<String, String>> want = ReferenceTest.parse(ref.out());
        List<Map<String, String>> got = ReferenceTest.parse(engine.out());
        assertEquals(want.size(), got.size(), level + " rows");
        assertTrue(want.size() >= 2, level);
        Map<String, Map<String, String>> byKey = ReferenceTest.byKey(got, key);
        for (Map.Entry<String, Map<String, String>> e : ReferenceTest.byKey(want, key).entrySet()) {
            Map<String, String> row = byKey.get(e.getKey());
            assertTrue(row != null, () -> level + ": the engine has no row " + e.getKey().replace('\u0000', '|'));
            for (String c : exact) {
                assertEquals(e.getValue().get(c), row.get(c), level + " " + c + " of " + e.getKey());
            }
            for (String c : approx) {
                double w = number(e.getValue().get(c));
                double g = number(row.get(c));
                if (Double.isNaN(w)) {
                    assertTrue(Double.isNaN(g), level + " " + c + " of " + e.getKey() + ": " + g);
                } else {
                    assertEquals(w, g, 1e-12, level + " " + c + " of " + e.getKey());
                }
            }
        }
    }

    static final String[] COUNTS = {"units", "correct", "wrong", "unsure", "uncoded"};
    static final String[] PRECISION = {"precision", "precision_low", "precision_high"};

    @Test
    void sidesAgreeWithTheReference() throws Exception {
        compare("side", new String[] {"side"}, concat(new String[] {"hits", "sentences"}, COUNTS),
                concat(PRECISION, new String[] {"recall", "recall_low", "recall_high"}));
    }

    @Test
    void categoriesAgreeWithTheReference() throws Exception {
        compare("category", new String[] {"category"}, concat(new String[] {"side", "hits"}, COUNTS), PRECISION);
    }

    @Test
    void entriesAgreeWithTheReference() throws Exception {
        compare("entry", new String[] {"side", "category", "entry", "negated"}, COUNTS, PRECISION);
    }

    @Test
    void agreementAgreesWithTheReference() throws Exception {
        compare("agreement", new String[] {"unit"}, new String[] {"units", "agreed"}, new String[] {"agreement", "alpha", "kappa"});
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine against an independent implementation (src/test/python/reference.py, written from
 * the definitions) fed the engine's own {@code tokens} export: counts exactly, measures to 1e-9.
 */
class ReferenceTest {
    @TempDir
    static Path tmp;
    static Path tokens;
    static Path python;

    @BeforeAll
    static void export() throws IOException {
        python = Tools.require("python3", "the reference implementation is Python");
        CliRunner.Result r = CliRunner.run("tokens", "seeds", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        tokens = tmp.resolve("tokens.csv");
        Files.writeString(tokens, r.out(), StandardCharsets.UTF_8);
    }

    static List<Map<String, String>> parse(String csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                rec.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                rec.add(f.toString());
                f.setLength(0);
                records.add(rec);
                rec = new ArrayList<>();
            } else if (c != '\r') {
                f.append(c);
            }
        }
        List<String> header = records.get(0);
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> m = new HashMap<>();
            for (int k = 0; k < header.size(); k++) {
                m.put(header.get(k), r.get(k));
            }
            rows.add(m);
        }
        return rows;
    }

    static String reference(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(python.toString(), "src/test/python/reference.py"));
        cmd.addAll(List.of(args));
        Tools.Run r = Tools.run(Path.of("."), 120, cmd);
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String... key) {
        Map<String, Map<String, String>> m = new HashMap<>();
        for (Map<String, String> r : rows) {
            StringBuilder k = new StringBuilder();
            for (String c : key) {
                k.append(r.get(c)).append('\u0000');
            }
            m.put(k.toString(), r);
        }
        return m;
    }

    static void assertSame(List<Map<String, String>> engine, List<Map<String, String>> ref, String[] key,
                           String[] exact, String[] approx, double tol) {
        assertEquals(ref.size(), engine.size(), "row count");
        Map<String, Map<String, String>> e = byKey(engine, key);
        for (Map.Entry<String, Map<String, String>> r : byKey(ref, key).entrySet()) {
            Map<String, String> row = e.get(r.getKey());
            assertTrue(row != null, () -> "engine has no row " + r.getKey().replace('\u0000', '|'));
            for (String c : exact) {
                assertEquals(r.getValue().get(c), row.get(c), c + " of " + r.getKey());
            }
            for (String c : approx) {
                double want = Double.parseDouble(r.getValue().get(c).replace("inf", "Infinity"));
                double got = Double.parseDouble(row.get(c));
                if (Double.isInfinite(want)) {
                    assertEquals(want, got, c);
                } else {
                    assertEquals(want, got, tol * Math.max(1, Math.abs(want)), c + " of " + r.getKey());
                }
            }
        }
    }

    @Test
    void termsAgreeWithTheReference() throws Exception {
        List<Map<String, String>> ref = parse(reference("terms", tokens.toString()));
        CliRunner.Result r = CliRunner.run("terms", "seeds", "--top", "0", "--format", "csv");
        List<Map<String, String>> engine = parse(r.out());
        assertSame(engine, ref, new String[] {"term"}, new String[] {"count", "doc_freq"}, new String[] {"per_1k"}, 1e-12);
        // and in the same order
        for (int k = 0; k < ref.size(); k++) {
            assertEquals(ref.get(k).get("term"), engine.get(k).get("term"));
        }
        // the tokens export and the term table agree: Σ count = number of token rows
        long sum = engine.stream().mapToLong(m -> Long.parseLong(m.get("count"))).sum();
        assertEquals(parse(Files.readString(tokens)).size(), sum);
    }

    @Test
    void tfIdfAgreesWithTheReference() throws Exception {
        List<Map<String, String>> ref = parse(reference("tfidf", tokens.toString()));
        List<Map<String, String>> engine = parse(CliRunner.run("terms", "seeds", "--by", "doc", "--top", "0", "--format", "csv").out());
        assertSame(engine, ref, new String[] {"doc", "term"}, new String[] {"count"}, new String[] {"per_1k", "tf_idf"}, 1e-9);
    }

    @Test
    void cooccurrenceOfPutinAndKimAgreesWithTheReference() throws Exception {
        for (String term : new String[] {"putin", "kim", "north korea"}) {
            for (String[] scope : new String[][] {{"--window", "5"}, {"--window", "3", "--sentence"}, {"--scope", "sentence"}, {"--scope", "document"}}) {
                List<String> refArgs = new ArrayList<>(List.of("cooccur", tokens.toString(), "--term", term));
                refArgs.addAll(List.of(scope));
                List<Map<String, String>> ref = parse(reference(refArgs.toArray(new String[0])));
                List<String> args = new ArrayList<>(List.of("cooccur", "seeds", "--term", term, "--min-count", "1", "--top", "0", "--format", "csv"));
                args.addAll(List.of(scope));
                CliRunner.Result r = CliRunner.run(args.toArray(new String[0]));
                assertEquals(0, r.exit(), r.err());
                List<Map<String, String>> engine = parse(r.out());
                assertTrue(engine.size() > 10, term);
                assertSame(engine, ref, new String[] {"neighbor"}, new String[] {"count", "term_total", "neighbor_total"},
                        new String[] {"pmi", "npmi", "g2", "dice", "t_score"}, 1e-9);
            }
        }
    }

    @Test
    void referenceOwnUnitTestsPass() throws Exception {
        Tools.Run r = Tools.run(Path.of("."), 120, List.of(python.toString(), "-m", "unittest", "discover", "-s", "src/test/python"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("OK"), r.err());
    }
}

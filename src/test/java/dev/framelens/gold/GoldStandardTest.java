package dev.framelens.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.framelens.Framelens;
import dev.framelens.corpus.Document;
import dev.framelens.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gold standard (gold/README.md): sealed halves unchanged, units that still point at their text,
 * the Java scoring equal to the independent Python one (gold/scripts/evaluate.py), and the figures
 * docs/LEXICON.md quotes for the shipped lexicon computed, not typed
 * ({@code -Dframelens.updateDocs=true} rewrites the block).
 */
class GoldStandardTest {
    static final Path LEXICON_DOC = Path.of("docs/LEXICON.md");
    static final Pattern BLOCK = Pattern.compile("(<!-- gold: shipped lexicon -->\n)(.*?)(<!-- /gold -->)", Pattern.DOTALL);

    @TempDir
    static Path tmp;
    static Path europarl;
    static List<GoldStandard.Unit> units;
    static List<GoldStandard.Hit> hits;

    @BeforeAll
    static void load() throws IOException {
        europarl = GoldStandard.writeEuroparl(tmp.resolve("europarl-en.jsonl"));
        units = GoldStandard.units();
        hits = GoldStandard.hits(europarl, null);
    }

    @Test
    void theTestHalfIsTheOneThatWasFrozen() throws Exception {
        assertEquals(hash(GoldStandard.DIR.resolve("units-test.sha256")), sha256(GoldStandard.DIR.resolve("units-test.csv")));
        List<String> ids = new ArrayList<>();
        for (GoldStandard.Unit u : units) {
            if (u.split().equals("test")) {
                ids.add(u.id());
            }
        }
        List<String> frozen = Files.readAllLines(GoldStandard.DIR.resolve("units-test.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).filter(l -> l.startsWith("U")).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(frozen, ids.stream().sorted().toList());
        Path codes = GoldStandard.DIR.resolve("codes-test.csv");
        if (Files.exists(codes)) {
            assertEquals(hash(GoldStandard.DIR.resolve("codes-test.sha256")), sha256(codes));
        }
    }

    @Test
    void everyUnitPointsAtItsTextAndEveryDevUnitIsCoded() throws IOException {
        Map<String, String> texts = new java.util.HashMap<>();
        for (Path corpus : List.of(Path.of("seeds"), europarl)) {
            for (Document d : Framelens.load(corpus).corpus()) {
                texts.put(d.id(), d.text());
            }
        }
        Map<String, String> dev = GoldStandard.codes(GoldStandard.DIR.resolve("codes-dev.csv"));
        int devUnits = 0;
        for (GoldStandard.Unit u : units) {
            String text = texts.get(u.doc());
            assertTrue(text != null, u.id() + ": no document " + u.doc());
            assertEquals(u.text(), text.substring(u.sentenceStart(), u.sentenceEnd()), u.id());
            assertTrue(u.sentenceStart() <= u.start() && u.end() <= u.sentenceEnd(), u.id());
            if (u.split().equals("dev")) {
                devUnits++;
                assertTrue(dev.containsKey(u.id()), u.id() + " has no dev code");
            }
        }
        assertEquals(devUnits, dev.size());
        assertEquals(814, units.size());
    }

    @Test
    void javaScoringEqualsThePythonReference() throws Exception {
        assertScoringEqualsPython(units, hits, GoldStandard.DIR.resolve("units.csv"),
                GoldStandard.DIR.resolve("codes-dev.csv"), tmp.resolve("hits.csv"));
    }

    /** The Java scoring of the dev half equals gold/scripts/evaluate.py's, line for line. */
    static void assertScoringEqualsPython(List<GoldStandard.Unit> units, List<GoldStandard.Hit> hits, Path unitsFile,
            Path codesFile, Path hitsFile) throws Exception {
        Path python = Tools.require("python3", "the gold scoring's reference is gold/scripts/evaluate.py");
        GoldStandard.writeHits(hits, hitsFile);
        Tools.Run r = Tools.run(Path.of("."), 120, List.of(python.toString(), "gold/scripts/evaluate.py",
                unitsFile.toString(), codesFile.toString(), "dev", hitsFile.toString()));
        assertEquals(0, r.exit(), r.err());
        String expected = r.out().lines().filter(l -> !l.startsWith("#")).reduce("", (x, y) -> x + y + "\n");
        assertEquals(expected, GoldStandard.csv(GoldStandard.score(units, GoldStandard.codes(codesFile), "dev", hits)));
    }

    /** The figures docs/LEXICON.md quotes for the shipped lexicon on the dev half (and the test half once unsealed). */
    @Test
    void theLexiconDocQuotesTheComputedFigures() throws IOException {
        assertDocBlock(BLOCK, figures(units, hits, GoldStandard.DIR), "GoldStandardTest");
    }

    /**
     * docs/LEXICON.md's block matched by {@code block} (its group 2 the table) holds {@code table};
     * {@code -Dframelens.updateDocs=true} rewrites it instead.
     */
    static void assertDocBlock(Pattern block, String table, String testClass) throws IOException {
        String doc = Files.readString(LEXICON_DOC, StandardCharsets.UTF_8);
        Matcher m = block.matcher(doc);
        if (!m.find()) {
            fail("docs/LEXICON.md has no " + block.pattern().substring(1, block.pattern().indexOf("\\n")) + " block");
        }
        if (Boolean.getBoolean("framelens.updateDocs")) {
            Files.writeString(LEXICON_DOC, doc.substring(0, m.start(2)) + table + doc.substring(m.end(2)), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(table, m.group(2), "docs/LEXICON.md's gold figures are out of date: run mvn test -Dtest="
                + testClass + " -Dframelens.updateDocs=true");
    }

    /**
     * The headline table (alarm and reassurance precision, negation flips right, alarm recall, with Wilson
     * intervals and units) per half whose codes file ({@code codes-dev.csv}, {@code codes-test.csv}) is in
     * {@code dir}; a half whose codes are still sealed says so.
     */
    static String figures(List<GoldStandard.Unit> units, List<GoldStandard.Hit> hits, Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("| half | alarm precision | reassurance precision | negation flips right | alarm recall |\n");
        b.append("|---|---|---|---|---|\n");
        for (String split : List.of("dev", "test")) {
            Path file = dir.resolve("codes-" + split + ".csv");
            if (!Files.exists(file)) {
                b.append("| ").append(split).append(" | sealed | sealed | sealed | sealed |\n");
                continue;
            }
            Map<String, GoldStandard.Estimate> h = GoldStandard.headline(
                    GoldStandard.score(units, GoldStandard.codes(file), split, hits));
            b.append("| ").append(split);
            for (String k : List.of("side:alarm", "side:reassurance", "negation:flip", "recall:alarm")) {
                GoldStandard.Estimate e = h.get(k);
                b.append(" | ").append(e == null ? "–" : GoldStandard.f3(e.estimate()) + " [" + GoldStandard.f3(e.low())
                        + ", " + GoldStandard.f3(e.high()) + "] (" + e.units() + ")");
            }
            b.append(" |\n");
        }
        return b.toString();
    }

    static String hash(Path shaFile) throws IOException {
        return Files.readString(shaFile, StandardCharsets.UTF_8).trim().split("\\s+")[0];
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

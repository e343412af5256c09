package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconSuggestCommandTest {
    @TempDir
    static Path tmp;
    static Path corpus;
    static Path lexicon;

    /*
     * Nine one-sentence articles: "The menace looms over us." ×3, "The peril looms over us, again." ×3,
     * "A ripe banana." ×3. With stop words removed: menace–looms, peril–looms, ripe–banana.
     * menace is the seed (menac*); peril has exactly its contexts (cosine 1); looms' contexts are menace and
     * peril, which the centroid does not hold (cosine 0, left out); ripe and banana share nothing.
     */
    @BeforeAll
    static void corpus() throws IOException {
        corpus = Files.createDirectory(tmp.resolve("tiny"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(corpus.resolve("m" + i + ".txt"), "The menace looms over us.\n", StandardCharsets.UTF_8);
            Files.writeString(corpus.resolve("p" + i + ".txt"), "The peril looms over us, again.\n", StandardCharsets.UTF_8);
            Files.writeString(corpus.resolve("b" + i + ".txt"), "A ripe banana.\n", StandardCharsets.UTF_8);
        }
        lexicon = tmp.resolve("tiny.tsv");
        Files.writeString(lexicon, "category\tside\tentry\nthreat\talarm\tmenac*\ndownplaying\treassurance\tcalm\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void theObviousNeighbourWithItsKwicLines() {
        CliRunner.Result r = CliRunner.run("lexicon", "suggest", corpus.toString(), "--category", "threat", "--lexicon",
                lexicon.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("term,count,similarity,kwic_1,kwic_2\n"
                + "peril,3,1.0,\"The peril looms over us, again\",\"The peril looms over us, again\"\n", r.out());
        assertEquals("framelens: 1 seed term of threat occurs: menace\n", r.err());
        CliRunner.Result sentence = CliRunner.run("lexicon", "suggest", corpus.toString(), "--category", "threat",
                "--lexicon", lexicon.toString(), "--sentence", "--width", "1", "--format", "json");
        assertTrue(sentence.out().contains("\"kwic_1\": \"The peril looms over us, again.\""), sentence.out());
        CliRunner.Result narrow = CliRunner.run("lexicon", "suggest", corpus.toString(), "--category", "threat",
                "--lexicon", lexicon.toString(), "--width", "1", "--format", "csv");
        List<Map<String, String>> rows = ReferenceTest.parse(narrow.out());
        assertEquals("The peril looms", rows.get(0).get("kwic_1"));
        // --min-count 4 leaves nothing (peril occurs 3 times)
        CliRunner.Result none = CliRunner.run("lexicon", "suggest", corpus.toString(), "--category", "threat",
                "--lexicon", lexicon.toString(), "--min-count", "4", "--format", "csv");
        assertEquals("term,count,similarity,kwic_1,kwic_2\n", none.out());
    }

    @Test
    void errors() {
        CliRunner.Result unknown = CliRunner.run("lexicon", "suggest", corpus.toString(), "--category", "calmness",
                "--lexicon", lexicon.toString());
        assertEquals(2, unknown.exit());
        assertEquals("framelens: no category 'calmness' in " + lexicon + "; categories are [threat, downplaying]\n",
                unknown.err());
        CliRunner.Result absent = CliRunner.run("lexicon", "suggest", corpus.toString(), "--category", "downplaying",
                "--lexicon", lexicon.toString());
        assertEquals(1, absent.exit());
        assertTrue(absent.err().startsWith("framelens: no entry of category downplaying occurs in the corpus"), absent.err());
        assertEquals(2, CliRunner.run("lexicon", "suggest", corpus.toString()).exit());
        assertEquals(2, CliRunner.run("lexicon", "suggest", corpus.toString(), "--category", "threat", "--top", "-1").exit());
        // the lexicon command itself still prints the lexicon
        CliRunner.Result plain = CliRunner.run("lexicon", "--lexicon", lexicon.toString(), "--format", "csv");
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().startsWith("category,side,entry,weight,pattern,requires,forbids,precision,units,source\n"
                + "threat,alarm,menac*,1.0,prefix,,,,0,"), plain.out());
    }

    @Test
    void onTheSeedsThreatWordsComeWithTheirContexts() {
        CliRunner.Result r = CliRunner.run("lexicon", "suggest", "seeds", "--category", "threat", "--top", "20",
                "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, String>> rows = ReferenceTest.parse(r.out());
        assertEquals(20, rows.size());
        double previous = Double.POSITIVE_INFINITY;
        for (Map<String, String> row : rows) {
            double s = Double.parseDouble(row.get("similarity"));
            assertTrue(s > 0 && s <= previous, row.toString());
            previous = s;
            assertTrue(Long.parseLong(row.get("count")) >= 3, row.toString());
            assertTrue(!row.get("kwic_1").isEmpty() && !row.get("kwic_2").isEmpty(), row.toString());
            // nothing the lexicon already matches
            assertTrue(!row.get("term").startsWith("threat") && !row.get("term").startsWith("danger"), row.toString());
        }
        // the seeds are the shipped threat entries that occur (their number changes with the lexicon)
        assertTrue(r.err().matches("framelens: \\d+ seed terms of threat occur: [^\n]*\n"), r.err());
    }
}

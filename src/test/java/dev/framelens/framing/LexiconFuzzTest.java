package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.Framelens;
import dev.framelens.testing.FuzzInputs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Fuzz target for the lexicon TSV parser (Jazzer): any text either parses into a lexicon that
 * scores a small corpus (a frame-score row per document, a column per category) or fails with an
 * {@link IllegalArgumentException} of one line that starts with the file name. Regression inputs
 * are under {@code src/test/resources/dev/framelens/framing/LexiconFuzzTestInputs/lexiconTsv};
 * {@code seededLexiconTsv} is the short deterministic budget of the normal suite.
 */
class LexiconFuzzTest {
    private static final Corpus CORPUS = Corpus.of(List.of(
            new Document("a", "", "Kim met Putin. It is a grave threat, an escalation of the arms race.", Map.of()),
            new Document("b", "", "The sky isn't falling; it won't spell doom. Experts doubt it.", Map.of())));
    private static final String[] PIECES = {
        "category\tside\tentry\tweight\n", "category\tside\tentry\n", "threat", "limits", "doc", "alarm", "x_1",
        "\t", "alarm", "reassurance", "grave threat", "escalat*", "*", "doom", "sky isn't falling", "2", "0.5",
        "-1", "NaN", "1e308", "\n", "\r\n", "#", " ", "Threat", "é", "’"
    };

    @FuzzTest
    void lexiconTsv(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Lexicon lexicon;
        try {
            lexicon = Lexicon.parse("fuzz.tsv", text.lines().toList(), Lexicon.shippedNegators());
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            assertFalse(m.contains("\n") || m.contains("\r"), () -> "one line: " + m);
            assertTrue(m.startsWith("fuzz.tsv:"), m);
            return;
        }
        assertFalse(lexicon.categories().isEmpty());
        Table scores = Framelens.of(CORPUS).frameScores(FrameOptions.defaults().lexicon(lexicon).resamples(10));
        assertEquals(2, scores.rowCount());
        assertEquals(8 + lexicon.categories().size(), scores.columnCount());
    }

    @Test
    void seededLexiconTsv() {
        SplittableRandom r = new SplittableRandom(20L);
        for (int k = 0; k < 1500; k++) {
            lexiconTsv(FuzzInputs.bytes(r, PIECES, 30));
        }
    }
}

package dev.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.framelens.framing.FrameOptions;
import dev.framelens.Framelens;
import dev.framelens.testing.FuzzInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Fuzz targets for the corpus readers (Jazzer): the JSONL reader, the CSV reader and the
 * {@code metadata.csv} join of a folder, each followed by the frame-score table that carries the
 * metadata columns. Whatever the bytes, reading either gives a corpus or a {@link CorpusException}
 * whose message is one line naming the file; every warning is one line; the frame-score table has
 * a row per document, no two column names alike ignoring case, and every metadata value in its
 * column.
 *
 * <p>In the normal suite the {@code @FuzzTest}s run in Jazzer's regression mode (the empty input and
 * every file under {@code src/test/resources/dev/framelens/corpus/CorpusFuzzTestInputs/<method>}),
 * and the {@code seeded…} tests feed the same checks a fixed number of seeded random inputs;
 * {@code ./framelens fuzz} fuzzes each target.
 */
class CorpusFuzzTest {
    private static final Path DIR = tempDir();
    private static final FrameOptions NO_BOOTSTRAP = FrameOptions.defaults().resamples(0);

    private static final String[] JSON_PIECES = {
        "{", "}", "[", "]", "\"text\"", "\"doc\"", "\"id\"", "\"title\"", "\"outlet\"", "\"Outlet\"", "\"tokens\"",
        "\"DOC\"", "\"alarm_index\"", ":", ",", "\"", "\"Kim met Putin. \"", "\\ud800", "\\udc00", "\\u0041",
        "\\n", "\\\"", "\\\\", "1", "-0", "1e5", "2.5", "true", "null", " ", "\n", "\r\n", "\r", "\t", "é"
    };
    private static final String[] CSV_PIECES = {
        "doc", "id", "text", "title", "outlet", "Outlet", "tokens", "DOC", "a", "b", "c", ",", "\"", "\"\"",
        "\n", "\r\n", "\r", " ", "Kim met Putin.", "alarm_index", "meta_outlet", "é", "\t"
    };

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("framelens-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void jsonl(byte[] input) throws IOException {
        readFile("c.jsonl", input);
    }

    @FuzzTest
    void csv(byte[] input) throws IOException {
        readFile("c.csv", input);
    }

    /** A folder of three articles (a, b, c) and a fuzzed metadata.csv. */
    @FuzzTest
    void metadataJoin(byte[] input) throws IOException {
        Path folder = DIR.resolve("folder");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.txt"), "Kim met Putin in Pyongyang.");
        Files.writeString(folder.resolve("b.txt"), "The summit is a grave threat.");
        Files.writeString(folder.resolve("c.txt"), "The sky isn't falling.");
        Files.write(folder.resolve("metadata.csv"), input);
        read(folder);
    }

    @Test
    void seededJsonl() throws IOException {
        SplittableRandom r = new SplittableRandom(10L);
        for (int k = 0; k < 400; k++) {
            jsonl(FuzzInputs.bytes(r, JSON_PIECES, 40));
        }
    }

    @Test
    void seededCsv() throws IOException {
        SplittableRandom r = new SplittableRandom(11L);
        for (int k = 0; k < 400; k++) {
            csv(FuzzInputs.bytes(r, CSV_PIECES, 40));
        }
    }

    @Test
    void seededMetadataJoin() throws IOException {
        SplittableRandom r = new SplittableRandom(12L);
        for (int k = 0; k < 300; k++) {
            metadataJoin(("doc," + FuzzInputs.text(r, CSV_PIECES, 30)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static void readFile(String name, byte[] input) throws IOException {
        Path file = DIR.resolve(name);
        Files.write(file, input);
        read(file);
    }

    /** Reads {@code path} and checks the reader's and the frame table's contract. */
    static void read(Path path) {
        List<String> warnings = new ArrayList<>();
        Corpus corpus;
        try {
            corpus = CorpusReader.read(path, CorpusReader.Options.defaults().withWarnings(warnings::add));
        } catch (CorpusException e) {
            oneLine(e.getMessage());
            assertTrue(e.getMessage().startsWith(path.toString()), e.getMessage());
            warnings.forEach(CorpusFuzzTest::oneLine);
            return;
        }
        for (String w : warnings) {
            oneLine(w);
            assertTrue(w.startsWith("warning: "), w);
        }
        assertTrue(corpus.size() > 0);
        for (Document d : corpus) {
            assertFalse(d.text().isBlank());
            assertFalse(hasLoneSurrogate(d.text()) || hasLoneSurrogate(d.id()), "lone surrogate kept in " + d.id());
        }
        List<String> tableWarnings = new ArrayList<>();
        Table scores = Framelens.of(corpus).withWarnings(tableWarnings::add).frameScores(NO_BOOTSTRAP);
        tableWarnings.forEach(CorpusFuzzTest::oneLine);
        assertEquals(corpus.size(), scores.rowCount());
        Set<String> names = new HashSet<>();
        for (String n : scores.columnNames()) {
            assertTrue(names.add(n.toLowerCase(Locale.ROOT)), "two columns named like " + n);
        }
        List<String> meta = corpus.metadataColumns();
        assertEquals(16 + meta.size(), scores.columnCount());
        for (int c = 0; c < meta.size(); c++) {
            for (int row = 0; row < corpus.size(); row++) {
                assertEquals(corpus.documents().get(row).meta(meta.get(c)), scores.stringColumn(1 + c).get(row));
            }
        }
    }

    static void oneLine(String message) {
        assertFalse(message == null || message.isEmpty(), "a message");
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "one line: " + message);
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}

package dev.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    @TempDir
    Path dir;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void folderOfTextWithMetadataAndBom() throws IOException {
        Files.write(dir.resolve("b.txt"), concat(BOM, "Second headline\n\nBody two.".getBytes(StandardCharsets.UTF_8)));
        write("a.txt", "June 8, 2024\nFirst headline\n\nBody one.");
        write("metadata.csv", "doc,outlet,stance\na,\"CNN, US\",alarmed\nb,El País,reassuring\nzzz,Nobody,alarmed\n");
        write("notes.md", "ignored");
        List<String> warnings = new ArrayList<>();
        Corpus c = CorpusReader.read(dir, CorpusReader.Options.defaults().withWarnings(warnings::add));
        assertEquals(List.of("a", "b"), c.documents().stream().map(Document::id).toList());
        assertEquals("First headline", c.get("a").title());
        assertEquals("Second headline", c.get("b").title());
        assertTrue(c.get("b").text().startsWith("Second"), "BOM removed");
        assertEquals(Map.of("outlet", "CNN, US", "stance", "alarmed"), c.get("a").metadata());
        assertEquals("El País", c.get("b").meta("outlet"));
        assertEquals(List.of("outlet", "stance"), c.metadataColumns());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("zzz"));
    }

    @Test
    void csvWithTextColumnAndMultilineQuotes() throws IOException {
        Path p = write("c.csv", "id,outlet,text\nx1,Reuters,\"Line one,\nline \"\"two\"\".\"\n,AP,Plain text\n");
        Corpus c = Corpus.read(p);
        assertEquals(List.of("x1", "row-2"), c.documents().stream().map(Document::id).toList());
        assertEquals("Line one,\nline \"two\".", c.get("x1").text());
        assertEquals(Map.of("outlet", "Reuters"), c.get("x1").metadata());
    }

    @Test
    void jsonlWithTextField() throws IOException {
        Path p = write("c.jsonl", "{\"id\": \"j1\", \"text\": \"Kim \\u00e9 met Putin.\", \"outlet\": \"NK News\", \"year\": 2024}\n\n"
                + "{\"text\": \"Second.\", \"tags\": [\"a\", 1]}\n");
        Corpus c = Corpus.read(p);
        assertEquals("Kim é met Putin.", c.get("j1").text());
        assertEquals("2024", c.get("j1").meta("year"));
        assertEquals("[\"a\",1]", c.get("row-2").meta("tags"));
    }

    @Test
    void corpusIsImmutable() throws IOException {
        write("a.txt", "Text");
        Corpus c = Corpus.read(dir);
        assertThrows(UnsupportedOperationException.class, () -> c.documents().add(c.get("a")));
        assertThrows(UnsupportedOperationException.class, () -> c.get("a").metadata().put("k", "v"));
    }

    @Test
    void missingPathIsAUsageError() {
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.read(dir.resolve("nope")));
        assertTrue(e.isUsageError());
        assertTrue(e.getMessage().contains("no such file or folder"));
    }

    @Test
    void emptyFolderIsBadData() {
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.read(dir));
        assertFalse(e.isUsageError());
        assertTrue(e.getMessage().contains("no documents"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesFileAndByteOffset() throws IOException {
        Files.write(dir.resolve("bad.txt"), concat("héllo ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28}));
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.read(dir));
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("byte offset 7"), e.getMessage());
        // same in a streamed JSONL file, on line 2
        Path j = dir.resolve("x.jsonl");
        Files.write(j, concat("{\"text\":\"ok\"}\n{\"text\":\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, '"', '}'}));
        CorpusException e2 = assertThrows(CorpusException.class, () -> Corpus.read(j));
        assertTrue(e2.getMessage().contains("byte offset 23"), e2.getMessage());
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        Files.write(dir.resolve("img.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.read(dir));
        assertTrue(e.getMessage().contains("binary") && e.getMessage().contains("img.txt"), e.getMessage());
    }

    @Test
    void emptyDocumentIsSkippedWithAWarning() throws IOException {
        write("a.txt", "Real text");
        write("b.txt", "  \n\n ");
        List<String> warnings = new ArrayList<>();
        Corpus c = CorpusReader.read(dir, CorpusReader.Options.defaults().withWarnings(warnings::add));
        assertEquals(1, c.size());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("empty document 'b'"));
    }

    @Test
    void malformedJsonAndCsvNameTheLine() throws IOException {
        Path j = write("x.jsonl", "{\"text\": \"a\"}\n{\"text\": oops}\n");
        assertTrue(assertThrows(CorpusException.class, () -> Corpus.read(j)).getMessage().contains("line 2"));
        Path c = write("x.csv", "title,body\na,b\n");
        assertTrue(assertThrows(CorpusException.class, () -> Corpus.read(c)).getMessage().contains("'text' column"));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

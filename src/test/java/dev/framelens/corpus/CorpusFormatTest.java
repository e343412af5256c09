package dev.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFormatTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInFormatsComeFirstAndAreFoundThroughTheServiceLoader() {
        List<String> names = CorpusFormat.all().stream().map(CorpusFormat::name).toList();
        assertEquals(List.of("txt", "csv", "jsonl", "lines"), names);
        assertEquals("txt", CorpusFormat.of(Path.of("seeds")).name());
        assertEquals("csv", CorpusFormat.of(Path.of("a.CSV")).name());
        assertEquals("jsonl", CorpusFormat.of(Path.of("a.ndjson")).name());
    }

    @Test
    void aFormatOnTheClassPathReadsLikeTheBuiltInOnes() throws Exception {
        Path f = dir.resolve("two.lines");
        Files.writeString(f, "Kim met Putin.\n\nSource link\nPutin met Kim.\n");
        List<String> warnings = new ArrayList<>();
        Corpus c = CorpusReader.read(f, CorpusReader.Options.defaults().withWarnings(warnings::add));
        // line 3 is site furniture that the cleaner removes, so it is an empty document with a warning, as in every format
        assertEquals(List.of("line-1", "line-4"), c.documents().stream().map(Document::id).toList());
        assertEquals("Kim met Putin.", c.documents().get(0).text());
        assertEquals("4", c.documents().get(1).meta("n"));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("two.lines line 2: empty document"), warnings.get(0));
        assertEquals(Files.size(f), CorpusReader.size(f));
    }

    @Test
    void anUnknownPathNamesEveryFormat() throws Exception {
        Path f = dir.resolve("x.docx");
        Files.writeString(f, "PK");
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(f, CorpusReader.Options.defaults()));
        assertEquals(f + ": unknown corpus format; give a folder of .txt files (or one .txt file), a .csv file,"
                + " a .jsonl file, a .lines file (tests only)", e.getMessage());
    }

    @Test
    void aParquetCorpusWithoutTheSparkModuleSaysHowToReadIt() throws Exception {
        // a file and a folder of part files alike: the folder is not taken for a folder of .txt files
        for (Path p : List.of(dir.resolve("x.parquet"), Files.createDirectory(dir.resolve("parts.parquet")))) {
            if (!Files.isDirectory(p)) {
                Files.writeString(p, "PAR1");
            }
            CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(p, CorpusReader.Options.defaults()));
            assertTrue(e.isUsageError());
            assertEquals(p + ": Parquet corpora are read by framelens's spark module, which is not on the class path;"
                    + " run ./framelens (it adds the module once built: ./framelens spark build) or add"
                    + " spark/target/classes and the jars of spark/target/classpath.txt to the class path", e.getMessage());
        }
    }
}

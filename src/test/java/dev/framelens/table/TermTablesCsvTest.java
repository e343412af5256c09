package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.count.TermStatistics;
import dev.framelens.text.Analyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streamed term CSV writes the bytes of the term table's CSV. */
class TermTablesCsvTest {
    @Test
    void streamedCsvIsTheTablesCsv() throws IOException {
        List<Document> docs = new ArrayList<>(Corpus.read(Path.of("seeds")).documents());
        docs.add(new Document("formula", "", "=SUM(A1) +1 -x @home \"quoted, text\" 3.5 1,000", Map.of()));
        TermStatistics stats = TermStatistics.count(docs, Analyzer.standard(), 1, false);
        for (TableWriter.CsvMode mode : TableWriter.CsvMode.values()) {
            for (int top : new int[] {0, 1, 7, 100_000}) {
                StringBuilder table = new StringBuilder();
                TableWriter.write(TermTables.corpus(stats, top), TableWriter.Format.CSV, mode, table);
                StringBuilder streamed = new StringBuilder();
                TermTables.corpusCsv(stats, top, mode, streamed);
                assertEquals(table.toString(), streamed.toString(), mode + " top " + top);
            }
        }
        StringBuilder one = new StringBuilder();
        TermTables.corpusCsv(stats, 1, TableWriter.CsvMode.SPREADSHEET_SAFE, one);
        assertEquals("term,count,doc_freq,per_1k\nrussia,67,5," + 1000.0 * 67 / stats.total() + "\n", one.toString());
        assertTrue(stats.total() > 0);
    }
}

package dev.framelens.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.stats.Association;
import dev.framelens.stats.Measure;
import dev.framelens.text.Analyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CollocationsTest {
    static final Analyzer PLAIN = Analyzer.builder().noPhrases().stopWords(List.of()).build();
    static final Corpus TEXT = Corpus.of(List.of(new Document("d", "", "A b. A b c. A c", Map.of())));

    @Test
    void bigramTableByHand() {
        // sentence bigrams: (a b) | (a b) (b c) | (a c): N = 4
        Table t = Framelens.of(TEXT, PLAIN).collocations(2, Measure.COUNT, 1, 0);
        assertEquals(List.of("a b", "a c", "b c"), t.stringColumn("collocation").asList());
        assertEquals(List.of(2, 1, 1), t.intColumn("count").asList());
        // "a b": a = 2, bigrams starting with a = 3, ending with b = 2
        assertEquals(3, t.intColumn("prefix_total").get(0));
        assertEquals(2, t.intColumn("last_total").get(0));
        double g2 = 2 * (2 * Math.log(2 / (3.0 * 2 / 4)) + 1 * Math.log(1 / (3.0 * 2 / 4)) + 0 + 1 * Math.log(1 / (1.0 * 2 / 4)));
        assertEquals(g2, t.doubleColumn("g2").get(0), 1e-12);
        assertEquals(Association.npmi(2, 3, 2, 4), t.doubleColumn("npmi").get(0), 1e-15);
    }

    @Test
    void trigramsPairTheLeadingBigramWithTheLastWord() {
        Collocations c = Collocations.count(TEXT, PLAIN, 3);
        assertEquals(1, c.total());
        assertEquals("a b c", c.text(0));
        assertEquals(1, c.prefixTotal(0));
        assertEquals(1, c.lastTotal(0));
        assertThrows(IllegalArgumentException.class, () -> Collocations.count(TEXT, PLAIN, 4));
    }
}

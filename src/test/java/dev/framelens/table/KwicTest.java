package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class KwicTest {
    static final Framelens SEEDS = Framelens.load(Path.of("seeds"));

    @Test
    void pariahsInItsSentenceFrom000AsWritten() {
        Table t = SEEDS.kwic("pariahs");
        assertEquals(1, t.rowCount());
        assertEquals("000_d54235d511f720fa", t.stringColumn("doc").get(0));
        assertEquals("pariahs", t.stringColumn("keyword").get(0));
        assertTrue(t.stringColumn("left").get(0).startsWith("If the overarching goal of Russia’s invasion of Ukraine"));
        assertTrue(t.stringColumn("left").get(0).endsWith("two countries that are seen as "));
        assertEquals(".", t.stringColumn("right").get(0));
        Table five = SEEDS.kwic("pariahs", 5, false);
        assertEquals("countries that are seen as ", five.stringColumn("left").get(0));
        assertEquals(". That tells you how much", five.stringColumn("right").get(0));
    }

    @Test
    void snippetsReproduceTheOriginalTextExactly() {
        Corpus c = SEEDS.corpus();
        for (String term : new String[] {"Kim Jong Un", "US", "north korea", "Putin", "dangerous"}) {
            for (Kwic.Unit unit : Kwic.Unit.values()) {
                Table t = Kwic.table(c, SEEDS.analyzer(), SEEDS.normalize(term), unit == Kwic.Unit.CHARS ? 40 : 7, unit);
                assertTrue(t.rowCount() > 0, term);
                for (int r = 0; r < t.rowCount(); r++) {
                    String text = c.get(t.stringColumn("doc").get(r)).text();
                    int start = t.intColumn("start").get(r);
                    int end = t.intColumn("end").get(r);
                    String left = t.stringColumn("left").get(r);
                    String right = t.stringColumn("right").get(r);
                    assertEquals(text.substring(start, end), t.stringColumn("keyword").get(r));
                    assertEquals(text.substring(start - left.length(), end + right.length()),
                            left + t.stringColumn("keyword").get(r) + right);
                }
            }
        }
        // the phrase finds both spellings
        Table kim = SEEDS.kwic("Kim Jong-un", 0, false);
        assertTrue(kim.stringColumn("keyword").asList().contains("Kim Jong Un"));
        assertTrue(kim.stringColumn("keyword").asList().contains("Kim Jong-un"));
    }
}

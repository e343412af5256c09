package dev.framelens.framing;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    static String error(String... lines) {
        return assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse("my.tsv", List.of(lines), List.of("not"))).getMessage();
    }

    @Test
    void theShippedLexiconHasItsDocumentedShape() {
        Lexicon l = Lexicon.shipped();
        assertEquals(List.of("threat", "escalation", "catastrophe", "urgency", "delegitimising_labels", "downplaying",
                "limits", "scepticism"), l.categoryNames());
        assertEquals(435, l.entries().size());
        assertEquals(36, l.negators().size());
        int[] perCategory = new int[8];
        for (Lexicon.Entry e : l.entries()) {
            perCategory[e.category().index()]++;
            assertEquals(1.0, e.weight());
        }
        // docs/LEXICON.md, "Categories": 59, 59, 54, 45, 52, 60, 51, 55
        assertEquals(List.of(59, 59, 54, 45, 52, 60, 51, 55), List.of(perCategory[0], perCategory[1], perCategory[2],
                perCategory[3], perCategory[4], perCategory[5], perCategory[6], perCategory[7]));
        for (int c = 0; c < 5; c++) {
            assertEquals(Side.ALARM, l.categories().get(c).side());
        }
        for (int c = 5; c < 8; c++) {
            assertEquals(Side.REASSURANCE, l.categories().get(c).side());
        }
        assertTrue(l.negators().containsAll(List.of("not", "no", "never", "won't", "isn't", "without")));
        assertTrue(Lexicon.shipped() == l, "loaded once");
    }

    @Test
    void rowsAreParsedIntoWordsPrefixAndWeight() {
        Lexicon l = Lexicon.parse("x", List.of(
                "# comment", "", "category\tside\tentry\tweight",
                "threat\talarm\tescalat*\t",
                "threat\talarm\tArms  Race\t2.5",
                "calm\tReassurance\tsky isn’t falling"), List.of("not", "Won’t"));
        Lexicon.Entry e0 = l.entries().get(0);
        assertEquals("escalat*", e0.entry());
        assertEquals(List.of("escalat"), e0.words());
        assertTrue(e0.prefix());
        assertEquals("prefix", e0.pattern());
        assertEquals(1.0, e0.weight());
        assertEquals(4, e0.line());
        Lexicon.Entry e1 = l.entries().get(1);
        assertEquals("arms race", e1.entry());
        assertEquals(List.of("arms", "race"), e1.words());
        assertFalse(e1.prefix());
        assertEquals(2.5, e1.weight());
        assertEquals("sky isn't falling", l.entries().get(2).entry());
        assertEquals(Side.REASSURANCE, l.entries().get(2).side());
        assertEquals(List.of("not", "won't"), l.negators());
        // the header without the weight column is accepted too
        assertEquals(1, Lexicon.parse("x", List.of("category\tside\tentry", "a\talarm\tb"), List.of()).entries().size());
    }

    @Test
    void badRowsFailWithTheFileAndLine() {
        String h = "category\tside\tentry\tweight";
        assertEquals("my.tsv:2: unknown side 'alarming'; use alarm or reassurance",
                error(h, "threat\talarming\tdanger"));
        assertEquals("my.tsv:3: empty entry; write the word or phrase in the third field",
                error(h, "threat\talarm\tdanger", "threat\talarm\t  \t1"));
        assertEquals("my.tsv:2: empty entry '--*': it has no letters or digits", error(h, "threat\talarm\t--*"));
        assertEquals("my.tsv:2: bad weight 'heavy': it must be a number > 0 (default 1)", error(h, "threat\talarm\tdanger\theavy"));
        assertEquals("my.tsv:2: bad weight '0': it must be a number > 0 (default 1)", error(h, "threat\talarm\tdanger\t0"));
        assertEquals("my.tsv:2: bad weight '-1': it must be a number > 0 (default 1)", error(h, "threat\talarm\tdanger\t-1"));
        assertEquals("my.tsv:2: bad weight 'NaN': it must be a number > 0 (default 1)", error(h, "threat\talarm\tdanger\tNaN"));
        assertEquals("my.tsv:2: bad weight 'Infinity': it must be a number > 0 (default 1)",
                error(h, "threat\talarm\tdanger\tInfinity"));
        assertEquals("my.tsv:2: has 1 field; a row is category, side, entry and an optional weight, separated by tabs "
                + "(not spaces)", error(h, "threat alarm danger"));
        assertEquals("my.tsv:2: has 5 fields; a row is category, side, entry and an optional weight, separated by tabs",
                error(h, "threat\talarm\tdanger\t1\tx"));
        assertEquals("my.tsv:1: the first line must be the header category<TAB>side<TAB>entry<TAB>weight "
                + "(found 'threat\talarm\tdanger')", error("threat\talarm\tdanger"));
        assertEquals("my.tsv: no header; the first line must be category<TAB>side<TAB>entry<TAB>weight", error("# only"));
        assertEquals("my.tsv: no entries after the header", error(h));
        assertEquals("my.tsv:3: entry 'danger' is already on line 2; an entry appears once in the whole lexicon",
                error(h, "threat\talarm\tdanger", "urgency\talarm\tDanger"));
        assertEquals("my.tsv:3: category 'threat' is alarm on line 2 but reassurance here; a category has one side",
                error(h, "threat\talarm\tdanger", "threat\treassurance\tcalm"));
        assertEquals("my.tsv:2: entry 'esc*late': '*' is only allowed at the very end (a prefix on the last word)",
                error(h, "threat\talarm\tesc*late"));
        assertEquals("my.tsv:2: entry 'anti-*': the prefix 'anti-' is not a word the tokenizer emits (it would become "
                + "'anti'); end the prefix with a letter or digit", error(h, "threat\talarm\tanti-*"));
        assertEquals("my.tsv:2: category 'Threat Words' must be snake_case (a lowercase letter, then lowercase letters, "
                + "digits or _): it becomes the column <category>_per_1k", error(h, "Threat Words\talarm\tdanger"));
        assertEquals("my.tsv:2: category 'negated_alarm' is reserved (the frame scores already have a column "
                + "negated_alarm_per_1k); rename it", error(h, "negated_alarm\talarm\tdanger"));
    }

    @Test
    void aUserFileIsReadAndItsErrorsNameThePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "\uFEFFcategory\tside\tentry\tweight\nfear\talarm\tscary\t3\n", StandardCharsets.UTF_8);
        Lexicon l = Lexicon.read(file);
        assertEquals(file.toString(), l.source());
        assertEquals(3.0, l.entries().get(0).weight());
        assertEquals(Lexicon.shippedNegators(), l.negators());
        Files.writeString(file, "category\tside\tentry\tweight\nfear\tpanic\tscary\n", StandardCharsets.UTF_8);
        assertEquals(file + ":2: unknown side 'panic'; use alarm or reassurance",
                assertThrows(IllegalArgumentException.class, () -> Lexicon.read(file)).getMessage());
        Path missing = dir.resolve("nope.tsv");
        assertEquals(missing + ": no such file",
                assertThrows(IllegalArgumentException.class, () -> Lexicon.read(missing)).getMessage());
    }

    @Test
    void negatorsMustBeSingleWords() {
        assertEquals("negator 'not at all' must be one word as the tokenizer emits it",
                assertThrows(IllegalArgumentException.class, () -> Lexicon.shipped().withNegators(List.of("not at all")))
                        .getMessage());
        assertEquals(List.of("never"), Lexicon.shipped().withNegators(List.of("Never", "never")).negators());
    }

    @Test
    void everyShippedEntryIsSpelledAsTheTokenizerEmitsIt() {
        // each shipped entry, without '*', must be its own tokenization joined by spaces
        List<String> bad = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.shipped().entries()) {
            String written = e.prefix() ? e.entry().substring(0, e.entry().length() - 1) : e.entry();
            if (!written.equals(String.join(" ", e.words()))) {
                bad.add(e.entry());
            }
        }
        assertEquals(List.of(), bad);
    }
}

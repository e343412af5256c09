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
        assertEquals(383, l.entries().size());
        assertEquals(50, l.negators().size());
        assertEquals(NegationRules.shipped(), l.negationRules());
        int[] perCategory = new int[8];
        for (Lexicon.Entry e : l.entries()) {
            perCategory[e.category().index()]++;
            assertEquals(1.0, e.weight());
        }
        // docs/LEXICON.md, "Categories": 78, 54, 65, 52, 44, 58, 6, 26
        assertEquals(List.of(78, 54, 65, 52, 44, 58, 6, 26), List.of(perCategory[0], perCategory[1], perCategory[2],
                perCategory[3], perCategory[4], perCategory[5], perCategory[6], perCategory[7]));
        for (int c = 0; c < 5; c++) {
            assertEquals(Side.ALARM, l.categories().get(c).side());
        }
        for (int c = 5; c < 8; c++) {
            assertEquals(Side.REASSURANCE, l.categories().get(c).side());
        }
        assertTrue(l.negators().containsAll(List.of("not", "no", "never", "won't", "isn't", "without")));
        assertTrue(Lexicon.shipped() == l, "loaded once");
        // docs/LEXICON.md: 100 entries carry context conditions (v3: most reassurance cues need a danger near them; v4: so do the attention words of alarm)
        assertEquals(100, l.entries().stream().filter(Lexicon.Entry::constrained).count());
        // v7: the precision column refilled from the coded units of rounds 1-6
        assertEquals(191, l.entries().stream().filter(e -> e.units() > 0).count());
        for (Lexicon.Entry e : l.entries()) {
            assertEquals(Lexicon.SHIPPED, e.source());
            assertEquals(e.units() == 0, Double.isNaN(e.precision()), e.entry());
            // the precision floor: no entry with 3 or more units below 0.5
            assertTrue(e.units() < 3 || e.precision() >= 0.5, e.entry() + " " + e.precision() + " over " + e.units());
        }
        // story-bound entries live in the pack
        assertTrue(l.entries().stream().noneMatch(e -> List.of("anti-us", "anti-american", "hermit kingdom", "limited")
                .contains(e.entry())));
    }

    @Test
    void contextAndPrecisionColumnsAreParsed() {
        Lexicon l = Lexicon.parse("x", List.of(
                "category\tside\tentry\tweight\trequires\tforbids\tprecision\tunits",
                "limits\treassurance\tlimited\t\tprev2:Is|ARE  prev:in\tnext:liability|compan*\t0.475\t6",
                "threat\talarm\tdanger*",
                "threat\talarm\tgrave\t1\t\tnear3:US"), List.of("not"));
        Lexicon.Entry limited = l.entries().get(0);
        assertEquals(1.0, limited.weight());
        assertEquals(List.of(new Condition(Condition.Place.PREV, 2, List.of("is", "are")),
                new Condition(Condition.Place.PREV, 1, List.of("in"))), limited.requires());
        assertEquals(List.of(new Condition(Condition.Place.NEXT, 1, List.of("liability", "compan*"))), limited.forbids());
        assertEquals("prev2:is|are prev:in", Condition.format(limited.requires()));
        assertEquals(0.475, limited.precision());
        assertEquals(6, limited.units());
        assertTrue(limited.constrained());
        Lexicon.Entry danger = l.entries().get(1);
        assertEquals(List.of(), danger.requires());
        assertEquals(List.of(), danger.forbids());
        assertTrue(Double.isNaN(danger.precision()));
        assertEquals(0, danger.units());
        assertFalse(danger.constrained());
        assertEquals("near3:u.s.", Condition.format(l.entries().get(2).forbids()));
        // a header may stop after any column: here after requires
        Lexicon r = Lexicon.parse("x", List.of("category\tside\tentry\tweight\trequires", "a\talarm\tb\t2\tnext:c"),
                List.of());
        assertEquals("next:c", Condition.format(r.entries().get(0).requires()));
    }

    @Test
    void badConditionsAndPrecisionFailWithTheFileAndLine() {
        String h = "category\tside\tentry\tweight\trequires\tforbids\tprecision\tunits";
        assertEquals("my.tsv:2: requires: condition 'nxt:liability': unknown place 'nxt'; write prev:, next: or near: "
                + "with an optional distance and words separated by |, as in next2:liability|company",
                error(h, "limits\treassurance\tlimited\t1\tnxt:liability"));
        assertEquals("my.tsv:2: forbids: condition 'liability' has no ':' (conditions are separated by spaces, so a word "
                + "cannot hold one); write prev:, next: or near: with an optional distance and words separated by |, as in "
                + "next2:liability|company",
                error(h, "limits\treassurance\tlimited\t1\t\tliability"));
        assertEquals("my.tsv:3: requires: condition 'prev11:is': distance 11 must be 1 to 10",
                error(h, "threat\talarm\tdanger", "limits\treassurance\tlimited\t1\tprev11:is"));
        assertEquals("my.tsv:2: requires: condition 'prev0:is': distance 0 must be 1 to 10",
                error(h, "limits\treassurance\tlimited\t1\tprev0:is"));
        assertEquals("my.tsv:2: forbids: condition 'next:liability||company' has an empty word; separate words with "
                + "a single |", error(h, "limits\treassurance\tlimited\t1\t\tnext:liability||company"));
        assertEquals("my.tsv:2: forbids: condition 'next:' has an empty word; separate words with a single |",
                error(h, "limits\treassurance\tlimited\t1\t\tnext:"));
        assertEquals("my.tsv:2: forbids: condition 'next:limited*company': word 'limited*company': '*' is only allowed "
                + "at the end (a prefix)", error(h, "limits\treassurance\tlimited\t1\t\tnext:limited*company"));
        assertEquals("my.tsv:2: forbids: condition 'korea' has no ':' (conditions are separated by spaces, so a word "
                + "cannot hold one); write prev:, next: or near: with an optional distance and words separated by |, as in "
                + "next2:liability|company",
                error(h, "limits\treassurance\tlimited\t1\t\tnext:north korea"));
        assertEquals("my.tsv:2: forbids: condition 'next:anti-*': word 'anti-*' is not one word as the tokenizer emits "
                + "it (it becomes 'anti')", error(h, "limits\treassurance\tlimited\t1\t\tnext:anti-*"));
        assertEquals("my.tsv:2: forbids: condition 'next:and/or': word 'and/or' is not one word as the tokenizer emits "
                + "it (it becomes 'and or')", error(h, "limits\treassurance\tlimited\t1\t\tnext:and/or"));
        assertEquals("my.tsv:2: precision and units go together: give both (0.8 and 5) or leave both empty",
                error(h, "threat\talarm\tdanger\t1\t\t\t0.8"));
        assertEquals("my.tsv:2: bad precision '1.2': it must be a number from 0 to 1",
                error(h, "threat\talarm\tdanger\t1\t\t\t1.2\t5"));
        assertEquals("my.tsv:2: bad units '0': it must be a whole number >= 1 (the coded units behind the precision)",
                error(h, "threat\talarm\tdanger\t1\t\t\t0.5\t0"));
        assertEquals("my.tsv:2: bad units 'five': it must be a whole number >= 1 (the coded units behind the precision)",
                error(h, "threat\talarm\tdanger\t1\t\t\t0.5\tfive"));
        assertEquals("my.tsv:2: has 9 fields; a row is category, side, entry, weight, requires, forbids, precision, units "
                + "(as the header says; the fields after entry may be left out), separated by tabs",
                error(h, "threat\talarm\tdanger\t1\t\t\t0.5\t2\tx"));
        assertEquals("my.tsv:1: the first line must be the header category<TAB>side<TAB>entry<TAB>weight, optionally "
                + "followed by requires, forbids, precision and units in that order (found 'category\tside\tentry\tforbids')",
                error("category\tside\tentry\tforbids", "threat\talarm\tdanger"));
    }

    @Test
    void aPackJoinsCategoriesByNameAndAddsNewOnesAfterTheOthers() {
        Lexicon base = Lexicon.parse("base.tsv", List.of("category\tside\tentry", "threat\talarm\tdanger",
                "limits\treassurance\tsmall"), List.of("not"));
        Lexicon pack = Lexicon.parse("pack.tsv", List.of("category\tside\tentry\tweight", "story\talarm\thermit kingdom\t2",
                "limits\treassurance\tlimited"), List.of("never"));
        Lexicon both = base.withPack(pack);
        assertEquals("base.tsv + pack.tsv", both.source());
        assertEquals(List.of("threat", "limits", "story"), both.categoryNames());
        assertEquals(List.of("danger", "small", "hermit kingdom", "limited"),
                both.entries().stream().map(Lexicon.Entry::entry).toList());
        Lexicon.Entry hermit = both.entries().get(2);
        assertEquals(2, hermit.index());
        assertEquals(2, hermit.category().index());
        assertEquals(2.0, hermit.weight());
        assertEquals("pack.tsv", hermit.source());
        assertEquals(2, hermit.line());
        assertEquals(both.category("limits"), both.entries().get(3).category());
        assertEquals(List.of("not"), both.negators(), "the base lexicon's negators");
        assertEquals("pack.tsv:2: entry 'danger' is already in base.tsv (line 2); an entry appears once in the whole lexicon",
                assertThrows(IllegalArgumentException.class, () -> base.withPack(Lexicon.parse("pack.tsv",
                        List.of("category\tside\tentry", "urgency\talarm\tdanger"), List.of()))).getMessage());
        assertEquals("pack.tsv:2: category 'limits' is alarm here but reassurance in base.tsv; a category has one side",
                assertThrows(IllegalArgumentException.class, () -> base.withPack(Lexicon.parse("pack.tsv",
                        List.of("category\tside\tentry", "limits\talarm\tcap"), List.of()))).getMessage());
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
        assertEquals("my.tsv:2: has 1 field; a row is category, side, entry, weight (as the header says; the fields after "
                + "entry may be left out), separated by tabs (not spaces)", error(h, "threat alarm danger"));
        assertEquals("my.tsv:2: has 5 fields; a row is category, side, entry, weight (as the header says; the fields "
                + "after entry may be left out), separated by tabs", error(h, "threat\talarm\tdanger\t1\tx"));
        assertEquals("my.tsv:1: the first line must be the header category<TAB>side<TAB>entry<TAB>weight, optionally "
                + "followed by requires, forbids, precision and units in that order (found 'threat\talarm\tdanger')",
                error("threat\talarm\tdanger"));
        assertEquals("my.tsv: no header; the first line must be category<TAB>side<TAB>entry<TAB>weight (optionally "
                + "followed by requires, forbids, precision, units)", error("# only"));
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

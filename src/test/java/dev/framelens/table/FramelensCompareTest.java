package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.framing.CompareOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * compare(): Monroe et al. (2008) log-odds with informative Dirichlet prior and Dunning's signed G²
 * on a two-term vocabulary, computed by hand.
 */
class FramelensCompareTest {

    static Document doc(String id, String stance, String outlet, String text) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("stance", stance);
        meta.put("outlet", outlet);
        return new Document(id, "", text, meta);
    }

    /*
     * group a (stance = reassuring) = p: war ×4, peace ×1            n_a = 5
     * group b (stance = alarmed)    = q + r: war 1 + 2 = 3, peace 4 + 3 = 7   n_b = 10
     * s (stance = neutral) is in neither group; its only term 'ghost' must not be listed.
     */
    static final Corpus CORPUS = Corpus.of(List.of(
            doc("p", "reassuring", "P", "war war war war peace"),
            doc("q", "alarmed", "Q", "war peace peace peace peace"),
            doc("r", "alarmed", "R", "war war peace peace peace"),
            doc("s", "neutral", "S", "ghost")));
    static final Framelens F = Framelens.of(CORPUS);

    static Map<String, Row> byTerm(Table t) {
        Map<String, Row> m = new HashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            m.put(t.stringColumn("term").get(i), t.row(i)); // a fresh Row per index (iteration reuses one cursor)
        }
        return m;
    }

    @Test
    void columnsAndOrder() {
        Table t = F.compare("stance", "reassuring", "alarmed");
        assertEquals(List.of("term", "count_a", "count_b", "per_1k_a", "per_1k_b", "delta", "z", "g2"), t.columnNames());
        assertEquals(List.of("war", "peace"), t.stringColumn("term").asList());
    }

    @Test
    void defaultPriorHandComputed() {
        /*
         * α0 = 500, pooled prior. war: π = 7/15, α_w = 233.333…
         *   δ = ln(237.333/(505 − 4 − 233.333)) − ln(236.333/(510 − 3 − 233.333))
         *     = ln(0.886675) − ln(0.863581) = 0.0263908
         *   σ² = 1/237.333 + 1/236.333 = 0.0084449,  z = 0.0263908 / 0.0918963 = 0.287182
         * G² on (4, 3, 1, 7): n = 15, rows 7, 8, columns 5, 10, expected 2.333, 4.667, 2.667, 5.333:
         *   2 · [4 ln(4/2.333) + 3 ln(3/4.667) + 1 ln(1/2.667) + 7 ln(7/5.333)] = 3.506389, positive (4/5 > 3/10)
         * peace: π = 8/15, α_w = 266.667; δ = −0.0263908, z = −0.306993, G² = −3.506389.
         */
        Map<String, Row> rows = byTerm(F.compare("stance", "reassuring", "alarmed"));
        Row war = rows.get("war");
        assertEquals(4, war.getLong("count_a"));
        assertEquals(3, war.getLong("count_b"));
        assertEquals(800.0, war.getDouble("per_1k_a"), 1e-12);
        assertEquals(300.0, war.getDouble("per_1k_b"), 1e-12);
        assertEquals(0.026390780385514886, war.getDouble("delta"), 1e-12);
        assertEquals(0.2871823075177564, war.getDouble("z"), 1e-12);
        assertEquals(3.506389002934791, war.getDouble("g2"), 1e-12);
        Row peace = rows.get("peace");
        assertEquals(1, peace.getLong("count_a"));
        assertEquals(7, peace.getLong("count_b"));
        assertEquals(200.0, peace.getDouble("per_1k_a"), 1e-12);
        assertEquals(700.0, peace.getDouble("per_1k_b"), 1e-12);
        assertEquals(-0.026390780385514914, peace.getDouble("delta"), 1e-12);
        assertEquals(-0.3069926261800844, peace.getDouble("z"), 1e-12);
        assertEquals(-3.506389002934791, peace.getDouble("g2"), 1e-12);
    }

    @Test
    void smallAlpha0HandComputed() {
        /*
         * α0 = 10. war: α_w = 10 · 7/15 = 4.6667
         *   δ = ln(8.6667/6.3333) − ln(7.6667/12.3333) = 0.313658 + 0.475424 = 0.789081
         *   σ² = 1/8.6667 + 1/7.6667 = 0.245819, z = 0.789081/0.495801 = 1.591526
         * peace: α_w = 5.3333, δ = ln(6.3333/8.6667) − ln(12.3333/7.6667) = −0.789081, z = −1.614153
         */
        Map<String, Row> rows = byTerm(F.compare("stance", "reassuring", "alarmed", CompareOptions.defaults().alpha0(10)));
        assertEquals(0.7890812555701163, rows.get("war").getDouble("delta"), 1e-12);
        assertEquals(1.5915256837076939, rows.get("war").getDouble("z"), 1e-12);
        assertEquals(-0.7890812555701164, rows.get("peace").getDouble("delta"), 1e-12);
        assertEquals(-1.6141531894761898, rows.get("peace").getDouble("z"), 1e-12);
        // G² does not depend on the prior
        assertEquals(3.506389002934791, rows.get("war").getDouble("g2"), 1e-12);
    }

    @Test
    void backgroundPriorHandComputed() {
        /*
         * background "war calm calm": B = 3 tokens, b_war = 1, b_peace = 0; V = |{war, calm, peace}| = 3
         * π_war = (1 + 1)/(3 + 3) = 1/3, π_peace = (0 + 1)/6 = 1/6; α0 = 10 → α_war = 3.3333, α_peace = 1.6667
         * war:   δ = ln(7.3333/7.6667) − ln(6.3333/13.6667) = −0.044452 + 0.769133 = 0.724681, z = 1.335927
         * peace: δ = ln(2.6667/12.3333) − ln(8.6667/11.3333) = −1.531476 + 0.268264 = −1.263212, z = −1.803881
         */
        Corpus background = Corpus.of(List.of(new Document("bg", "", "war calm calm", Map.of())));
        Map<String, Row> rows = byTerm(F.compare("stance", "reassuring", "alarmed",
                CompareOptions.defaults().alpha0(10).background(background)));
        assertEquals(0.7246813249670334, rows.get("war").getDouble("delta"), 1e-12);
        assertEquals(1.3359267770937442, rows.get("war").getDouble("z"), 1e-12);
        assertEquals(-1.263212384369709, rows.get("peace").getDouble("delta"), 1e-12);
        assertEquals(-1.8038812997044846, rows.get("peace").getDouble("z"), 1e-12);
        assertEquals(-3.506389002934791, rows.get("peace").getDouble("g2"), 1e-12);
    }

    @Test
    void aTermAbsentFromBothGroupsIsNotListed() {
        Table t = F.compare("stance", "reassuring", "alarmed");
        assertEquals(2, t.rowCount());
        assertTrue(!t.stringColumn("term").contains("ghost"));
    }

    @Test
    void swappingTheGroupsFlipsTheSignOfEveryDeltaZAndG2() {
        Framelens seeds = Framelens.load(Path.of("seeds"));
        Table ab = seeds.compare("stance", "reassuring", "alarmed");
        Table ba = seeds.compare("stance", "alarmed", "reassuring");
        assertEquals(ab.rowCount(), ba.rowCount());
        assertTrue(ab.rowCount() > 1000, "every term of the seeds: " + ab.rowCount());
        Map<String, Row> swapped = byTerm(ba);
        for (int i = 0; i < ab.rowCount(); i++) {
            Row r = ab.row(i);
            Row s = swapped.get(r.getString("term"));
            assertEquals(r.getLong("count_a"), s.getLong("count_b"));
            assertEquals(r.getLong("count_b"), s.getLong("count_a"));
            assertEquals(-r.getDouble("delta"), s.getDouble("delta"), 0.0, r.getString("term"));
            assertEquals(-r.getDouble("z"), s.getDouble("z"), 0.0, r.getString("term"));
            assertEquals(-r.getDouble("g2"), s.getDouble("g2"), 0.0, r.getString("term"));
        }
    }

    @Test
    void sortedByZThenTermAndTopKeepsBothEnds() {
        Framelens seeds = Framelens.load(Path.of("seeds"));
        Table all = seeds.compare("stance", "reassuring", "alarmed");
        for (int r = 1; r < all.rowCount(); r++) {
            double z0 = all.doubleColumn("z").get(r - 1);
            double z1 = all.doubleColumn("z").get(r);
            assertTrue(z0 > z1 || z0 == z1 && all.stringColumn("term").get(r - 1).compareTo(all.stringColumn("term").get(r)) < 0,
                    "row " + r);
        }
        Table top = seeds.compare("stance", "reassuring", "alarmed", CompareOptions.defaults().top(3));
        int n = all.rowCount();
        assertEquals(List.of(all.stringColumn("term").get(0), all.stringColumn("term").get(1), all.stringColumn("term").get(2),
                        all.stringColumn("term").get(n - 3), all.stringColumn("term").get(n - 2), all.stringColumn("term").get(n - 1)),
                top.stringColumn("term").asList());
        // a small table is kept whole
        assertEquals(2, F.compare("stance", "reassuring", "alarmed", CompareOptions.defaults().top(1)).rowCount());
    }

    @Test
    void minCountFiltersOnTheSumOfBothGroups() {
        // war 4 + 3 = 7, peace 1 + 7 = 8
        assertEquals(List.of("peace"), F.compare("stance", "reassuring", "alarmed",
                CompareOptions.defaults().minCount(8)).stringColumn("term").asList());
        assertEquals(0, F.compare("stance", "reassuring", "alarmed", CompareOptions.defaults().minCount(9)).rowCount());
    }

    @Test
    void explicitDocumentListsGiveTheSameAsTheColumn() {
        Table byLists = F.compareDocuments(List.of("p"), List.of("r", "q"));
        Table byColumn = F.compare("stance", "reassuring", "alarmed");
        assertEquals(TableWriter.toString(byColumn, TableWriter.Format.CSV), TableWriter.toString(byLists, TableWriter.Format.CSV));
    }

    @Test
    void oneVsRestComparesEachValueWithAllOtherDocuments() {
        Table t = F.compareOneVsRest("stance");
        assertEquals(List.of("group", "term", "count_a", "count_b", "per_1k_a", "per_1k_b", "delta", "z", "g2"), t.columnNames());
        assertEquals(List.of("alarmed", "neutral", "reassuring"), t.stringColumn("group").unique().asList().stream().sorted().toList());
        // neutral = s (ghost ×1, n = 1) against p, q, r (war 7, peace 8, n = 15): war is less
        // under-represented than peace, so its z is higher
        Table neutral = t.where(t.stringColumn("group").isEqualTo("neutral"));
        assertEquals(List.of("ghost", "war", "peace"), neutral.stringColumn("term").asList());
        assertEquals(List.of(1L, 0L, 0L), neutral.longColumn("count_a").asList());
        assertEquals(List.of(0L, 7L, 8L), neutral.longColumn("count_b").asList());
        // groups come in sorted order: alarmed, neutral, reassuring
        assertEquals("alarmed", t.stringColumn("group").get(0));
        assertEquals("reassuring", t.stringColumn("group").get(t.rowCount() - 1));
        // a group equals the two-group comparison of that value against the rest
        Table reassuring = t.where(t.stringColumn("group").isEqualTo("reassuring")).removeColumns("group");
        Table direct = F.compareDocuments(List.of("p"), List.of("q", "r", "s"));
        assertEquals(TableWriter.toString(direct, TableWriter.Format.CSV), TableWriter.toString(reassuring, TableWriter.Format.CSV));
    }

    @Test
    void clearErrors() {
        assertEquals("no metadata column 'colour'; the columns are [stance, outlet]",
                assertThrows(IllegalArgumentException.class, () -> F.compare("colour", "a", "b")).getMessage());
        assertEquals("no document has stance = 'calm'; the values of stance are [alarmed, neutral, reassuring]",
                assertThrows(IllegalArgumentException.class, () -> F.compare("stance", "calm", "alarmed")).getMessage());
        assertEquals("both groups are stance = 'alarmed'; choose two different values of [alarmed, neutral, reassuring]",
                assertThrows(IllegalArgumentException.class, () -> F.compare("stance", "alarmed", "alarmed")).getMessage());
        assertEquals("document 'p' is in both groups; a document belongs to one",
                assertThrows(IllegalArgumentException.class, () -> F.compareDocuments(List.of("p"), List.of("q", "p"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> F.compareDocuments(List.of("x"), List.of("q")))
                .getMessage().startsWith("no document 'x' in the corpus"));
        Framelens one = Framelens.of(Corpus.of(List.of(doc("p", "a", "P", "war"), doc("q", "a", "Q", "peace"))));
        assertEquals("column stance has only the value 'a'; comparing groups needs at least two",
                assertThrows(IllegalArgumentException.class, () -> one.compareOneVsRest("stance")).getMessage());
        Framelens stop = Framelens.of(Corpus.of(List.of(doc("p", "a", "P", "the of and"), doc("q", "b", "Q", "peace"))));
        assertEquals("group a [p] has no tokens after filtering; choose documents with text",
                assertThrows(IllegalArgumentException.class, () -> stop.compare("stance", "a", "b")).getMessage());
    }
}

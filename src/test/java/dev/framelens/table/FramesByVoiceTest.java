package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** {@code frames --by voice} on the seeds: columns, golden rows, and the author + quoted = document property. */
class FramesByVoiceTest {
    static final Framelens SEEDS = Framelens.load(Path.of("seeds"));
    static final String D000 = "000_d54235d511f720fa";
    static final String D002 = "002_245de9c93e9a4803";

    @Test
    void columnsAndOrder() {
        Table t = SEEDS.frameScoresByVoice();
        List<String> expected = new ArrayList<>(List.of("doc", "outlet", "published", "headline", "stance", "voice", "tokens"));
        FramelensFramingTest.CATEGORIES.forEach(c -> expected.add(c + "_per_1k"));
        expected.addAll(List.of("negated_alarm_per_1k", "alarm_per_1k", "reassurance_per_1k", "alarm_index", "ci_low", "ci_high"));
        assertEquals(expected, t.columnNames());
        assertEquals(10, t.rowCount());
        List<String> voices = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            voices.add(t.stringColumn("doc").get(r).substring(0, 3) + " " + t.stringColumn("voice").get(r));
        }
        assertEquals(List.of("000 author", "000 quoted", "001 author", "001 quoted", "002 author", "002 quoted",
                "003 author", "003 quoted", "004 author", "004 quoted"), voices);
    }

    /*
     * 000 quoted: 160 tokens; its hits are "pariahs" (delegitimising_labels, Rahm Emanuel), "open
     * question" (scepticism, Jake Sullivan) and "attack" (threat, Sullivan; lexicon v3): 1000 · 1 / 160 =
     * 6.25 each, alarm 2 · 6.25, index ln(2.5 / 1.5).
     * 002 quoted: 398 tokens; limits = Lankov's "small quantities" and "inferior": 1000 · 2 / 398.
     */
    @Test
    void goldenQuotedRows() {
        Table t = SEEDS.frameScoresByVoice();
        int q000 = 1;
        assertEquals("quoted", t.stringColumn("voice").get(q000));
        assertEquals(160, t.intColumn("tokens").get(q000));
        assertEquals(6.25, t.doubleColumn("delegitimising_labels_per_1k").get(q000), 1e-12);
        assertEquals(6.25, t.doubleColumn("scepticism_per_1k").get(q000), 1e-12);
        assertEquals(6.25, t.doubleColumn("threat_per_1k").get(q000), 1e-12);
        assertEquals(12.5, t.doubleColumn("alarm_per_1k").get(q000), 1e-12);
        assertEquals(Math.log(2.5 / 1.5), t.doubleColumn("alarm_index").get(q000), 1e-15);
        int a000 = 0;
        assertEquals(593, t.intColumn("tokens").get(a000));
        assertEquals(1000.0 * 15 / 593, t.doubleColumn("alarm_per_1k").get(a000), 1e-9); // A = 15 of the 17 alarm hits (lexicon v7)
        int q002 = 5;
        assertEquals(398, t.intColumn("tokens").get(q002));
        assertEquals(1000.0 * 2 / 398, t.doubleColumn("limits_per_1k").get(q002), 1e-12);
        assertEquals(1000.0 * 4 / 398, t.doubleColumn("reassurance_per_1k").get(q002), 1e-12);
        // 001, the reassuring op-ed, quotes 21 tokens and no frame word: its framing is the author's
        assertEquals(21, t.intColumn("tokens").get(3));
        assertEquals(0.0, t.doubleColumn("alarm_per_1k").get(3));
        assertEquals(0.0, t.doubleColumn("reassurance_per_1k").get(3));
    }

    @Test
    void theHitsOfQuotedTextNameTheirSpeakers() {
        Table hits = SEEDS.frameHits();
        List<String> quoted = new ArrayList<>();
        for (int r = 0; r < hits.rowCount(); r++) {
            String doc = hits.stringColumn("doc").get(r);
            if (hits.stringColumn("voice").get(r).equals("quoted") && (doc.equals(D000) || doc.equals(D002))) {
                quoted.add(doc.substring(0, 3) + " " + hits.stringColumn("matched").get(r) + " ("
                        + hits.stringColumn("side").get(r) + ", " + hits.stringColumn("speaker").get(r) + ")");
            }
            if (hits.stringColumn("voice").get(r).equals("author")) {
                assertEquals("", hits.stringColumn("speaker").get(r));
            }
        }
        assertEquals(List.of(
                "000 pariahs (alarm, Rahm Emanuel)",
                "000 open question (reassurance, Jake Sullivan)",
                "000 attack (alarm, Jake Sullivan)",
                "002 no significant (reassurance, Jake Sullivan)",
                "002 attack (alarm, Jake Sullivan)",
                "002 conquer (alarm, Jake Sullivan)",
                "002 pay a price (alarm, Jake Sullivan)",
                "002 not necessarily (reassurance, some experts)",
                "002 small quantities (reassurance, Andrei Lankov)",
                "002 inferior (reassurance, Andrei Lankov)"), quoted); // lexicon v5 drops "harm" (a South Korean government source), v6 "violate"
    }

    @Test
    void evidenceNamesTheSpeakerOfQuotedHits() {
        Table t = SEEDS.evidence(D000, dev.framelens.framing.Side.ALARM, 0);
        int r = t.intColumn("sentence").asList().indexOf(15);
        assertEquals("pariah* (delegitimising_labels, quoted: Rahm Emanuel)", t.stringColumn("entries").get(r));
        assertEquals("Rahm Emanuel", t.stringColumn("speakers").get(r));
        assertEquals("Rahm Emanuel: \u201Cthat empire is now dependent on North Korea, it is dependent on Iran \u2013 two "
                + "isolated countries, two countries that are seen as pariahs.\u201D", t.stringColumn("quoted").get(r));
        Table lankov = SEEDS.evidence(D002, dev.framelens.framing.Side.REASSURANCE, 0);
        int l = lankov.intColumn("sentence").asList().indexOf(41);
        assertEquals("small quantities (limits, quoted: Andrei Lankov); inferior (limits, quoted: Andrei Lankov)",
                lankov.stringColumn("entries").get(l));
        assertEquals("Andrei Lankov", lankov.stringColumn("speakers").get(l));
        // an author's sentence: no speaker, nothing quoted
        int author = t.intColumn("sentence").asList().indexOf(25);
        assertEquals("mass destruction (catastrophe); grave (threat); threat* (threat)", t.stringColumn("entries").get(author));
        assertEquals("", t.stringColumn("speakers").get(author));
        assertEquals("", t.stringColumn("quoted").get(author));
    }

    /**
     * For each document the author and quoted rows add up to its frames row: tokens exactly, every
     * weight (per_1k · tokens / 1000) to rounding; and the hits table's author and quoted hit counts
     * add up to the document's hits.
     */
    @Test
    void authorAndQuotedRowsSumToTheDocumentRow() {
        for (Framelens f : List.of(SEEDS, Framelens.load(Path.of("seeds")).withLexicon(dev.framelens.framing.Lexicon.shipped()))) {
            Table whole = f.frameScores();
            Table byVoice = f.frameScoresByVoice();
            Table hits = f.frameHits();
            List<String> weights = new ArrayList<>();
            for (String name : whole.columnNames()) {
                if (name.endsWith("_per_1k")) {
                    weights.add(name);
                }
            }
            for (int d = 0; d < whole.rowCount(); d++) {
                String doc = whole.stringColumn("doc").get(d);
                int a = 2 * d;
                int q = 2 * d + 1;
                assertEquals(doc, byVoice.stringColumn("doc").get(a));
                assertEquals(doc, byVoice.stringColumn("doc").get(q));
                int ta = byVoice.intColumn("tokens").get(a);
                int tq = byVoice.intColumn("tokens").get(q);
                int tokens = whole.intColumn("tokens").get(d);
                assertEquals(tokens, ta + tq, doc);
                for (String w : weights) {
                    double sum = weight(byVoice, w, a, ta) + weight(byVoice, w, q, tq);
                    assertEquals(weight(whole, w, d, tokens), sum, 1e-9, doc + " " + w);
                }
                int all = 0;
                int author = 0;
                int quoted = 0;
                for (int r = 0; r < hits.rowCount(); r++) {
                    if (hits.stringColumn("doc").get(r).equals(doc)) {
                        all++;
                        author += hits.stringColumn("voice").get(r).equals("author") ? 1 : 0;
                        quoted += hits.stringColumn("voice").get(r).equals("quoted") ? 1 : 0;
                    }
                }
                assertEquals(all, author + quoted, doc);
                assertTrue(quoted > 0 || doc.startsWith("001"), doc + " has quoted hits");
            }
        }
    }

    /** The summed weight behind a per_1k cell (0 for a part without tokens, whose per_1k is NaN). */
    static double weight(Table t, String column, int row, int tokens) {
        return tokens == 0 ? 0.0 : t.doubleColumn(column).get(row) * tokens / 1000.0;
    }
}

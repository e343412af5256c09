package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.corpus.CorpusException;
import dev.framelens.stats.StratifiedEstimate;
import dev.framelens.stats.Wilson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationScoreTest {
    private static final double EPS = 1e-12;
    private static final double Z = Wilson.Z95;

    private final List<ValidationUnit> units = new ArrayList<>();

    private void hits(String stratum, long size, String category, String entry, Side side, boolean negated,
                      String... codes) {
        for (String code : codes) {
            units.add(new ValidationUnit("u" + units.size(), ValidationUnit.Kind.HIT, "d", 1, units.size(), units.size() + 1,
                    "t", "t", entry, category, side, negated, stratum, size, code));
        }
    }

    private void sentences(String stratum, long size, String... codes) {
        for (String code : codes) {
            units.add(new ValidationUnit("u" + units.size(), ValidationUnit.Kind.SENTENCE, "d", 1, units.size(),
                    units.size() + 1, "t", "", "", "", null, false, stratum, size, code));
        }
    }

    private static String[] times(int n, String code) {
        String[] out = new String[n];
        java.util.Arrays.fill(out, code);
        return out;
    }

    /*
     * hit:threat      N = 20: threat* 5 correct, 1 wrong; danger* 3 correct, 1 unsure      → 8 of 9
     * hit:urgency     N = 5:  alarm* 1 correct, 4 wrong                                     → 1 of 5
     * hit:limits      N = 30: limited 3 correct, 3 wrong                                    → 3 of 6
     * hit:negated_alarm N = 4: threat* 2 correct, 1 wrong, 1 uncoded                        → 2 of 3
     * sentence:none   N = 100: 2 alarm, 1 reassurance, 7 neither, 1 uncoded   (w = 100 / 10 = 10)
     * sentence:alarm  N = 20:  4 alarm, 1 neither                             (w = 20 / 5 = 4)
     * sentence:reassurance N = 10: 2 reassurance, 1 alarm, 1 neither          (w = 10 / 4 = 2.5)
     */
    private void example() {
        hits("hit:threat", 20, "threat", "threat*", Side.ALARM, false, "correct", "correct", "wrong", "correct", "correct",
                "correct");
        hits("hit:threat", 20, "threat", "danger*", Side.ALARM, false, "correct", "unsure", "correct", "correct");
        hits("hit:urgency", 5, "urgency", "alarm*", Side.ALARM, false, "wrong", "correct", "wrong", "wrong", "wrong");
        hits("hit:limits", 30, "limits", "limited", Side.REASSURANCE, false, "correct", "wrong", "correct", "wrong", "wrong",
                "correct");
        hits("hit:negated_alarm", 4, "threat", "threat*", Side.REASSURANCE, true, "correct", "wrong", "", "correct");
        sentences("sentence:none", 100, "alarm", "neither", "reassurance", "neither", "neither", "", "alarm", "neither",
                "neither", "neither", "neither");
        sentences("sentence:alarm", 20, "alarm", "alarm", "neither", "alarm", "alarm");
        sentences("sentence:reassurance", 10, "reassurance", "alarm", "neither", "reassurance");
    }

    @Test
    void categoriesAreOneStratumEach() {
        example();
        List<ValidationScore.PrecisionRow> rows = ValidationScore.categories(units);
        assertEquals(List.of("alarm threat", "alarm urgency", "reassurance limits", "reassurance negated_alarm"),
                rows.stream().map(r -> r.side() + " " + r.category()).toList());
        ValidationScore.PrecisionRow threat = rows.get(0);
        assertEquals(new ValidationScore.Counts(10, 8, 1, 1, 0), threat.counts());
        assertEquals(20, threat.hits());
        assertEquals(8.0 / 9, threat.precision().value(), EPS);
        assertEquals(Wilson.interval(8, 9, Z).low(), threat.precision().low(), EPS);
        assertEquals(Wilson.interval(8, 9, Z).high(), threat.precision().high(), EPS);
        ValidationScore.PrecisionRow negated = rows.get(3);
        assertTrue(negated.negated());
        assertEquals(new ValidationScore.Counts(4, 2, 1, 0, 1), negated.counts());
        assertEquals(2.0 / 3, negated.precision().value(), EPS);
    }

    @Test
    void sidePrecisionWeighsTheStrata() {
        example();
        List<ValidationScore.SideRow> rows = ValidationScore.sides(units);
        ValidationScore.SideRow alarm = rows.get(0);
        ValidationScore.SideRow reassurance = rows.get(1);
        // alarm: (20 · 8/9 + 5 · 1/5) / 25 = (17.777… + 1) / 25 = 0.751111…
        assertEquals((20 * 8.0 / 9 + 1) / 25, alarm.precision().value(), EPS);
        assertEquals(25, alarm.hits());
        assertEquals(new ValidationScore.Counts(15, 9, 5, 1, 0), alarm.counts());
        // the same as the stratified estimate of the two strata
        StratifiedEstimate.Estimate e = StratifiedEstimate.ratio(List.of(StratifiedEstimate.Stratum.proportion(20, 9, 8),
                StratifiedEstimate.Stratum.proportion(5, 5, 1)), Z);
        assertEquals(e, alarm.precision());
        // reassurance includes the negated hits: (30 · 3/6 + 4 · 2/3) / 34
        assertEquals((15 + 4 * 2.0 / 3) / 34, reassurance.precision().value(), EPS);
        assertEquals(34, reassurance.hits());
    }

    @Test
    void recallIsTheWeightedShareOfFramingSentencesThatCarryAHit() {
        example();
        List<ValidationScore.SideRow> rows = ValidationScore.sides(units);
        // alarm: X = 10 · 2 + 4 · 4 + 2.5 · 1 = 38.5; caught only in sentence:alarm: Y = 4 · 4 = 16
        StratifiedEstimate.Estimate alarm = rows.get(0).recall();
        assertEquals(16 / 38.5, alarm.value(), EPS);
        assertEquals(7, alarm.units());
        // reassurance: X = 10 · 1 + 2.5 · 2 = 15; Y = 2.5 · 2 = 5
        StratifiedEstimate.Estimate reassurance = rows.get(1).recall();
        assertEquals(1.0 / 3, reassurance.value(), EPS);
        assertEquals(3, reassurance.units());
        assertEquals(StratifiedEstimate.ratio(List.of(new StratifiedEstimate.Stratum(100, 10, 1, 0),
                new StratifiedEstimate.Stratum(20, 5, 0, 0), new StratifiedEstimate.Stratum(10, 4, 2, 2)), Z), reassurance);
    }

    @Test
    void entriesAndTheOnesToReviewFirst() {
        example();
        List<ValidationScore.PrecisionRow> entries = ValidationScore.entries(units);
        assertEquals(List.of("alarm threat danger* false", "alarm threat threat* false", "alarm urgency alarm* false",
                "reassurance limits limited false", "reassurance threat threat* true"),
                entries.stream().map(r -> r.side() + " " + r.category() + " " + r.entry() + " " + r.negated()).toList());
        assertEquals(5.0 / 6, entries.get(1).precision().value(), EPS);
        assertEquals(-1, entries.get(1).hits());
        // at least 5 coded: threat* (5/6), alarm* (1/5), limited (3/6); lowest lower bound first
        List<ValidationScore.PrecisionRow> review = ValidationScore.review(units, 5);
        assertEquals(List.of("alarm*", "limited", "threat*"), review.stream().map(ValidationScore.PrecisionRow::entry).toList());
        assertEquals(Wilson.interval(1, 5, Z).low(), review.get(0).precision().low(), EPS);
        // lower bounds: alarm* 1/5 0.0362, limited 3/6 0.1876, negated threat* 2/3 0.2077, threat* 5/6 0.4365,
        // danger* 3/3 0.4385
        assertEquals(List.of("alarm*", "limited", "threat*", "threat*", "danger*"),
                ValidationScore.review(units, 1).stream().map(ValidationScore.PrecisionRow::entry).toList());
        assertThrows(IllegalArgumentException.class, () -> ValidationScore.review(units, 0));
    }

    @Test
    void agreementOfTwoCoders() {
        // hits: (c,c) (c,c) (c,w) (w,w) (u,c) (w,w); sentences: (alarm,alarm) (neither,alarm) (neither,neither)
        // (reassurance,reassurance); one hit uncoded by the second coder
        String[] first = {"correct", "correct", "correct", "wrong", "unsure", "wrong", "correct"};
        String[] second = {"correct", "correct", "wrong", "wrong", "correct", "wrong", ""};
        String[] s1 = {"alarm", "neither", "neither", "reassurance"};
        String[] s2 = {"alarm", "alarm", "neither", "reassurance"};
        List<ValidationUnit> a = new ArrayList<>();
        List<ValidationUnit> b = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            ValidationUnit u = new ValidationUnit("h" + i, ValidationUnit.Kind.HIT, "d", 1, i, i + 1, "t", "t", "e", "c",
                    Side.ALARM, false, "hit:c", 50, first[i]);
            a.add(u);
            b.add(u.withCode(second[i]));
        }
        for (int i = 0; i < s1.length; i++) {
            ValidationUnit u = new ValidationUnit("s" + i, ValidationUnit.Kind.SENTENCE, "d", 2, i, i + 1, "t", "", "", "",
                    null, false, "sentence:none", 50, s1[i]);
            a.add(u);
            b.add(u.withCode(s2[i]));
        }
        ValidationScore.checkSameSample("a.csv", a, "b.csv", b);
        List<ValidationScore.AgreementRow> rows = ValidationScore.agreement(a, b);
        ValidationScore.AgreementRow hit = rows.get(0);
        assertEquals("hit", hit.unit());
        assertEquals(6, hit.units());
        assertEquals(4, hit.agreed());
        // κ: p_o = 4/6; coder 1 c 3, w 2, u 1; coder 2 c 3, w 3: p_e = (9 + 6) / 36; κ = (24 − 15) / (36 − 15) = 3/7
        assertEquals(3.0 / 7, hit.kappa(), EPS);
        // α: 12 values c 6, w 5, u 1; mismatching units (c,w), (u,c) → Σ o_{c≠k} = 4; Σ n_c n_k = 144 − 62 = 82;
        // α = 1 − 11 · 4 / 82
        assertEquals(1 - 44.0 / 82, hit.alpha(), EPS);
        ValidationScore.AgreementRow sentence = rows.get(1);
        assertEquals(4, sentence.units());
        assertEquals(3, sentence.agreed());
        // κ: p_o = 3/4; coder 1 alarm 1, neither 2, reassurance 1; coder 2 alarm 2, neither 1, reassurance 1:
        // p_e = (2 + 2 + 1) / 16 = 5/16; κ = (12/16 − 5/16) / (11/16) = 7/11
        assertEquals(7.0 / 11, sentence.kappa(), EPS);
        ValidationScore.AgreementRow all = rows.get(2);
        assertEquals(10, all.units());
        assertEquals(7, all.agreed());
        assertEquals(0.7, all.agreement(), EPS);
        List<ValidationScore.Disagreement> d = ValidationScore.disagreements(a, b);
        assertEquals(List.of("h2 correct wrong", "h4 unsure correct", "s1 neither alarm"),
                d.stream().map(x -> x.unit().id() + " " + x.unit().code() + " " + x.second()).toList());
    }

    @Test
    void twoFilesMustCodeTheSameSample() {
        example();
        List<ValidationUnit> other = new ArrayList<>(units);
        ValidationUnit last = other.remove(other.size() - 1);
        assertEquals("b.csv: no unit " + last.id() + " (it is in a.csv); score two codings of the same sample",
                assertThrows(CorpusException.class, () -> ValidationScore.checkSameSample("a.csv", units, "b.csv", other))
                        .getMessage());
        other.add(new ValidationUnit(last.id(), last.kind(), "other", last.sentence(), last.start(), last.end(), last.text(),
                last.matched(), last.entry(), last.category(), last.side(), last.negated(), last.stratum(),
                last.stratumSize(), last.code()));
        assertTrue(assertThrows(CorpusException.class, () -> ValidationScore.checkSameSample("a.csv", units, "b.csv", other))
                .getMessage().startsWith("b.csv: unit " + last.id() + " is sentence other ["));
    }

    @Test
    void anUncodedFileHasNoEstimates() {
        hits("hit:threat", 20, "threat", "threat*", Side.ALARM, false, times(3, ""));
        sentences("sentence:none", 100, times(4, ""));
        ValidationScore.SideRow alarm = ValidationScore.sides(units).get(0);
        assertTrue(Double.isNaN(alarm.precision().value()));
        assertTrue(Double.isNaN(alarm.recall().value()));
        assertEquals(new ValidationScore.Counts(3, 0, 0, 0, 3), alarm.counts());
    }
}

package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationSampleTest {
    static final Lexicon LEXICON = FrameScorerTest.lexicon(
            "threat\talarm\tthreat*",
            "catastrophe\talarm\tdisaster",
            "downplaying\treassurance\toverblown");

    /*
     * d1 s1 "The threat is grave."          threat        → hit:threat; sentence:alarm
     *    s2 "It is not a disaster."         disaster, negated by not → hit:negated_alarm; sentence:reassurance
     *    s3 "Critics call it overblown."    overblown     → hit:downplaying; sentence:reassurance
     *    s4 "Nothing happened."             –             → sentence:none
     * d2 s1 "Threats again, and overblown." threats, overblown → hit:threat, hit:downplaying; sentence:both
     *    s2 "The weather is fine."          –             → sentence:none
     * hit:catastrophe is empty (its one hit is negated).
     */
    static final Corpus CORPUS = Corpus.of(List.of(
            new Document("d1", "", "The threat is grave. It is not a disaster. Critics call it overblown. Nothing happened.", Map.of()),
            new Document("d2", "", "Threats again, and overblown. The weather is fine.", Map.of())));
    static final FrameAnalysis ANALYSIS = FrameAnalysis.run(CORPUS, Analyzer.standard(), LEXICON, null);

    static List<String> strata(ValidationSample s) {
        List<String> out = new ArrayList<>();
        s.strata().forEach(t -> out.add(t.name() + " " + t.size() + " " + t.sampled()));
        return out;
    }

    @Test
    void aLargeNIsACensusOfEveryHitAndSentence() {
        ValidationSample s = ValidationSample.draw(CORPUS, ANALYSIS, 100, 1);
        assertEquals(List.of("hit:threat 2 2", "hit:catastrophe 0 0", "hit:downplaying 2 2", "hit:negated_alarm 1 1",
                "sentence:none 2 2", "sentence:alarm 1 1", "sentence:reassurance 2 2", "sentence:both 1 1"), strata(s));
        assertEquals(11, s.units().size());
        Set<String> ids = new HashSet<>();
        for (ValidationUnit u : s.units()) {
            ids.add(u.id());
            assertEquals("", u.code());
            String text = CORPUS.get(u.doc()).text();
            if (u.kind() == ValidationUnit.Kind.HIT) {
                assertEquals(text.substring(u.start(), u.end()), u.matched());
                assertTrue(u.text().contains(u.matched()), u.text());
            } else {
                assertEquals(text.substring(u.start(), u.end()), u.text());
            }
        }
        assertEquals(11, ids.size());
        ValidationUnit negated = s.units().stream().filter(ValidationUnit::negated).findFirst().orElseThrow();
        assertEquals("It is not a disaster.", negated.text());
        assertEquals("disaster", negated.matched());
        assertEquals(Side.REASSURANCE, negated.side());
        assertEquals("catastrophe", negated.category());
        assertEquals("hit:negated_alarm", negated.stratum());
        ValidationUnit both = s.units().stream().filter(u -> u.stratum().equals("sentence:both")).findFirst().orElseThrow();
        assertEquals("Threats again, and overblown.", both.text());
        assertEquals(1, both.stratumSize());
    }

    @Test
    void smallNIsSharedByTheRule() {
        // n = 4: 2 hits, 2 sentences. Hits: equal shares 0.5 over 4 strata; catastrophe (0) is full, then 2/3 each
        // for threat, downplaying, negated: floors 0, remainders tie → threat, downplaying.
        // Sentences (capacities 2, 1, 2, 1), shares 3:1:1:1 of 2: ideals 1, 0.33, 0.33, 0.33, none above its capacity;
        // floors 1, 0, 0, 0 and the one left goes to alarm (the first of the tied remainders).
        ValidationSample s = ValidationSample.draw(CORPUS, ANALYSIS, 4, 1);
        assertEquals(List.of("hit:threat 2 1", "hit:catastrophe 0 0", "hit:downplaying 2 1", "hit:negated_alarm 1 0",
                "sentence:none 2 1", "sentence:alarm 1 1", "sentence:reassurance 2 0", "sentence:both 1 0"), strata(s));
        assertEquals(List.of("u001", "u002", "u003", "u004"), s.units().stream().map(ValidationUnit::id).toList());
        assertEquals(2.0, s.strata().get(0).weight());
    }

    @Test
    void allocationFillsSmallStrataAndSharesTheRest() {
        assertArrayEquals(new long[] {1, 0, 1, 0}, ValidationSample.allocate(2, new long[] {2, 0, 1, 1}, new double[] {1, 1, 1, 1}));
        // 10 over capacities 1, 100, 100 equally: the first is full (1), 9 left → 4.5 each → 5, 4 (tie to the lower index)
        assertArrayEquals(new long[] {1, 5, 4}, ValidationSample.allocate(10, new long[] {1, 100, 100}, new double[] {1, 1, 1}));
        // more than all: everything
        assertArrayEquals(new long[] {3, 4}, ValidationSample.allocate(50, new long[] {3, 4}, new double[] {1, 1}));
        // shares 3:1
        assertArrayEquals(new long[] {75, 25}, ValidationSample.allocate(100, new long[] {500, 500}, new double[] {3, 1}));
        assertArrayEquals(new long[] {0, 0}, ValidationSample.allocate(0, new long[] {5, 5}, new double[] {1, 1}));
        // a stratum without a share takes what the others cannot (n = 1: one hit, no sentence — unless there is no hit)
        assertArrayEquals(new long[] {1, 0}, ValidationSample.allocate(1, new long[] {4, 9}, new double[] {1, 0}));
        assertArrayEquals(new long[] {0, 1}, ValidationSample.allocate(1, new long[] {0, 9}, new double[] {1, 0}));
    }

    @Test
    void theSameSeedGivesTheSameSampleAndAnotherSeedAnother() {
        List<ValidationUnit> a = ValidationSample.draw(CORPUS, ANALYSIS, 6, 42).units();
        assertEquals(a, ValidationSample.draw(CORPUS, ANALYSIS, 6, 42).units());
        boolean differs = false;
        for (long seed = 1; seed < 6 && !differs; seed++) {
            differs = !a.equals(ValidationSample.draw(CORPUS, ANALYSIS, 6, seed).units());
        }
        assertTrue(differs);
    }

    @Test
    void everyUnitIsDrawnFromItsStratumWithoutReplacement() {
        for (long seed = 0; seed < 20; seed++) {
            ValidationSample s = ValidationSample.draw(CORPUS, ANALYSIS, 5, seed);
            Set<String> seen = new HashSet<>();
            for (ValidationUnit u : s.units()) {
                assertTrue(seen.add(u.kind() + " " + u.doc() + " " + u.start()), "drawn twice: " + u);
            }
            long sampled = s.strata().stream().mapToLong(ValidationSample.Stratum::sampled).sum();
            assertEquals(5, sampled);
            assertEquals(5, s.units().size());
        }
        assertNotEquals(ValidationSample.draw(CORPUS, ANALYSIS, 5, 0).units(), ValidationSample.draw(CORPUS, ANALYSIS, 5, 3).units());
    }

    @Test
    void badArguments() {
        assertEquals("n (0) must be ≥ 1 (the number of units to code; default 200)",
                assertThrows(IllegalArgumentException.class, () -> ValidationSample.draw(CORPUS, ANALYSIS, 0, 1)).getMessage());
        assertEquals(List.of(Side.ALARM, Side.REASSURANCE), ValidationSample.sentenceSides("sentence:both"));
        assertEquals(List.of(), ValidationSample.sentenceSides("sentence:none"));
        assertEquals(null, ValidationSample.sentenceSides("sentence:maybe"));
    }
}

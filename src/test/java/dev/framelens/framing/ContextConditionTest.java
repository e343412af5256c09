package dev.framelens.framing;

import static dev.framelens.framing.FrameScorerTest.hits;
import static dev.framelens.framing.FrameScorerTest.lexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framelens.text.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context conditions of lexicon entries (docs/LEXICON.md, "Context conditions"), one rule per test. */
class ContextConditionTest {

    static final Analyzer PLAIN = Analyzer.builder().noPhrases().addPhrase("north korea", null).build();

    static List<String> score(Lexicon l, String text) {
        return hits(new FrameScorer(PLAIN, l).score("d", text));
    }

    @Test
    void forbidsDropsAHitWhereAConditionHoldsAndAPrefixWordMatchesItsContinuations() {
        Lexicon l = lexicon("limits\treassurance\tlimited\t1\t\tnext:liability|compan*");
        assertEquals(List.of(), score(l, "A limited liability company."));
        assertEquals(List.of(), score(l, "Two limited companies."));
        assertEquals(List.of("limited/reassurance"), score(l, "Resources are limited."));
        assertEquals(List.of("limited/reassurance"), score(l, "A limited supply of liability."));
    }

    @Test
    void requiresKeepsAHitWhereAtLeastOneConditionHolds() {
        // prev2: one of the two tokens before; prev: the token right before
        Lexicon l = lexicon("limits\treassurance\tlimited\t1\tprev2:is|are prev:in");
        assertEquals(List.of("limited/reassurance"), score(l, "Resources are limited."));
        assertEquals(List.of("limited/reassurance"), score(l, "Resources are very limited."));
        assertEquals(List.of("limited/reassurance"), score(l, "They come in limited numbers."));
        assertEquals(List.of(), score(l, "A limited number of goods."));
        // are [3] far [2] too [1] → limited: 'are' is three tokens back
        assertEquals(List.of(), score(l, "Resources are far too limited."));
    }

    @Test
    void requiresAndForbidsTogether() {
        Lexicon l = lexicon("urgency\talarm\tcritical\t1\tprev:is|are\tnext:of|to");
        assertEquals(List.of("critical/alarm"), score(l, "The situation is critical."));
        assertEquals(List.of(), score(l, "He is critical of the report."));
        assertEquals(List.of(), score(l, "A critical edition."));
    }

    @Test
    void nearLooksOnBothSidesAndDistancesCountTokensNotCharacters() {
        Lexicon l = lexicon("escalation\talarm\ttense\t1\tnear3:situation|relations");
        assertEquals(List.of("tense/alarm"), score(l, "Relations remain very tense."));
        assertEquals(List.of("tense/alarm"), score(l, "It is tense, the situation."));
        assertEquals(List.of(), score(l, "The situation in the region is tense."));
        assertEquals(List.of(), score(l, "The perfect tense."));
    }

    @Test
    void conditionsNeverLookAcrossTheSentence() {
        Lexicon l = lexicon("limits\treassurance\tlimited\t1\tprev:are", "threat\talarm\tgrave\t1\t\tnext:of");
        assertEquals(List.of(), score(l, "They are. Limited supplies."));
        assertEquals(List.of("grave/alarm"), score(l, "It is grave. Of course."));
    }

    @Test
    void aMergedPhraseIsOneTokenOfTheDistance() {
        Lexicon l = lexicon("limits\treassurance\tlimited\t1\tprev2:in");
        // limited [0] north korea [1] in [2]
        assertEquals(List.of("limited/reassurance"), score(l, "Supplies in North Korea limited."));
        assertEquals(List.of(), hits(new FrameScorer(Analyzer.builder().noPhrases().build(), l).score("d",
                "Supplies in North Korea limited.")));
    }

    @Test
    void aRejectedMatchLeavesTheNextCandidateAtThatToken() {
        // the longer entry is rejected, the shorter one matches
        Lexicon l = lexicon("urgency\talarm\talarm bells\t1\t\tnext:rang", "urgency\talarm\talarm");
        assertEquals(List.of("alarm/alarm"), score(l, "Alarm bells rang."));
        assertEquals(List.of("alarm bells/alarm"), score(l, "Alarm bells ring."));
        // an exact entry that is rejected leaves the prefix entry for the same token
        Lexicon p = lexicon("escalation\talarm\tescalation\t1\t\tprev:de", "urgency\talarm\tescalat*");
        List<String> got = new java.util.ArrayList<>();
        for (FrameHit h : new FrameScorer(PLAIN, p).score("d", "A de escalation, an escalation.").hits()) {
            got.add(h.entry().entry() + ":" + h.category());
        }
        assertEquals(List.of("escalat*:urgency", "escalation:escalation"), got);
    }

    @Test
    void conditionsAreWrittenBackAsParsed() {
        assertEquals("next2:liability|compan*", Condition.parse("NEXT2:Liability|compan*").toString());
        assertEquals("prev:u.s.", Condition.parse("prev1:US").toString());
        assertEquals(new Condition(Condition.Place.NEAR, 3, List.of("threat", "danger")), Condition.parse("near3:threat|danger"));
        assertEquals(List.of(), Condition.parseAll("  "));
        assertEquals(2, Condition.parseAll("prev:only  next:of").size());
    }
}

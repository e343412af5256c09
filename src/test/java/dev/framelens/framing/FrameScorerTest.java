package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching and negation rules of docs/LEXICON.md, one rule per test, on short inline texts. */
class FrameScorerTest {

    /** A lexicon from rows "category side entry [weight [requires [forbids]]]" (tab-separated), shipped negators. */
    static Lexicon lexicon(String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add("category\tside\tentry\tweight\trequires\tforbids\tprecision\tunits");
        lines.addAll(List.of(rows));
        return Lexicon.parse("test.tsv", lines, Lexicon.shippedNegators());
    }

    static final Lexicon SMALL = lexicon(
            "threat\talarm\tthreat*",
            "threat\talarm\tdanger*",
            "threat\talarm\tgrave\t2",
            "catastrophe\talarm\tdoom",
            "catastrophe\talarm\tmass destruction",
            "catastrophe\talarm\tweapons of mass destruction",
            "catastrophe\talarm\tsky is falling",
            "urgency\talarm\talarm",
            "urgency\talarm\talarm bells",
            "delegitimising_labels\talarm\tregime",
            "downplaying\treassurance\tdoom and gloom",
            "downplaying\treassurance\tsky isn't falling",
            "limits\treassurance\tlimited",
            "scepticism\treassurance\tno evidence");

    /** Standard phrases (north korea, weapons of mass destruction are not in it) plus two test phrases. */
    static final Analyzer PHRASES = Analyzer.builder().noPhrases()
            .addPhrase("north korea", null)
            .addPhrase("sanctions regime", null)
            .addPhrase("weapons of mass destruction", null)
            .build();

    static DocumentFrames score(Lexicon lexicon, Analyzer analyzer, String text) {
        return new FrameScorer(analyzer, lexicon).score("d", text);
    }

    static DocumentFrames score(String text) {
        return score(SMALL, PHRASES, text);
    }

    /** "entry/side/negator" of each hit, for compact assertions. */
    static List<String> hits(DocumentFrames f) {
        List<String> out = new ArrayList<>();
        for (FrameHit h : f.hits()) {
            out.add(h.entry().entry() + "/" + h.side() + (h.negated() ? "/" + h.negator() : ""));
        }
        return out;
    }

    @Test
    void tokensCountEveryWordWithStopWordsAndAMergedPhraseOnce() {
        // the(1) threat(2) from(3) north korea(4) is(5) grave(6) . it(7) is(8) not(9) limited(10)
        DocumentFrames f = score("The threat from North Korea is grave. It is not limited.");
        assertEquals(10, f.tokens());
        assertEquals(2, f.sentences());
        assertEquals(List.of("threat*/alarm", "grave/alarm", "limited/reassurance"), hits(f));
        // the analyzer's stop-word setting does not matter: stop words are always kept
        assertEquals(10, score(SMALL, PHRASES.withStopWordsRemoved(true), "The threat from North Korea is grave. It is not limited.").tokens());
    }

    @Test
    void leftmostLongestOneHitPerToken() {
        assertEquals(List.of("alarm bells/alarm"), hits(score("Alarm bells rang.")));
        assertEquals(List.of("alarm/alarm"), hits(score("The alarm rang.")));
        assertEquals(List.of("doom and gloom/reassurance"), hits(score("Spare us the doom and gloom.")));
        assertEquals(List.of("doom/alarm", "doom/alarm"), hits(score("Doom and more doom")));
    }

    @Test
    void aMatchNeverCrossesASentenceBoundary() {
        assertEquals(List.of("alarm/alarm"), hits(score("He raised the alarm. Bells rang.")));
        assertEquals(List.of(), hits(score("The sky. Is falling.")));
    }

    @Test
    void aPrefixMatchesTheLastWordOfAToken() {
        assertEquals(List.of("threat*/alarm", "threat*/alarm", "danger*/alarm"),
                hits(score("Threats, threatening and dangerous.")));
        // the prefix must start the word
        assertEquals(List.of(), hits(score("Endangered, but threadbare.")));
    }

    @Test
    void exactBeatsPrefixAndALongerPrefixBeatsAShorterOne() {
        Lexicon l = lexicon(
                "escalation\talarm\tescalat*",
                "urgency\talarm\tesc*",
                "catastrophe\talarm\tescalation");
        List<String> got = new ArrayList<>();
        for (FrameHit h : score(l, PHRASES, "Escalation, escalating, escape.").hits()) {
            got.add(h.entry().entry() + ":" + h.category());
        }
        assertEquals(List.of("escalation:catastrophe", "escalat*:escalation", "esc*:urgency"), got);
    }

    @Test
    void aMergedPhraseMatchesOnlyAsAWhole() {
        // 'regime' does not match inside the merged term 'sanctions regime'
        assertEquals(List.of(), hits(score("The sanctions regime holds.")));
        assertEquals(List.of("regime/alarm"), hits(score("The regime holds.")));
        // 'mass destruction' is not matched inside 'weapons of mass destruction', which is its own entry
        assertEquals(List.of("weapons of mass destruction/alarm"), hits(score("Weapons of mass destruction.")));
        assertEquals(List.of("mass destruction/alarm"), hits(score("Mass destruction.")));
        // without phrase merging the same entry matches the word run
        assertEquals(List.of("weapons of mass destruction/alarm"),
                hits(score(SMALL, Analyzer.builder().noPhrases().build(), "Weapons of mass destruction.")));
        // a prefix never reaches into the middle of a merged phrase: 'sanction*' vs 'sanctions regime'
        Lexicon l = lexicon("limits\treassurance\tsanction*", "threat\talarm\tsanctions regi*");
        assertEquals(List.of("sanctions regi*/alarm"), hits(score(l, PHRASES, "The sanctions regime.")));
    }

    @Test
    void entriesAreTokenizedLikeTheText() {
        // curly apostrophe in the text, straight one in the entry; US → u.s.
        Lexicon l = lexicon("downplaying\treassurance\tsky isn’t falling", "threat\talarm\tUS threat");
        assertEquals("sky isn't falling", l.entries().get(0).entry());
        assertEquals("u.s. threat", l.entries().get(1).entry());
        DocumentFrames f = score(l, PHRASES, "The sky isn’t falling. A U.S. threat.");
        assertEquals(List.of("sky isn't falling/reassurance", "u.s. threat/alarm"), hits(f));
    }

    @Test
    void offsetsPointAtTheMatchedTextAsWritten() {
        String text = "Honestly, the sky isn’t falling. Alarm   bells? No evidence of danger at all.";
        DocumentFrames f = score(text);
        List<String> matched = new ArrayList<>();
        for (FrameHit h : f.hits()) {
            matched.add(text.substring(h.start(), h.end()));
        }
        assertEquals(List.of("sky isn’t falling", "Alarm   bells", "No evidence", "danger"), matched);
        FrameHit sky = f.hits().get(0);
        assertEquals(14, sky.start());
        assertEquals(31, sky.end());
        assertEquals(1, sky.sentence());
        assertEquals(3, f.hits().get(3).sentence());
    }

    // ---- negation -------------------------------------------------------------------------------

    @Test
    void isNotAThreatIsNegated() {
        // is [3] not [2] a [1] → threat
        FrameHit h = score("It is not a threat.").hits().get(0);
        assertTrue(h.negated());
        assertEquals("not", h.negator());
        assertEquals(Side.REASSURANCE, h.side());
        assertEquals("threat", h.category());
        assertEquals(Lexicon.NEGATED_ALARM, h.scoreCategory());
    }

    @Test
    void wontSpellDoomIsNegated() {
        // won't [2] spell [1] → doom
        assertEquals(List.of("doom/reassurance/won't"), hits(score("The alliance won’t spell doom.")));
    }

    @Test
    void noDangerIsNegatedButDangerIsNot() {
        assertEquals(List.of("danger*/reassurance/no"), hits(score("There is no danger.")));
        assertEquals(List.of("danger*/alarm"), hits(score("There is danger.")));
    }

    @Test
    void aNegatorSixTokensBeforeDoesNotNegate() {
        // not [6] one [5] of [4] the [3] two [2] big [1] → dangers: outside the five-token window
        assertEquals(List.of("danger*/alarm"), hits(score("Not one of the two big dangers.")));
        // not [5] → negated; the boundary of the window is inclusive
        assertEquals(List.of("danger*/reassurance/not"), hits(score("Not one of the big dangers.")));
        assertEquals(5, FrameScorer.NEGATION_WINDOW);
    }

    @Test
    void aNegatorInThePreviousSentenceDoesNotNegate() {
        // "Not." ends a sentence; the [1] is the only token before threat in its sentence
        assertEquals(List.of("threat*/alarm"), hits(score("Not. The threat.")));
    }

    @Test
    void theNearestNegatorIsRecordedAndAMergedPhraseIsOneTokenOfTheWindow() {
        assertEquals(List.of("threat*/reassurance/not"), hits(score("No, it is not a threat.")));
        // not [5] north korea [4] as [3] a [2] big [1] → threat: the phrase is one token, so 'not' is within five
        // (the negator then governs 'north korea', which is no bridge word: negation v3)
        FrameHit far = score("Not North Korea as a big threat.").hits().get(0);
        assertEquals("not", far.negator());
        assertEquals(NegationRule.GOVERNED, far.rule());
        assertEquals(List.of("threat*/alarm"),
                hits(score(SMALL, Analyzer.builder().noPhrases().build(), "Not North Korea as a big threat.")));
    }

    @Test
    void reassuranceIsNeverNegatedAndANegatorMayBelongToAnEarlierHit() {
        assertEquals(List.of("limited/reassurance"), hits(score("It is not limited.")));
        // no evidence (scepticism) then danger, negated by the 'no' of that hit: no [3] evidence [2] of [1]
        assertEquals(List.of("no evidence/reassurance", "danger*/reassurance/no"), hits(score("No evidence of danger.")));
    }

    @Test
    void theSkyIsntFallingIsTheDownplayingEntryNotANegatedAlarm() {
        assertEquals(List.of("sky isn't falling/reassurance"), hits(score("But the sky isn’t falling.")));
        assertEquals(List.of("sky is falling/alarm"), hits(score("The sky is falling.")));
    }

    @Test
    void weightsAreCarriedByTheHit() {
        FrameHit h = score("A grave moment.").hits().get(0);
        assertEquals(2.0, h.weight());
        assertFalse(h.negated());
        assertEquals("", h.negator());
    }

    @Test
    void actorMentionsFollowTheSameRules() {
        Actors actors = Actors.parse("a.tsv", List.of("actor\tterm", "North Korea\tnorth korea", "North Korea\tpyongyang",
                "U.S.\tu.s.", "Kim\tkim", "Kim\tkim jong un"));
        Analyzer a = Analyzer.builder().noPhrases().addPhrase("north korea", null).addPhrase("Kim Jong-un", "kim jong un").build();
        DocumentFrames f = new FrameScorer(a, SMALL, actors).score("d", "Kim Jong-un met US envoys in North Korea. Kim left.");
        List<String> got = new ArrayList<>();
        for (ActorMention m : f.mentions()) {
            got.add(m.actor() + "@" + m.firstToken());
        }
        // kim jong un(0) met(1) u.s.(2) envoys(3) in(4) north korea(5) . kim(6) left(7)
        assertEquals(List.of("Kim@0", "U.S.@2", "North Korea@5", "Kim@6"), got);
    }
}

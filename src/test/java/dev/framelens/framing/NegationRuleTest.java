package dev.framelens.framing;

import static dev.framelens.framing.FrameScorerTest.lexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Negation v2 (docs/LEXICON.md, "Negation"; {@link NegationRule}): each rule with examples where it
 * decides and examples where it does not, with the shipped negators and rule lists.
 */
class NegationRuleTest {

    static final Lexicon L = lexicon(
            "threat\talarm\tthreat*",
            "threat\talarm\tdanger*",
            "threat\talarm\tharm",
            "threat\talarm\tdestroy*",
            "threat\talarm\tintimidat*",
            "threat\talarm\trisk",
            "catastrophe\talarm\tdoom",
            "catastrophe\talarm\tcollapse",
            "catastrophe\talarm\tfamine",
            "urgency\talarm\turgent*",
            "urgency\talarm\tpanic",
            "urgency\talarm\tcrisis",
            "delegitimising_labels\talarm\tregime",
            "limits\treassurance\tlimited",
            "urgency\talarm\tworr*",
            "threat\talarm\tviolat*",
            "delegitimising_labels\talarm\tcriminal",
            "scepticism\treassurance\tno evidence");

    /** "entry:rule:negator" of each hit, and ":R" when it counts as reassurance. */
    static List<String> rules(String text) {
        List<String> out = new ArrayList<>();
        for (FrameHit h : new FrameScorer(Analyzer.builder().noPhrases().build(), L).score("d", text).hits()) {
            out.add(h.entry().entry() + ":" + h.rule().label() + ":" + h.negator() + (h.side() == Side.REASSURANCE ? ":R" : ""));
        }
        return out;
    }

    @Test
    void plainNegationFlipsTheHit() {
        assertEquals(List.of("threat*:negation:not:R"), rules("It is not a threat."));
        assertEquals(List.of("doom:negation:won't:R"), rules("The alliance won’t spell doom."));
        assertEquals(List.of("danger*:negation:no:R"), rules("There is no danger."));
        assertEquals(List.of("harm:negation:not:R"), rules("It does not harm anyone."));
        // without a negator in reach there is no rule
        assertEquals(List.of("danger*::"), rules("There is danger."));
        // reassurance hits are never negated
        assertEquals(List.of("limited:::R"), rules("It is not limited."));
    }

    @Test
    void clauseBoundaryStopsTheScope() {
        // punctuation between the negator and the hit
        assertEquals(List.of("danger*:clause_boundary:not"), rules("It is not over, and the danger is real."));
        assertEquals(List.of("crisis:clause_boundary:not"), rules("One cause (if not the cause) of the crisis."));
        assertEquals(List.of("danger*:clause_boundary:not"), rules("It is not over - the danger grows."));
        assertEquals(List.of("danger*:clause_boundary:not"), rules("It is not over; the danger grows."));
        // a clause-opening word between them
        assertEquals(List.of("danger*:clause_boundary:not"), rules("He left not because the danger grew."));
        assertEquals(List.of("threat*:clause_boundary:no"), rules("There is no doubt which threat counts."));
        // a possessive or an abbreviation's full stop is not a boundary: the negator reaches the hit (and, as
        // the name between them is not a bridge word, governs the name: negation v3)
        assertEquals(List.of("threat*:governed:not"), rules("It is not Mr. Kim’s threat."));
        // negation v4: a negator before "of which/whom" opens the relative clause it is in
        assertEquals(List.of("threat*:negation:none:R"), rules("There were incidents, none of which were a threat."));
        assertEquals(List.of("danger*:negation:neither:R"), rules("Two men came, neither of whom was dangerous."));
        // but "of" and a negator further back do not
        assertEquals(List.of("threat*:clause_boundary:no"), rules("No word of which threat counts."));
    }

    @Test
    void emphasisIsNotDenial() {
        assertEquals(List.of("danger*:emphasis:not"), rules("This is not only dangerous but reckless."));
        assertEquals(List.of("crisis:emphasis:not"), rules("Not least the crisis."));
        assertEquals(List.of("crisis:emphasis:not"), rules("A cause if not the cause of the crisis."));
        assertEquals(List.of("urgent*:emphasis:nothing"), rules("Nothing is more urgent than this."));
        assertEquals(List.of("urgent*:emphasis:nothing"), rules("Nothing could be more urgent."));
        assertEquals(List.of("threat*:emphasis:no"), rules("There is no greater threat."));
        assertEquals(List.of("danger*:emphasis:no"), rules("It is no less dangerous."));
        assertEquals(List.of("urgent*:emphasis:no"), rules("There is no more urgent business than this."));
        assertEquals(List.of("danger*:emphasis:never"), rules("It has never been more dangerous."));
        // but: an equative comparison, an ending, and a plain comparative denial are negations
        assertEquals(List.of("danger*:negation:no:R"), rules("Cannabis is no more dangerous than alcohol."));
        assertEquals(List.of("threat*:negation:no:R"), rules("No more threats."));
        assertEquals(List.of("danger*:negation:not:R"), rules("It is not more dangerous."));
    }

    @Test
    void aDoubleNegativeAssertsTheDanger() {
        assertEquals(List.of("danger*:double_negative:without"), rules("It is not without danger."));
        assertEquals(List.of("danger*:double_negative:without"), rules("We cannot withdraw without imminent danger."));
        // 'without' alone denies; behind a clause boundary the first negator does not count
        assertEquals(List.of("danger*:negation:without:R"), rules("The ship passed without danger."));
        assertEquals(List.of("risk:negation:without:R"), rules("We did not stop; we went on without any risk."));
    }

    @Test
    void defianceAssertsTheThreat() {
        assertEquals(List.of("intimidat*:defiance:not", "threat*:defiance:not"),
                rules("We will not be intimidated by threats."));
        assertEquals(List.of("threat*:defiance:not"), rules("We will not bow to threats."));
        assertEquals(List.of("threat*:negation:not:R"), rules("We will not see threats."));
    }

    @Test
    void aNegatorThatGovernsAnotherVerbDoesNotNegateTheHit() {
        assertEquals(List.of("regime:governed:not", "threat*:governed:not"),
                rules("We will not allow the regime to threaten us."));
        assertEquals(List.of("threat*:governed:no"), rules("They have no right to threaten peace."));
        assertEquals(List.of("collapse:governed:not"), rules("We do not want the round to collapse."));
        // verbs of denial or neglect affirm the hit, with or without 'that'
        assertEquals(List.of("danger*:governed:no"), rules("No one doubts the danger."));
        assertEquals(List.of("threat*:governed:not"), rules("We must not underestimate the threat."));
        assertEquals(List.of("danger*:governed:nobody"), rules("Nobody can deny that the danger is real."));
        // a governing verb followed by 'that' introduces a claim, which the negation denies
        assertEquals(List.of("threat*:negation:cannot:R"), rules("We cannot accept that it’s a threat."));
    }

    @Test
    void onlyBridgeWordsMayStandBetweenANegatorAndTheHitItDenies() {
        // negation v3: copulas, determiners, degree words and the verbs of posing and causing bridge
        assertEquals(List.of("risk:negation:not:R"), rules("It does not pose any unacceptable risk."));
        assertEquals(List.of("danger*:negation:no:R"), rules("There is no real danger."));
        assertEquals(List.of("worr*:negation:not:R"), rules("We would not need to worry."));
        // any other word means the negator governs it
        assertEquals(List.of("violat*:governed:never"), rules("Arguments can never be used to justify violations."));
        assertEquals(List.of("risk:governed:no"), rules("You draw no distinction between the risk."));
        assertEquals(List.of("criminal:governed:never"), rules("We can never rule out criminal behaviour."));
        // the negator of an earlier reassurance hit reaches through it: "no evidence of danger"
        assertEquals(List.of("no evidence:::R", "danger*:negation:no:R"), rules("There is no evidence of danger."));
        // contractions written without the apostrophe are negators
        assertEquals(List.of("worr*:negation:dont:R"), rules("Dont worry about it."));
        // negation v4: an intention, a verb of waging or warranting, a degree word bridge
        assertEquals(List.of("destroy*:negation:no:R"), rules("They have no intention of destroying it."));
        assertEquals(List.of("worr*:negation:not:R"), rules("The levels do not warrant undue public worry."));
        assertEquals(List.of("danger*:negation:not:R"), rules("The front did not seem terribly dangerous."));
        // 'provided' opens a condition
        assertEquals(List.of("threat*:condition:no"), rules("Provided that they pose no threat, they may stay."));
    }

    @Test
    void aNegatedConditionPresentsTheDangerAsLooming() {
        assertEquals(List.of("urgent*:condition:not"), rules("It will get worse if action is not taken urgently."));
        assertEquals(List.of("urgent*:condition:without", "famine::"), rules("Without urgent help the region faces famine."));
        assertEquals(List.of("urgent*:condition:without"), rules("We failed, without urgent help."));
        // 'without' inside its clause is a denial
        assertEquals(List.of("urgent*:negation:without:R"), rules("Help came without urgent need."));
    }

    @Test
    void aPrecautionPresentsTheDangerAsOneToPrevent() {
        assertEquals(List.of("destroy*:precaution:not"), rules("We must take care not to destroy it."));
        assertEquals(List.of("harm:precaution:not"), rules("It must be conducted in a direction that does not harm peace."));
        assertEquals(List.of("harm:precaution:not"), rules("We act in order not to harm anyone."));
        // telling someone not to fear calms: negation
        assertEquals(List.of("panic:negation:not:R"), rules("We must not panic."));
        // an obligation in another clause does not count
        assertEquals(List.of("harm:negation:not:R"), rules("We must act, and it does not harm anyone."));
    }

    @Test
    void aRejectedReassuranceIsAlarm() {
        assertEquals(List.of("danger*::", "threat*:rejected_reassurance:no"),
                rules("It is a dangerous illusion that these weapons are no threat."));
        assertEquals(List.of("threat*:rejected_reassurance:no"), rules("It would be naive to think the virus is no threat."));
        assertEquals(List.of("risk:rejected_reassurance:no"), rules("Wages are low because there is supposedly no risk."));
        // behind a clause-opening word the rejection does not reach
        assertEquals(List.of("threat*:negation:no:R"), rules("The illusion ended but there is no threat now."));
    }

    @Test
    void theRuleListsAreReadWithLineNumberedErrors() {
        NegationRules r = NegationRules.parse("n.tsv", List.of("# rules", "list\tword", "clause\tBut", "defiance\tIntimidat*"));
        assertEquals(List.of("but"), r.words(NegationRules.Kind.CLAUSE));
        assertEquals(List.of("intimidat*"), r.words(NegationRules.Kind.DEFIANCE));
        assertEquals(List.of(), r.words(NegationRules.Kind.EMPHASIS));
        assertEquals("n.tsv:1: the first line must be the header list<TAB>word (found 'clause\tbut')",
                assertThrows(IllegalArgumentException.class, () -> NegationRules.parse("n.tsv", List.of("clause\tbut")))
                        .getMessage());
        assertEquals("n.tsv:2: unknown list 'clauses'; lists are [clause, emphasis, quantifier, comparative, governing, "
                + "affirming, defiance, rejection, obligation, fear, conditional, inner, bridge]",
                assertThrows(IllegalArgumentException.class, () -> NegationRules.parse("n.tsv", List.of("list\tword",
                        "clauses\tbut"))).getMessage());
        assertEquals("n.tsv:2: 'not only' must be one word as the tokenizer emits it, a trailing * for a prefix",
                assertThrows(IllegalArgumentException.class, () -> NegationRules.parse("n.tsv", List.of("list\tword",
                        "emphasis\tnot only"))).getMessage());
        assertEquals("n.tsv:2: has 1 field; a row is list and word, separated by a tab",
                assertThrows(IllegalArgumentException.class, () -> NegationRules.parse("n.tsv", List.of("list\tword",
                        "emphasis"))).getMessage());
        // the shipped lists feed every rule
        for (NegationRules.Kind k : NegationRules.Kind.values()) {
            assertEquals(true, !NegationRules.shipped().words(k).isEmpty(), k.label());
        }
        // another lexicon can carry other lists: without 'but' as a clause word the scope reaches on
        Lexicon other = L.withNegationRules(NegationRules.parse("n.tsv", List.of("list\tword", "inner\twithout")));
        List<String> got = new ArrayList<>();
        for (FrameHit h : new FrameScorer(Analyzer.builder().noPhrases().build(), other).score("d",
                "He left not because the danger grew.").hits()) {
            got.add(h.rule().label());
        }
        assertEquals(List.of("negation"), got);
    }
}

package dev.framelens.framing;

/**
 * Which negation rule decided an alarm hit (negation v2, {@code docs/LEXICON.md} "Negation").
 *
 * <p>The <b>scope</b>: the nearest negator among the {@value FrameScorer#NEGATION_WINDOW} tokens
 * before the hit's first token, in the same sentence and the same clause. A clause boundary between
 * two tokens is punctuation in the text between them ({@code , ; : ( ) [ ] " “ ” ? ! …}, a dash or
 * a hyphen standing alone) or a clause-opening word ({@link NegationRules.Kind#CLAUSE}: but, which,
 * because, although, while, …); the search stops at the first one. When a negator is in scope the
 * rules below are tried in order and the first that applies decides; only {@link #NEGATION} flips
 * the hit to reassurance. Reassurance hits are never negated ({@link #NONE}).
 */
public enum NegationRule {
    /** No negator in scope (or a reassurance hit): the hit counts on its entry's side. */
    NONE(""),
    /**
     * A negator lies within the window but in another clause ("a key cause, if not the main cause,
     * of the crisis"; "not reflect well on us, and they will pay a price"): not negated.
     */
    CLAUSE_BOUNDARY("clause_boundary"),
    /**
     * Emphasis, not denial: the negator is followed by an {@link NegationRules.Kind#EMPHASIS} word
     * ("not only dangerous", "not least"), or is "if not" ("one of the causes, if not the cause"),
     * or is a quantifying negator ({@link NegationRules.Kind#QUANTIFIER}: no, nothing, never, …) with a
     * comparative between it and the hit ("nothing is more urgent", "no greater threat", "no less
     * dangerous", "no more urgent business than"). A bare "no more … than" right around the hit
     * ("no more dangerous than alcohol") is an equative comparison and "no more" without a "than"
     * after the hit ("no more war") an ending: both are left to {@link #NEGATION}. Not negated.
     */
    EMPHASIS("emphasis"),
    /**
     * Double negative: the negator in scope is an {@link NegationRules.Kind#INNER} one
     * ("without") and another negator stands before it in the same clause ("not without danger",
     * "we cannot withdraw without imminent danger"): the two cancel, the danger is asserted. Not
     * negated.
     */
    DOUBLE_NEGATIVE("double_negative"),
    /**
     * Defiance: a {@link NegationRules.Kind#DEFIANCE} word stands between the negator and the hit, or
     * is the hit ("will not be intimidated by the threats", "will not bow to terror"): refusing to
     * yield asserts the threat. Not negated.
     */
    DEFIANCE("defiance"),
    /**
     * The negator governs another verb: a {@link NegationRules.Kind#GOVERNING} verb between the
     * negator and the hit, not followed by "that" ("will not allow the regime to threaten", "no
     * right to jeopardize", "do not want the round to collapse"), or an
     * {@link NegationRules.Kind#AFFIRMING} verb of denial or neglect ("no one doubts the danger",
     * "we must not underestimate the threat"). A governing verb followed by "that" introduces a
     * claim, and the negation denies that claim ("I cannot accept that this means more insecurity"):
     * that is left to {@link #NEGATION}. Since negation v3 also: any word between the negator and the hit
     * that is not a {@link NegationRules.Kind#BRIDGE} word ("cannot be used to justify violations", "draw
     * no distinction between the risks", "never rule out criminal behaviour"): the negator then belongs
     * to that word. Not negated.
     */
    GOVERNED("governed"),
    /**
     * Condition: the negator is part of a condition, not a denial: it follows a
     * {@link NegationRules.Kind#CONDITIONAL} word in its clause ("the impact will get worse if action
     * is not taken urgently"), or it is an {@link NegationRules.Kind#INNER} negator opening its clause
     * ("Without urgent help the region faces famine"). The coding guide reads such a condition as
     * presenting the danger as looming. Not negated.
     */
    CONDITION("condition"),
    /**
     * Precaution: the negator follows a word of obligation or purpose
     * ({@link NegationRules.Kind#OBLIGATION}: must, should, ensure, care, in order …) in its clause, at
     * most {@value FrameScorer#REJECTION_WINDOW} tokens before it: the danger is presented as one to
     * prevent ("we must take care not to destroy it", "cooperation must be conducted in a direction
     * that does not harm peace"). Not for a hit that is a word of fear ({@link NegationRules.Kind#FEAR}):
     * "we must not panic" calms, and is left to {@link #NEGATION}. Not negated.
     */
    PRECAUTION("precaution"),
    /**
     * Rejected reassurance: a {@link NegationRules.Kind#REJECTION} word stands before the negator in
     * the same sentence, at most {@value FrameScorer#REJECTION_WINDOW} tokens before it and not
     * behind a clause-opening word ("the dangerous illusion that these weapons are no threat", "it
     * would be naive to think the virus is no threat"): the sentence rejects the reassuring claim.
     * Not negated.
     */
    REJECTED_REASSURANCE("rejected_reassurance"),
    /** Plain negation ("is not a threat", "won't spell doom", "no danger"): the hit counts as reassurance. */
    NEGATION("negation");

    private final String label;

    NegationRule(String label) {
        this.label = label;
    }

    /** The name in the hit tables' {@code rule} column ({@code ""} for {@link #NONE}). */
    public String label() {
        return label;
    }

    /** Whether the rule turns the alarm hit into reassurance (only {@link #NEGATION}). */
    public boolean flips() {
        return this == NEGATION;
    }

    @Override
    public String toString() {
        return label;
    }
}

package dev.framelens.framing;

import dev.framelens.voice.Voice;
import dev.framelens.voice.VoiceMap;
import java.util.Objects;

/**
 * One lexicon hit in a document.
 *
 * @param sentence   1-based sentence number
 * @param firstToken index of the hit's first token in the document's unfiltered token stream
 *                   (0-based; a merged phrase is one token)
 * @param endToken   index after its last token
 * @param start      offset of its first character in {@code Document.text()}
 * @param end        offset after its last character: {@code text.substring(start, end)} is the
 *                   matched text as written
 * @param entry      the lexicon entry that matched
 * @param negated    whether the negation rules flipped this alarm hit to reassurance
 *                   ({@code rule.flips()})
 * @param negator    the negator the rule looked at (the nearest one in scope), or {@code ""}
 * @param rule       the negation rule that decided ({@link NegationRule#NONE} without a negator)
 * @param voice      whose words the hit is in: {@link Voice#QUOTED} when its first character lies in
 *                   a quotation of the document ({@link VoiceMap#voiceAt}), else {@link Voice#AUTHOR}
 * @param speaker    the speaker of that quotation as {@link dev.framelens.voice.QuoteFinder} resolved
 *                   it, {@code ""} for the author and for a quotation whose source is unknown
 */
public record FrameHit(int sentence, int firstToken, int endToken, int start, int end, Lexicon.Entry entry,
                       boolean negated, String negator, NegationRule rule, Voice voice, String speaker) {

    public FrameHit {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(speaker, "speaker");
        if (voice == Voice.AUTHOR && !speaker.isEmpty()) {
            throw new IllegalArgumentException("an author's hit has no speaker, got '" + speaker + "'");
        }
        if (negated != rule.flips()) {
            throw new IllegalArgumentException("negated (" + negated + ") must equal rule " + rule.name() + ".flips()");
        }
    }

    /** An author's hit (outside every quotation). */
    public FrameHit(int sentence, int firstToken, int endToken, int start, int end, Lexicon.Entry entry,
                    boolean negated, String negator, NegationRule rule) {
        this(sentence, firstToken, endToken, start, end, entry, negated, negator, rule, Voice.AUTHOR, "");
    }

    /** An author's hit decided by plain negation (with a negator) or by none (without one). */
    public FrameHit(int sentence, int firstToken, int endToken, int start, int end, Lexicon.Entry entry,
                    boolean negated, String negator) {
        this(sentence, firstToken, endToken, start, end, entry, negated, negator,
                negated ? NegationRule.NEGATION : NegationRule.NONE);
    }

    /** Reassurance when negated, else the entry's side. */
    public Side side() {
        return negated ? Side.REASSURANCE : entry.side();
    }

    /** The entry's category name (a negated hit keeps its alarm category). */
    public String category() {
        return entry.category().name();
    }

    /**
     * The frame-score column the hit adds to, without {@code _per_1k}: its category, or
     * {@value Lexicon#NEGATED_ALARM} when negated.
     */
    public String scoreCategory() {
        return negated ? Lexicon.NEGATED_ALARM : entry.category().name();
    }

    /** The entry's weight: what the hit adds to its side and column. */
    public double weight() {
        return entry.weight();
    }
}

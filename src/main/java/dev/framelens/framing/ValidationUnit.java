package dev.framelens.framing;

import java.util.List;
import java.util.Locale;

/**
 * One unit of a validation sample ({@link ValidationSample}), as written to and read from the
 * coding file ({@link ValidationFile}).
 *
 * <p>A <b>hit</b> unit is one lexicon hit: the coder judges whether the matched words are a correct
 * cue for the hit's side in this sentence ({@code correct}, {@code wrong}, {@code unsure}); for a
 * negated hit, whether the flip to reassurance is right. A <b>sentence</b> unit is one sentence: the
 * coder judges what it frames ({@code alarm}, {@code reassurance}, {@code neither}), whatever the
 * lexicon found in it.
 *
 * @param id          the unit's id in its file ({@code u001} …), unique within the sample
 * @param kind        hit or sentence
 * @param doc         document id
 * @param sentence    1-based sentence number in the document
 * @param start       offset of the hit's (or the sentence's) first character in the document text
 * @param end         offset after its last character
 * @param text        the sentence as written
 * @param matched     the hit's words as written ({@code ""} for a sentence unit)
 * @param entry       the lexicon entry ({@code ""} for a sentence unit)
 * @param category    the entry's category ({@code ""} for a sentence unit)
 * @param side        the side the hit counts on, reassurance when negated ({@code null} for a
 *                    sentence unit)
 * @param negated     whether the negation rule flipped the hit
 * @param stratum     the sampling stratum (see {@link ValidationSample})
 * @param stratumSize the number of units in the whole corpus that the stratum was drawn from
 * @param code        the coder's code, lower case; {@code ""} while uncoded
 */
public record ValidationUnit(String id, Kind kind, String doc, int sentence, int start, int end, String text,
                             String matched, String entry, String category, Side side, boolean negated,
                             String stratum, long stratumSize, String code) {

    /** The code a coder gives a hit the matched words are a cue of its side for. */
    public static final String CORRECT = "correct";
    /** The code of a hit that is not a cue of its side here. */
    public static final String WRONG = "wrong";
    /** The code of a hit the coder cannot decide; left out of precision, counted. */
    public static final String UNSURE = "unsure";
    /** The code of a sentence that frames the story as neither alarming nor reassuring. */
    public static final String NEITHER = "neither";

    /** What is being coded. */
    public enum Kind {
        /** A lexicon hit. */
        HIT("hit", List.of(CORRECT, WRONG, UNSURE)),
        /** A sentence. */
        SENTENCE("sentence", List.of(Side.ALARM.label(), Side.REASSURANCE.label(), NEITHER));

        private final String label;
        private final List<String> codes;

        Kind(String label, List<String> codes) {
            this.label = label;
            this.codes = codes;
        }

        /** {@code hit} or {@code sentence}, as in the file's {@code unit} column. */
        public String label() {
            return label;
        }

        /** The codes a coder may give a unit of this kind, in the order the coding guide lists them. */
        public List<String> codes() {
            return codes;
        }

        /**
         * Parses {@code hit} or {@code sentence} (any case).
         *
         * @throws IllegalArgumentException naming the value and the two allowed ones
         */
        public static Kind parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            for (Kind k : values()) {
                if (k.label.equals(t)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unit '" + text + "' must be hit or sentence");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public ValidationUnit {
        if (kind == Kind.HIT && side == null) {
            throw new IllegalArgumentException("hit unit " + id + " needs a side");
        }
        if (!code.isEmpty() && !kind.codes().contains(code)) {
            throw new IllegalArgumentException("code '" + code + "' is not a code for a " + kind + " unit; use "
                    + String.join(", ", kind.codes()));
        }
    }

    /** Whether the coder has coded the unit. */
    public boolean coded() {
        return !code.isEmpty();
    }

    /** This unit with another code. */
    public ValidationUnit withCode(String newCode) {
        return new ValidationUnit(id, kind, doc, sentence, start, end, text, matched, entry, category, side, negated,
                stratum, stratumSize, newCode);
    }
}

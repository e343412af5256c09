package dev.framelens.voice;

import java.util.Objects;

/**
 * One quotation in a document: what is attributed to a source other than the author, where, to
 * whom, and by which cue. Offsets are UTF-16 indices into {@code Document.text()}, as
 * {@link String#substring(int, int)} takes them.
 *
 * @param start        offset of the quoted text's first character (after the opening mark, if any)
 * @param end          offset after its last character (before the closing mark):
 *                     {@code text.substring(start, end)} is {@link #text()}
 * @param text         the quoted or reported text as written
 * @param speaker      the source in the fullest form the document uses ({@code Rahm Emanuel} for
 *                     "Emanuel told CNN"; a pronoun or a description such as "the spokesman"
 *                     resolved to an earlier speaker), or {@code ""} when unknown
 * @param speakerStart offset of the mention that names the speaker for this quotation (a name, a
 *                     pronoun, a description; for a quotation that continues an earlier one, that
 *                     one's mention), or -1 when there is none
 * @param speakerEnd   offset after that mention, or -1
 * @param cue          the attribution cue as written ({@code said}, {@code told}, {@code according to},
 *                     {@code point out}), or {@code ""} (a continued quotation, a colon)
 * @param kind         direct, indirect or partial
 */
public record Quotation(int start, int end, String text, String speaker, int speakerStart, int speakerEnd, String cue,
                        Kind kind) {

    /** What kind of quotation. */
    public enum Kind {
        /** The source's words in quotation marks, a clause or more. */
        DIRECT,
        /** Reported speech without quotation marks: a cue and the reported clause. */
        INDIRECT,
        /** A quoted phrase inside the author's own sentence, attributed to a source. */
        PARTIAL;

        /** The lower-case name written in tables: {@code direct}, {@code indirect}, {@code partial}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Quotation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("quotation offsets [" + start + ", " + end + ") must satisfy 0 ≤ start ≤ end");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text has " + text.length() + " characters but [" + start + ", " + end
                    + ") spans " + (end - start));
        }
        if ((speakerStart < 0) != (speakerEnd < 0) || speakerStart >= 0 && speakerEnd < speakerStart) {
            throw new IllegalArgumentException("speaker offsets [" + speakerStart + ", " + speakerEnd
                    + ") must both be -1 or satisfy 0 ≤ start ≤ end");
        }
    }

    /** Whether offset {@code offset} lies in the quoted text. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}

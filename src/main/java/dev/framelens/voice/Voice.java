package dev.framelens.voice;

import java.util.Locale;

/** Whose words a stretch of a document is: the author's, or a source's the author quotes or reports. */
public enum Voice {
    /** The author's own text. */
    AUTHOR,
    /** Inside a quotation (direct, partial or, unless left out, indirect). */
    QUOTED;

    /** The lower-case name written in tables: {@code author}, {@code quoted}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.framelens.framing;

import java.util.Locale;

/** The two sides of the frame lexicon: cues that present a development as dangerous, or as smaller. */
public enum Side {
    /** The development is presented as dangerous. */
    ALARM("alarm"),
    /** The development is presented as smaller, doubtful or overstated. */
    REASSURANCE("reassurance");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** The lower-case name used in files and tables: {@code alarm} or {@code reassurance}. */
    public String label() {
        return label;
    }

    /**
     * Parses {@code alarm} or {@code reassurance} (any case).
     *
     * @param text the side as written
     * @return the side
     * @throws IllegalArgumentException naming the value and the two allowed ones
     */
    public static Side parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Side s : values()) {
            if (s.label.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown side '" + text + "'; use alarm or reassurance");
    }

    @Override
    public String toString() {
        return label;
    }
}

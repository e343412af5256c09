package dev.framelens.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The association measures framelens ranks and prints, each with its column name, its formula (a
 * function of the 2×2 table of counts {@code a, rowTotal, colTotal, total} that {@link Association}
 * describes) and its source. Co-occurrence and collocation tables have one column per constant, in
 * this order, and {@code --measure} accepts each constant's {@link #option()} name.
 *
 * <p>Adding a measure is its formula in {@link Association} (with its Javadoc citation) and one
 * constant here; the tables, the command-line option and its help follow.
 */
public enum Measure {
    /** The count c(t,u) itself: ranking by frequency, the simplest association measure (Evert 2008, §3). */
    COUNT("count", "Evert 2008", (a, r, c, n) -> a),
    /** Pointwise mutual information in bits, {@link Association#pmi}. */
    PMI("pmi", "Church & Hanks 1990", Association::pmiUnchecked),
    /** Normalised PMI in [−1, 1], {@link Association#npmi}. */
    NPMI("npmi", "Bouma 2009", Association::npmiUnchecked),
    /** Dunning's four-cell log-likelihood ratio G², {@link Association#g2FourCell}. */
    G2("g2", "Dunning 1993", Association::g2Unchecked),
    /** Dice coefficient in [0, 1], {@link Association#dice}. */
    DICE("dice", "Dice 1945; Evert 2008", (a, r, c, n) -> Association.diceUnchecked(a, r, c)),
    /** t-score, {@link Association#tScore}. */
    T("t_score", "Manning & Schütze 1999, §5.3.1", Association::tScoreUnchecked);

    /** A measure's formula on a validated table. */
    @FunctionalInterface
    interface Formula {
        double of(long a, long rowTotal, long colTotal, long total);
    }

    private final String column;
    private final String citation;
    private final Formula formula;

    Measure(String column, String citation, Formula formula) {
        this.column = column;
        this.citation = citation;
        this.formula = formula;
    }

    /** The column of this measure in co-occurrence and collocation tables (lower_snake_case). */
    public String column() {
        return column;
    }

    /** Where the formula comes from (author and year; the full reference is in {@link Association}). */
    public String citation() {
        return citation;
    }

    /** The name {@code --measure} takes: the constant's name in lower case ({@code t} for the t-score). */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is an association measure proper (every constant but {@link #COUNT}). */
    public boolean isAssociation() {
        return this != COUNT;
    }

    /**
     * The measure of one pair.
     *
     * @param a        pair count c(t, u)
     * @param rowTotal c(t, ·)
     * @param colTotal c(·, u)
     * @param total    P, all counted pairs
     * @throws IllegalArgumentException if the table breaks {@link Association}'s contract
     */
    public double of(long a, long rowTotal, long colTotal, long total) {
        Association.validate(a, rowTotal, colTotal, total);
        return formula.of(a, rowTotal, colTotal, total);
    }

    /**
     * Every measure of one pair after one validation: element {@code m.ordinal()} is
     * {@code m.of(a, rowTotal, colTotal, total)}. A fresh array.
     *
     * @throws IllegalArgumentException if the table breaks {@link Association}'s contract
     */
    public static double[] all(long a, long rowTotal, long colTotal, long total) {
        Association.validate(a, rowTotal, colTotal, total);
        Measure[] ms = values();
        double[] out = new double[ms.length];
        for (Measure m : ms) {
            out[m.ordinal()] = m.formula.of(a, rowTotal, colTotal, total);
        }
        return out;
    }

    /** The association measures' {@link #option()} names, in order: {@code pmi, npmi, g2, dice, t}. */
    public static List<String> options() {
        List<String> out = new ArrayList<>();
        for (Measure m : values()) {
            if (m.isAssociation()) {
                out.add(m.option());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Parses an {@link #option()} name or a column name, in any case: {@code pmi}, {@code npmi},
     * {@code g2}, {@code dice}, {@code t} (or {@code t_score}), {@code count}.
     *
     * @throws IllegalArgumentException naming the measures when {@code s} is none of them
     */
    public static Measure parse(String s) {
        for (Measure m : values()) {
            if (m.option().equalsIgnoreCase(s) || m.column.equalsIgnoreCase(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("measure '" + s + "' must be one of " + String.join(", ", options()));
    }
}

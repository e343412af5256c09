package dev.framelens.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The two ways framelens writes a number: in full for programs, rounded for people. Every table
 * serializer ({@link TableWriter}: CSV, JSON, the aligned text table, Markdown, HTML) and the chart
 * data ({@link Json}) use these two rules and no other.
 *
 * <p><b>For programs</b> (CSV, JSON, the sort keys of an HTML table), {@link #exact}: an integer
 * column in full ({@code 753}), a decimal as {@link Double#toString(double)} — the shortest decimal
 * that reads back as the same {@code double} ({@code 28.045207199665132}, {@code 0.0}, {@code
 * 1.0E-5}), locale independent.
 *
 * <p><b>For people</b> (the aligned text table, Markdown, HTML cells), {@link #human}: an integer
 * column in full; a decimal rounded half up to 4 significant digits with its trailing zeros kept, so
 * that a column shows how precise it is ({@code 28.05}, {@code 0.5276}, {@code -0.4353}, {@code
 * 1.000}); the integer part is never rounded away ({@code 12345.678} → {@code 12346}); 0 is {@code
 * 0}. No exponent between 10<sup>−4</sup> and 10<sup>15</sup>; outside that range 4 significant
 * digits in scientific notation ({@code 3.142e-05}). Rounding is applied to the {@link #exact} form,
 * so a person reading both sees the CSV value rounded. NaN (a missing cell) is empty; infinities are
 * {@code Infinity} and {@code -Infinity}.
 */
public final class Numbers {

    /** Significant digits of {@link #human}. */
    public static final int SIGNIFICANT_DIGITS = 4;

    private static final MathContext ROUND = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_UP);
    private static final double SMALL = 1e-4;
    private static final double LARGE = 1e15;

    private Numbers() {}

    /** A decimal for programs: {@link Double#toString(double)}; NaN (missing) is the empty string. */
    public static String exact(double d) {
        return Double.isNaN(d) ? "" : Double.toString(d);
    }

    /** A decimal for people: 4 significant digits, the integer part in full (see the class comment). */
    public static String human(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return "0";
        }
        double abs = Math.abs(d);
        BigDecimal exact = new BigDecimal(Double.toString(d));
        if (abs < SMALL || abs >= LARGE) {
            return String.format(Locale.ROOT, "%." + (SIGNIFICANT_DIGITS - 1) + "e", exact.round(ROUND));
        }
        BigDecimal rounded = exact.round(ROUND);
        int scale = SIGNIFICANT_DIGITS - (rounded.precision() - rounded.scale()); // decimals for 4 digits
        if (scale < 0) {
            // more integer digits than significant digits: keep them all, no fraction
            return exact.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        return rounded.setScale(Math.max(scale, rounded.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}

package dev.framelens.stats.internal;

/**
 * Argument checks shared by the {@code dev.framelens.stats} classes. Every failure is an
 * {@link IllegalArgumentException} whose message names the argument, its value and the rule it
 * broke, in the form {@code "a (5) must be ≤ rowTotal (3)"}, so that a caller can fix the call
 * without reading the source.
 *
 * <p>Not API: the messages are, the methods are not.
 */
public final class Checks {

    private Checks() {
    }

    /** Fails unless {@code value ≥ 0}. */
    public static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " (" + value + ") must be ≥ 0");
        }
        return value;
    }

    /** Fails unless {@code value ≥ 1}; {@code why} (may be empty) explains the rule. */
    public static long positive(String name, long value, String why) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " (" + value + ") must be ≥ 1" + suffix(why));
        }
        return value;
    }

    /** Fails unless {@code value ≤ bound}; {@code why} (may be empty) explains the rule. */
    public static void atMost(String name, long value, String boundName, long bound, String why) {
        if (value > bound) {
            throw new IllegalArgumentException(
                    name + " (" + value + ") must be ≤ " + boundName + " (" + bound + ")" + suffix(why));
        }
    }

    /** Fails unless {@code value} is finite and {@code > 0}. */
    public static double positiveFinite(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be a finite number > 0");
        }
        return value;
    }

    /** Fails unless {@code value} is finite. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be a finite number");
        }
        return value;
    }

    /** Fails unless every element is finite and {@code ≥ 0}; names the first offending element. */
    public static void finiteNonNegative(String name, double[] values) {
        notNull(name, values);
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] (" + v + ") must be a finite number ≥ 0");
            }
        }
    }

    /** Fails unless every element is finite; names the first offending element. */
    public static void finite(String name, double[] values) {
        notNull(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] (" + values[i] + ") must be a finite number");
            }
        }
    }

    /** Fails unless both arrays have the same length. */
    public static void sameLength(String nameA, int lengthA, String nameB, int lengthB) {
        if (lengthA != lengthB) {
            throw new IllegalArgumentException(nameA + ".length (" + lengthA + ") must equal "
                    + nameB + ".length (" + lengthB + "): they describe the same items");
        }
    }

    /** Fails with {@code "<name> must not be null"}. */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    private static String suffix(String why) {
        return why == null || why.isEmpty() ? "" : ": " + why;
    }
}

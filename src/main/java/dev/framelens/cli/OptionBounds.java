package dev.framelens.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.AccessibleObject;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The allowed range of every whole-number option, declared on the option with {@link Range} and
 * checked in one place ({@link #check}) before any command runs: a value outside is a usage error
 * (exit 2) that names the option, the value and the range, e.g.
 * {@code --window (2147483647) must be between 1 and 1000}.
 *
 * <p>The upper bounds keep a typo from allocating gigabytes at once; where a larger number has a
 * natural meaning (every row, every term, the whole text) there is none and the command clamps:
 * {@code --top}, {@code --min-count}, {@code --matrix}, {@code kwic --width}.
 */
final class OptionBounds {
    /** Co-occurrence and actor windows: ±1,000 tokens already spans a long news article. */
    static final int MAX_WINDOW = 1000;
    /** Bootstrap resamples per article (the default is 2,000). */
    static final int MAX_RESAMPLES = 100_000;
    /** Analysis threads ({@code --threads}). */
    static final int MAX_THREADS = 256;
    /** Words in an n-gram. */
    static final int MAX_NGRAM = 10;

    private OptionBounds() {
    }

    /** The inclusive range of an {@code int} option; {@code max} = {@link Integer#MAX_VALUE} means no upper bound. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Range {
        int min();

        int max() default Integer.MAX_VALUE;

        /** What the bound means, added to the message in parentheses (may be empty). */
        String note() default "";
    }

    /**
     * Checks every {@link Range} option of the command that is about to run (given or default).
     *
     * @throws CommandLine.ParameterException naming the option, its value and the range
     */
    static void check(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        for (OptionSpec option : last.commandSpec().options()) {
            if (!(option.userObject() instanceof AccessibleObject field)) {
                continue;
            }
            Range range = field.getAnnotation(Range.class);
            Object value = option.getValue();
            if (range == null || !(value instanceof Integer v)) {
                continue;
            }
            if (v < range.min() || v > range.max()) {
                throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
                        message(option.longestName(), v, range));
            }
        }
    }

    static String message(String option, int value, Range range) {
        String rule = range.max() == Integer.MAX_VALUE ? "must be ≥ " + range.min()
                : range.min() == range.max() - 1 ? "must be " + range.min() + " or " + range.max()
                : "must be between " + range.min() + " and " + range.max();
        return option + " (" + value + ") " + rule + (range.note().isEmpty() ? "" : " (" + range.note() + ")");
    }
}

package dev.framelens.report;

import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.Lexicon;
import dev.framelens.trend.Every;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link Report#standard(dev.framelens.Framelens, ReportOptions)} computes: the frame options
 * (lexicon, bootstrap), which groups of articles it compares, and where its progress messages go.
 * Immutable: every setter returns a copy.
 *
 * <pre>{@code
 * ReportOptions.defaults().lexicon(Lexicon.read(Path.of("my-lexicon.tsv"))).compare("outlet", "CNN", "EL PAÍS")
 * }</pre>
 *
 * @param frames the lexicon and bootstrap of the frame scores, hits, actors, similarity and evidence
 * @param column the metadata column whose groups are compared, or {@code null}: then a column {@code
 *     stance} with exactly two values is compared if there is one, and no comparison is made otherwise
 * @param a the value of group a, or {@code null} with {@code b}: then {@code column} must have exactly
 *     two values, and the smaller group is a (ties: the first in sorted order)
 * @param b the value of group b
 * @param progress receives one line per stage ({@code "frame scores"}, {@code "comparing stance =
 *     reassuring with alarmed"}, …); the command line prints them on stderr for large corpora
 * @param time the metadata column of the "Over time" section, or {@code null}: then the first of
 *     {@link #TIME_COLUMNS} the corpus has is used (and the section says so and is left out when its
 *     values cannot be read), and without any the report has no such section
 * @param every the periods of the "Over time" section
 */
public record ReportOptions(FrameOptions frames, String column, String a, String b, Consumer<String> progress,
                            String time, Every every) {

    /** The metadata columns read as time when no time column is named, in this order. */
    public static final List<String> TIME_COLUMNS = List.of("date", "time", "year");

    /** The column compared when none is named, if the corpus has it with two values. */
    public static final String DEFAULT_COLUMN = "stance";

    /** Checks that {@code a} and {@code b} come together and only with a column. */
    public ReportOptions {
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(every, "every");
        if ((a == null) != (b == null)) {
            throw new IllegalArgumentException("give both values of the comparison (a and b), or neither");
        }
        if (a != null && column == null) {
            throw new IllegalArgumentException("the values a and b need the column they belong to");
        }
    }

    /** Options with the time column found by name ({@link #TIME_COLUMNS}) and yearly periods. */
    public ReportOptions(FrameOptions frames, String column, String a, String b, Consumer<String> progress) {
        this(frames, column, a, b, progress, null, Every.parse("year"));
    }

    /**
     * The shipped lexicon, the default bootstrap, {@value #DEFAULT_COLUMN} compared if possible, a
     * time column found by name with yearly periods, no progress messages.
     */
    public static ReportOptions defaults() {
        return new ReportOptions(FrameOptions.defaults(), null, null, null, message -> {});
    }

    /** The "Over time" section reads {@code column} (it must exist and every value must be readable). */
    public ReportOptions time(String timeColumn) {
        return new ReportOptions(frames, column, a, b, progress, Objects.requireNonNull(timeColumn, "timeColumn"), every);
    }

    /** The "Over time" section's periods. */
    public ReportOptions every(Every periods) {
        return new ReportOptions(frames, column, a, b, progress, time, periods);
    }

    /** These frame options (lexicon and bootstrap). */
    public ReportOptions frames(FrameOptions options) {
        return new ReportOptions(options, column, a, b, progress, time, every);
    }

    /** This frame lexicon, the bootstrap as it is. */
    public ReportOptions lexicon(Lexicon lexicon) {
        return frames(frames.lexicon(lexicon));
    }

    /** Compares the two values of {@code column} (it must have exactly two), the smaller group as a. */
    public ReportOptions compare(String column) {
        return new ReportOptions(frames, Objects.requireNonNull(column, "column"), null, null, progress, time, every);
    }

    /** Compares the articles with {@code column = a} against those with {@code column = b}. */
    public ReportOptions compare(String column, String a, String b) {
        return new ReportOptions(frames, Objects.requireNonNull(column, "column"), Objects.requireNonNull(a, "a"),
                Objects.requireNonNull(b, "b"), progress, time, every);
    }

    /** Sends one message per stage to {@code sink}. */
    public ReportOptions progress(Consumer<String> sink) {
        return new ReportOptions(frames, column, a, b, sink, time, every);
    }
}

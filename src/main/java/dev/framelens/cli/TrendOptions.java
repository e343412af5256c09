package dev.framelens.cli;

import dev.framelens.framing.FrameOptions;
import dev.framelens.trend.Every;
import dev.framelens.trend.FrameTrends;
import picocli.CommandLine.Option;

/**
 * What {@code trends} computes: the time column, the periods, the groups and the cross-correlation.
 * A picocli mixin shared by {@code framelens trends} and {@code framelens spark trends} (the spark
 * module compiles this file with its command line), so both take the same options with the same
 * help and checks.
 */
public final class TrendOptions {
    @Option(names = "--time", paramLabel = "COLUMN", required = true,
            description = "Metadata column with each document's date or number.")
    String time;

    @Option(names = "--every", paramLabel = "PERIOD", defaultValue = "year",
            description = "year, quarter, month, week, day, or a bucket width N for numbers. Default: ${DEFAULT-VALUE}.")
    String every;

    @Option(names = "--by", paramLabel = "COLUMN", description = "Metadata column to split each period by (e.g. outlet).")
    String by;

    @Option(names = "--xcorr", description = "Print the lagged cross-correlation of the groups' alarm_index series "
            + "instead (needs --by with two or more groups).")
    boolean xcorr;

    @Option(names = "--max-lag", paramLabel = "K", defaultValue = "3",
            description = "Largest lag of --xcorr, in periods. Default: ${DEFAULT-VALUE}.")
    int maxLag;

    /** The time column. */
    public String time() {
        return time;
    }

    /** The group column, or null. */
    public String by() {
        return by;
    }

    /** Whether the cross-correlation is asked for instead of the table. */
    public boolean xcorr() {
        return xcorr;
    }

    /** The largest lag of the cross-correlation. */
    public int maxLag() {
        return maxLag;
    }

    /**
     * The trend's options with these frame options, the corpus named {@code source} in messages
     * (checked by {@link #check}).
     */
    public FrameTrends.Options options(FrameOptions frames, String source) {
        Every periods = check();
        return new FrameTrends.Options(time, periods, by, frames, source);
    }

    /**
     * Checks the options before anything is read, and reads the period.
     *
     * @throws IllegalArgumentException (usage) for a negative --max-lag, --xcorr without --by or a
     *         period that cannot be read
     */
    public Every check() {
        if (maxLag < 0) {
            throw new IllegalArgumentException("--max-lag (" + maxLag + ") must be ≥ 0");
        }
        if (xcorr && by == null) {
            throw new IllegalArgumentException("--xcorr needs --by COLUMN: the groups whose series are correlated");
        }
        return Every.parse(every);
    }

    /**
     * The warning about the documents a trend left out ({@code documents} in all), or null when none was.
     */
    public String leftOut(FrameTrends.Trend trend, long documents) {
        java.util.List<String> skipped = trend.skipped();
        if (skipped.isEmpty()) {
            return null;
        }
        return "framelens: trends: " + skipped.size() + " of " + documents + " documents have no " + time
                + " value and are left out: " + String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
                + (skipped.size() > 5 ? ", …" : "");
    }

    /**
     * Checks a computed trend against --xcorr: the cross-correlation needs two or more groups.
     *
     * @throws IllegalArgumentException (usage) when it has fewer
     */
    public void checkGroups(FrameTrends.Trend trend) {
        if (xcorr && trend.groups().size() < 2) {
            throw new IllegalArgumentException("--xcorr needs two or more groups; --by " + by + " has "
                    + trend.groups().size());
        }
    }
}

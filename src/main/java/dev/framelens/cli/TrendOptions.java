package dev.framelens.cli;

import dev.framelens.chart.ChartHtml;
import dev.framelens.chart.Charts;
import dev.framelens.framing.FrameOptions;
import dev.framelens.table.TrendTables;
import dev.framelens.trend.Every;
import dev.framelens.trend.FrameTrends;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

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

    /**
     * Checks the page of {@code --chart FILE.html} before anything is read: it must be new, its
     * folder must exist, and a {@code plotly.js} already beside it must be framelens' own (the page
     * writes it there).
     *
     * @throws IllegalArgumentException (usage) otherwise, saying what to do
     */
    public static void checkChart(Path file) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("--chart " + file + " exists; framelens never overwrites a file: choose another");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--chart " + file + ": no folder " + dir + "; create it first");
        }
        Path js = dir.resolve(ChartHtml.PLOTLY_JS_FILE);
        try {
            if (Files.exists(js, LinkOption.NOFOLLOW_LINKS) && (!Files.isRegularFile(js, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(js) != ChartHtml.plotlyJs().getBytes(StandardCharsets.UTF_8).length)) {
                throw new IllegalArgumentException("--chart " + file + ": " + js + " exists and is not Plotly "
                        + ChartHtml.plotlyVersion() + "; framelens would replace it: write the chart into another folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the chart of a trends table ({@link Charts#trends}: the index per period with its
     * interval as a band, one line per group) as an offline page with Plotly beside it, and says so
     * on {@code err}. Both command lines call this, so the page is the same from either.
     */
    public void writeChart(Path file, Table table, PrintWriter err) {
        try {
            ChartHtml.writePage(file, "framelens trends: " + time + (by == null ? "" : " by " + by),
                    List.of(new ChartHtml.Chart("chart-trends", Charts.trends(table, by == null ? null
                            : TrendTables.groupName(by)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println("framelens: trends: chart written to " + file + " (with " + ChartHtml.PLOTLY_JS_FILE + " beside it)");
    }
}

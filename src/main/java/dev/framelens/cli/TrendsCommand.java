package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.framing.FrameOptions;
import dev.framelens.table.TrendTables;
import dev.framelens.trend.FrameTrends;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "trends", mixinStandardHelpOptions = true,
        description = {"Frames over time: alarm and reassurance per period of a date (or number) column, per group.",
            "",
            "Columns: period, [the --by column,] docs, tokens, alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, "
                + "ci_high — one row per period (and group) with documents. A period is scored as one long document "
                + "made of its articles: alarm_per_1k = 1000 · the period's summed alarm weight / its tokens, "
                + "alarm_index = ln((A + 0.5) / (R + 0.5)) of its summed weights (as in `frames`); [ci_low, ci_high] "
                + "is a seeded percentile bootstrap over the period's documents (a period of one document has "
                + "[index, index]).",
            "",
            "--time reads dates (2024-06-08, June 8, 2024, 8 June 2024, June 2024, 2024-06, 2024) or, with --every N, "
                + "numbers cut into buckets [k·N, (k+1)·N). Weeks are ISO weeks (2024-W23). Documents with an empty "
                + "value are left out with a warning; a value that cannot be read stops with exit 1.",
            "",
            "--xcorr prints, for every two groups of --by, the Pearson correlation of their alarm_index series at "
                + "lags -K..K (group_a's period t against group_b's period t + lag; a peak at a positive lag says "
                + "group_a's framing moved first). This describes the two series; it is not evidence that one "
                + "outlet's framing causes the other's (both may follow the same events), and with few periods r "
                + "is noisy.",
            "",
            "--chart FILE.html draws the index per period with its interval as a band, one line per group "
                + "(offline: Plotly's script is written beside the page)."},
        footer = {"", "Examples:", "  framelens trends corpus.jsonl --time date --every year",
            "  framelens trends corpus.jsonl --time date --every quarter --by outlet --chart trends.html",
            "  framelens trends corpus.jsonl --time date --by outlet --xcorr --max-lag 2",
            "  framelens trends corpus.csv --time wave --every 1"})
final class TrendsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    FramesCommand.LexiconOption lexicon;

    @Mixin
    TrendOptions trends;

    @Option(names = "--chart", paramLabel = "FILE.html", description = "Also write the chart as an offline HTML page.")
    Path chart;

    @Mixin
    BootstrapOptions bootstrap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        trends.check();
        FrameOptions frames = bootstrap.frameOptions(lexicon.lexicon(corpus.corpus));
        if (chart != null) {
            TrendOptions.checkChart(chart);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Corpus c = corpus.read(err);
        FrameTrends.Options options = trends.options(frames, source(corpus.corpus));
        Framelens f = corpus.framelens(c, spec.commandLine().getErr());
        FrameTrends.Trend trend = f.trend(options);
        String leftOut = trends.leftOut(trend, c.size());
        if (leftOut != null) {
            err.println(leftOut);
        }
        trends.checkGroups(trend);
        String by = trends.by();
        Table table = TrendTables.trends(trend, by);
        if (chart != null) {
            trends.writeChart(chart, table, err);
        }
        if (trends.xcorr()) {
            err.println("framelens: trends: the cross-correlation describes which series moves first; it is not "
                    + "evidence of causation");
            corpus.print(TrendTables.crossCorrelation(FrameTrends.crossCorrelation(trend, trends.maxLag())), out);
        } else {
            corpus.print(table, out);
        }
        return 0;
    }

    /** The file a value came from, for messages: a folder's metadata.csv, else the corpus file. */
    private static String source(Path corpus) {
        Path meta = corpus.resolve("metadata.csv");
        return Files.isDirectory(corpus) && Files.isRegularFile(meta) ? meta.toString() : corpus.toString();
    }
}

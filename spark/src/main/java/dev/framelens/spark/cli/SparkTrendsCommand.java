package dev.framelens.spark.cli;

import dev.framelens.spark.FramelensSpark;
import dev.framelens.spark.SparkDocuments;
import dev.framelens.spark.LexiconSpec;
import dev.framelens.table.TrendTables;
import dev.framelens.trend.Every;
import dev.framelens.trend.FrameTrends;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "trends", mixinStandardHelpOptions = true,
        description = {"Frames over time per period of a date (or number) column, per group: the rows of `framelens trends`.",
            "Columns: period, [the --by column,] docs, tokens, alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, "
                + "ci_high (see `framelens trends --help` for the formulas); with --xcorr: group_a, group_b, lag, pairs, r.",
            "Each document is scored on the cluster; each period's (and group's) documents are gathered in corpus order "
                + "and its sums and document bootstrap computed there as the engine computes them.",
            "Not here: --chart (draw the CSV with `framelens trends` on one machine, or from the table)."},
        footer = {"", "Examples:", "  framelens spark trends corpus.parquet --time date --every month --by outlet --out trends.csv",
            "  framelens spark trends corpus.parquet --time date --by outlet --xcorr --max-lag 2"})
final class SparkTrendsCommand implements Callable<Integer> {
    @Mixin
    SparkOptions options;

    @Mixin
    SparkLexiconOptions lexicon;

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

    @Mixin
    SparkBootstrapOptions bootstrap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (maxLag < 0) {
            throw new SparkMain.UsageException("--max-lag (" + maxLag + ") must be ≥ 0");
        }
        if (xcorr && by == null) {
            throw new SparkMain.UsageException("--xcorr needs --by COLUMN: the groups whose series are correlated");
        }
        FrameTrends.Options o = new FrameTrends.Options(time, Every.parse(every), by, bootstrap.frameOptions(),
                options.input);
        LexiconSpec lex = lexicon.spec(options.input);
        PrintWriter err = spec.commandLine().getErr();
        SparkSession spark = options.session();
        SparkDocuments docs = options.documents(spark);
        FrameTrends.Trend trend = FramelensSpark.trend(docs, options.analyzer(), lex, o);
        List<String> skipped = trend.skipped();
        if (!skipped.isEmpty()) {
            long all = skipped.size() + trend.rows().stream().mapToLong(FrameTrends.Row::docs).sum();
            err.println("framelens: trends: " + skipped.size() + " of " + all + " documents have no " + time
                    + " value and are left out: " + String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
                    + (skipped.size() > 5 ? ", …" : ""));
        }
        if (xcorr && trend.groups().size() < 2) {
            throw new SparkMain.UsageException("--xcorr needs two or more groups; --by " + by + " has "
                    + trend.groups().size());
        }
        if (xcorr) {
            err.println("framelens: trends: the cross-correlation describes which series moves first; it is not "
                    + "evidence of causation");
            options.emit(TrendTables.crossCorrelation(FrameTrends.crossCorrelation(trend, maxLag)), spark,
                    spec.commandLine().getOut());
        } else {
            options.emit(TrendTables.trends(trend, by), spark, spec.commandLine().getOut());
        }
        return 0;
    }
}

package dev.framelens.spark.cli;

import dev.framelens.cli.TrendOptions;
import dev.framelens.spark.FramelensSpark;
import dev.framelens.spark.SparkDocuments;
import dev.framelens.spark.LexiconSpec;
import dev.framelens.table.TrendTables;
import dev.framelens.trend.FrameTrends;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    TrendOptions trends;

    @Mixin
    SparkBootstrapOptions bootstrap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        trends.check();
        FrameTrends.Options o = trends.options(bootstrap.frameOptions(), options.input);
        LexiconSpec lex = lexicon.spec(options.input);
        PrintWriter err = spec.commandLine().getErr();
        SparkSession spark = options.session();
        SparkDocuments docs = options.documents(spark);
        FrameTrends.Trend trend = FramelensSpark.trend(docs, options.analyzer(), lex, o);
        String leftOut = trends.leftOut(trend, trend.skipped().size()
                + trend.rows().stream().mapToLong(FrameTrends.Row::docs).sum());
        if (leftOut != null) {
            err.println(leftOut);
        }
        trends.checkGroups(trend);
        if (trends.xcorr()) {
            err.println("framelens: trends: the cross-correlation describes which series moves first; it is not "
                    + "evidence of causation");
            options.emit(TrendTables.crossCorrelation(FrameTrends.crossCorrelation(trend, trends.maxLag())), spark,
                    spec.commandLine().getOut());
        } else {
            options.emit(TrendTables.trends(trend, trends.by()), spark, spec.commandLine().getOut());
        }
        return 0;
    }
}

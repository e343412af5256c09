package dev.framelens.spark.cli;

import dev.framelens.cli.TrendOptions;
import dev.framelens.spark.FramelensSpark;
import dev.framelens.spark.SparkDocuments;
import dev.framelens.spark.LexiconSpec;
import dev.framelens.table.TrendTables;
import dev.framelens.trend.FrameTrends;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "trends", mixinStandardHelpOptions = true,
        description = {"Frames over time per period of a date (or number) column, per group: the rows of `framelens trends`.",
            "Columns: period, [the --by column,] docs, tokens, alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, "
                + "ci_high (see `framelens trends --help` for the formulas); with --xcorr: group_a, group_b, lag, pairs, r.",
            "Each document is scored on the cluster; each period's (and group's) documents are gathered in corpus order "
                + "and its sums and document bootstrap computed there as the engine computes them.",
            "--chart FILE.html also writes the engine's chart of the table (the index per period with its interval as a "
                + "band, one line per group; offline: Plotly's script is written beside the page)."},
        footer = {"", "Examples:", "  framelens spark trends corpus.parquet --time date --every month --by outlet --out trends.csv",
            "  framelens spark trends corpus.parquet --time date --by outlet --xcorr --max-lag 2",
            "  framelens spark trends corpus.parquet --time date --every quarter --by outlet --chart trends.html"})
final class SparkTrendsCommand implements Callable<Integer> {
    @Mixin
    SparkOptions options;

    @Mixin
    SparkLexiconOptions lexicon;

    @Mixin
    TrendOptions trends;

    @Option(names = "--chart", paramLabel = "FILE.html", description = "Also write the chart as an offline HTML page.")
    Path chart;

    @Mixin
    SparkBootstrapOptions bootstrap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        trends.check();
        FrameTrends.Options o = trends.options(bootstrap.frameOptions(), options.input);
        LexiconSpec lex = lexicon.spec(options.input);
        if (chart != null) {
            TrendOptions.checkChart(chart);
        }
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
        Table table = TrendTables.trends(trend, trends.by());
        if (chart != null) {
            trends.writeChart(chart, table, err);
        }
        if (trends.xcorr()) {
            err.println("framelens: trends: the cross-correlation describes which series moves first; it is not "
                    + "evidence of causation");
            options.emit(TrendTables.crossCorrelation(FrameTrends.crossCorrelation(trend, trends.maxLag())), spark,
                    spec.commandLine().getOut());
        } else {
            options.emit(table, spark, spec.commandLine().getOut());
        }
        return 0;
    }
}

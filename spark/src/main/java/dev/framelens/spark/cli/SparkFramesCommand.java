package dev.framelens.spark.cli;

import dev.framelens.spark.FramelensSpark;
import dev.framelens.spark.LexiconSpec;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "frames", mixinStandardHelpOptions = true,
        description = {"Frame scores per article: the rows of `framelens frames`.",
            "Columns: doc, <metadata…>, tokens, <category>_per_1k…, negated_alarm_per_1k, alarm_per_1k, "
                + "reassurance_per_1k, alarm_index, ci_low, ci_high (see `framelens frames --help`).",
            "The lexicon is the shipped one plus the story packs a local corpus lists in its .packs file; "
                + "--lexicon FILE replaces both, --pack FILE adds a pack, --no-packs leaves the listed ones out. "
                + "It is read on the driver and sent to the executors once."},
        footer = {"", "Examples:", "  framelens spark frames corpus.parquet --out frames.csv",
            "  framelens spark frames s3a://bucket/news.parquet --pack putin-kim.tsv --out s3a://bucket/frames.parquet"})
final class SparkFramesCommand implements Callable<Integer> {
    @Mixin
    SparkOptions options;

    @Mixin
    SparkLexiconOptions lexicon;

    @Mixin
    SparkBootstrapOptions bootstrap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        bootstrap.check();
        LexiconSpec lex = lexicon.spec(options.input);
        SparkSession spark = options.session();
        options.emit(FramelensSpark.frames(options.documents(spark), options.analyzer(), lex, bootstrap.resamples,
                bootstrap.seed, bootstrap.level, spec.commandLine().getErr()::println), spark, spec.commandLine().getOut());
        return 0;
    }
}

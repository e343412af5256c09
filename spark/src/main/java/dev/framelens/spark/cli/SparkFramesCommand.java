package dev.framelens.spark.cli;

import dev.framelens.framing.StoryPack;
import dev.framelens.spark.FramelensSpark;
import dev.framelens.spark.LexiconSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Frame lexicon instead of the shipped one and the packs.")
    Path lexicon;

    @Option(names = "--pack", paramLabel = "FILE", description = "Story pack on top of the lexicon; repeatable.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--no-packs", description = "Leave out the story packs the corpus lists.")
    boolean noPacks;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples per interval, 0 to 100000; 0 skips the interval. Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Base seed of the bootstrap. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.95",
            description = "Coverage of the interval, between 0 and 1. Default: ${DEFAULT-VALUE}.")
    double level;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (resamples < 0 || resamples > 100_000) {
            throw new SparkMain.UsageException("--resamples (" + resamples + ") must be between 0 and 100000");
        }
        if (!(level > 0 && level < 1)) {
            throw new SparkMain.UsageException("--level (" + level + ") must be strictly between 0 and 1, e.g. 0.95");
        }
        LexiconSpec spec = lexicon == null ? LexiconSpec.shipped() : LexiconSpec.file(lexicon);
        Path local = Path.of(options.input.replaceFirst("^file:", ""));
        if (lexicon == null && !noPacks && !options.input.matches("^[a-z][a-z0-9+.-]*://.*") && Files.exists(local)) {
            spec = spec.withPacks(StoryPack.listed(local));
        }
        for (Path p : packs) {
            spec = spec.withPack(p);
        }
        spec.lexicon();
        SparkSession spark = options.session();
        options.emit(FramelensSpark.frames(options.documents(spark), options.analyzer(), spec, resamples, seed, level,
                this.spec.commandLine().getErr()::println), spark, this.spec.commandLine().getOut());
        return 0;
    }
}

package dev.framelens.spark.cli;

import dev.framelens.framing.FrameOptions;
import picocli.CommandLine.Option;

/** The bootstrap options of the commands with an alarm-index interval ({@code frames}, {@code trends}). */
final class SparkBootstrapOptions {
    @Option(names = "--resamples", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples per interval, 0 to 100000; 0 skips the interval. Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Base seed of the bootstrap. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.95",
            description = "Coverage of the interval, between 0 and 1. Default: ${DEFAULT-VALUE}.")
    double level;

    /** Checks the values (a usage error names the option and its range). */
    SparkBootstrapOptions check() {
        if (resamples < 0 || resamples > 100_000) {
            throw new SparkMain.UsageException("--resamples (" + resamples + ") must be between 0 and 100000");
        }
        if (!(level > 0 && level < 1)) {
            throw new SparkMain.UsageException("--level (" + level + ") must be strictly between 0 and 1, e.g. 0.95");
        }
        return this;
    }

    /** The engine's frame options of these settings (the shipped lexicon: jobs take theirs as a LexiconSpec). */
    FrameOptions frameOptions() {
        check();
        return FrameOptions.defaults().resamples(resamples).seed(seed).level(level);
    }
}

package dev.framelens.cli;

import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.Lexicon;
import picocli.CommandLine.Option;

/** The bootstrap options the commands with an alarm-index interval share: resamples, seed, level. */
final class BootstrapOptions {
    @OptionBounds.Range(min = 0, max = OptionBounds.MAX_RESAMPLES, note = "0 skips the interval")
    @Option(names = "--resamples", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples per interval, 0 to " + OptionBounds.MAX_RESAMPLES
                    + "; 0 skips the interval. Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Base seed of the bootstrap. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.95",
            description = "Coverage of the interval, between 0 and 1. Default: ${DEFAULT-VALUE}.")
    double level;

    /**
     * The frame options of these settings with {@code lexicon}; a level out of range is a usage error
     * ({@code --resamples} is checked with the other ranges, {@link OptionBounds}).
     */
    FrameOptions frameOptions(Lexicon lexicon) {
        if (!(level > 0 && level < 1)) {
            throw new Main.UsageException("--level (" + level + ") must be strictly between 0 and 1, e.g. 0.95");
        }
        return FrameOptions.defaults().lexicon(lexicon).resamples(resamples).seed(seed).level(level);
    }
}

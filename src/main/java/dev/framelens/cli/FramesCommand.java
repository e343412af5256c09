package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.Lexicon;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "frames", mixinStandardHelpOptions = true,
        description = {"Frame scores per article: how much alarm and reassurance it carries.",
            "",
            "Columns: doc, <metadata…>, tokens, <category>_per_1k (one per lexicon category), negated_alarm_per_1k, "
                + "alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, ci_high.",
            "",
            "tokens counts every word, stop words included; a merged phrase such as 'north korea' is one token. "
                + "<category>_per_1k = 1000 · summed weight of the category's hits / tokens. An alarm hit with a "
                + "negator among the 3 tokens before it ('won't spell doom') counts as reassurance, in "
                + "negated_alarm_per_1k; reassurance_per_1k includes it. alarm_index = ln((A + 0.5) / (R + 0.5)) "
                + "of the summed weights A (alarm) and R (reassurance), the empirical logit of Lowe et al. 2011: "
                + "0 when the sides balance, positive when alarm outweighs reassurance, unbounded; "
                + "[ci_low, ci_high] is a seeded percentile bootstrap over the article's sentences "
                + "(each article's seed is --seed XOR a hash of its id, so it does not depend on the other articles).",
            "",
            "See the hits behind the numbers with `framelens evidence`; the rules are in docs/LEXICON.md."},
        footer = {"", "Examples:", "  framelens frames seeds",
            "  framelens frames seeds --lexicon my-lexicon.tsv --resamples 5000 --format csv"})
final class FramesCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    LexiconOption lexicon;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples per article; 0 skips the interval. Default: ${DEFAULT-VALUE}.")
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
        if (resamples < 0) {
            throw new Main.UsageException("--resamples (" + resamples + ") must be ≥ 0 (0 skips the interval)");
        }
        if (!(level > 0 && level < 1)) {
            throw new Main.UsageException("--level (" + level + ") must be strictly between 0 and 1, e.g. 0.95");
        }
        FrameOptions options = FrameOptions.defaults().lexicon(lexicon.lexicon()).resamples(resamples).seed(seed).level(level);
        PrintWriter out = spec.commandLine().getOut();
        Corpus c = corpus.read(spec.commandLine().getErr());
        corpus.print(Framelens.of(c, corpus.analyzer()).frameScores(options), out);
        return 0;
    }

    /** The {@code --lexicon FILE} option the framing commands share. */
    static final class LexiconOption {
        @Option(names = "--lexicon", paramLabel = "FILE",
                description = "Frame lexicon to use instead of the shipped one (TSV: category, side, entry, weight; see docs/LEXICON.md).")
        Path file;

        Lexicon lexicon() {
            return file == null ? Lexicon.shipped() : Lexicon.read(file);
        }
    }
}

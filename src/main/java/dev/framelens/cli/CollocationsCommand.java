package dev.framelens.cli;

import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.table.Framelens;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "collocations", mixinStandardHelpOptions = true,
        description = {"Multi-word expressions: bigrams or trigrams of consecutive terms within a sentence,",
            "ranked by Dunning's G² (or NPMI). Columns: collocation, count, prefix_total, last_total, g2, npmi,",
            "pmi, t_score, dice; the 2×2 table pairs the first n−1 words with the last word."},
        footer = {"", "Examples:", "  framelens collocations seeds --top 20", "  framelens collocations seeds --size 3 --measure npmi"})
final class CollocationsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--size", paramLabel = "N", defaultValue = "2", description = "2 (bigrams) or 3 (trigrams). Default: ${DEFAULT-VALUE}.")
    int size;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "g2", description = "Rank by g2, npmi, pmi, t or dice. Default: ${DEFAULT-VALUE}.")
    String measure;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2", description = "Smallest count listed. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @Option(names = "--top", paramLabel = "N", defaultValue = "25", description = "Rows to print; 0 prints every row. Default: ${DEFAULT-VALUE}.")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (size != 2 && size != 3) {
            throw new Main.UsageException("--size (" + size + ") must be 2 or 3");
        }
        if (minCount < 1 || top < 0) {
            throw new Main.UsageException("--min-count must be ≥ 1 and --top ≥ 0");
        }
        PrintWriter err = spec.commandLine().getErr();
        Framelens f = corpus.framelens(corpus.read(err), err);
        corpus.print(f.collocations(size, CooccurrenceOptions.Measure.parse(measure), minCount, top), spec.commandLine().getOut());
        return 0;
    }
}

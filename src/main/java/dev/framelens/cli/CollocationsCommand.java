package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.stats.Measure;
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

    @OptionBounds.Range(min = 2, max = 3)
    @Option(names = "--size", paramLabel = "N", defaultValue = "2", description = "2 (bigrams) or 3 (trigrams). Default: ${DEFAULT-VALUE}.")
    int size;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "g2", completionCandidates = CooccurCommand.Measures.class,
            description = "Rank by ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    String measure;

    @OptionBounds.Range(min = 1)
    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2", description = "Smallest count listed. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @OptionBounds.Range(min = 0, note = "0 prints every row")
    @Option(names = "--top", paramLabel = "N", defaultValue = "25", description = "Rows to print; 0 prints every row. Default: ${DEFAULT-VALUE}.")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Framelens f = corpus.framelens(corpus.read(err), err);
        corpus.print(f.collocations(size, Measure.parse(measure), minCount, top), spec.commandLine().getOut());
        return 0;
    }
}

package dev.framelens.spark.cli;

import dev.framelens.count.Cooccurrence;
import dev.framelens.spark.AnalyzerSpec;
import dev.framelens.spark.FramelensSpark;
import dev.framelens.stats.Measure;
import dev.framelens.table.CooccurrenceOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cooccur", mixinStandardHelpOptions = true,
        description = {"Which terms occur near a term, with association measures: the rows of `framelens cooccur --term`.",
            "Columns: term, neighbor, count, term_total, neighbor_total, pmi, npmi, g2, dice, t_score "
                + "(see `framelens cooccur --help`).",
            "Each partition counts the pairs with the term and every term's pair total; the cluster adds them up and "
                + "only the term's neighbours reach the driver, where the measures are computed and ranked.",
            "Not here: --matrix and --graph (all pairs among the most frequent terms; use `framelens cooccur`)."},
        footer = {"", "Examples:", "  framelens spark cooccur corpus.parquet --term putin --top 0 --out putin.csv",
            "  framelens spark cooccur corpus.parquet --term kim --measure npmi --window 3 --sentence"})
final class SparkCooccurCommand implements Callable<Integer> {
    @Mixin
    SparkOptions options;

    @Option(names = "--term", paramLabel = "T", required = true,
            description = "The term whose neighbours to list (normalised like the text).")
    String term;

    @Option(names = "--window", paramLabel = "K", defaultValue = "5",
            description = "Tokens on each side (window scope), 1 to 1000. Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "window",
            description = "window, sentence or document. Default: ${DEFAULT-VALUE}.")
    String scope;

    @Option(names = "--sentence", description = "Windows do not cross sentence boundaries.")
    boolean sentence;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "g2",
            description = "Rank by pmi, npmi, g2, dice, t_score or count. Default: ${DEFAULT-VALUE}.")
    String measure;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
            description = "Leave out pairs seen fewer than N times. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @Option(names = "--top", paramLabel = "N", defaultValue = "25",
            description = "Rows to print; 0 prints every row. Default: ${DEFAULT-VALUE}.")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (window < 1 || window > MAX_WINDOW) {
            throw new SparkMain.UsageException("--window (" + window + ") must be between 1 and " + MAX_WINDOW);
        }
        CooccurrenceOptions o;
        try {
            o = CooccurrenceOptions.defaults().scope(Cooccurrence.Scope.parse(scope)).window(window)
                    .sentenceBounded(sentence).measure(Measure.parse(measure)).minCount(minCount).top(top);
        } catch (IllegalArgumentException e) {
            throw new SparkMain.UsageException(e.getMessage());
        }
        AnalyzerSpec analyzer = options.analyzer();
        SparkSession spark = options.session();
        FramelensSpark.Neighbors n = FramelensSpark.cooccurrence(options.documents(spark), analyzer, term, o);
        PrintWriter err = spec.commandLine().getErr();
        String normalized = n.term();
        if (n.occurrences() == 0) {
            err.println("framelens: '" + normalized + "' does not occur in " + options.input
                    + (analyzer.analyzer().isStopWord(normalized) ? " (it is a stop word; add --keep-stopwords)"
                            : " (see `framelens terms`)"));
        } else if (n.table().rowCount() == 0) {
            err.println("framelens: '" + normalized + "' has no neighbour seen at least " + minCount
                    + " times; try --min-count 1");
        }
        options.emit(n.table(), spark, spec.commandLine().getOut());
        return 0;
    }

    /** The engine's largest window ({@code OptionBounds.MAX_WINDOW} of its command line). */
    static final int MAX_WINDOW = 1000;
}

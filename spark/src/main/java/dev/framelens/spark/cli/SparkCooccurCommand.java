package dev.framelens.spark.cli;

import dev.framelens.cli.CooccurCommand;

import dev.framelens.count.Cooccurrence;
import dev.framelens.spark.AnalyzerSpec;
import dev.framelens.spark.FramelensSpark;
import dev.framelens.stats.Measure;
import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.table.GraphExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "cooccur", mixinStandardHelpOptions = true,
        description = {"Which terms occur near a term, with association measures: the rows of `framelens cooccur --term`; "
                + "with --matrix N, all pairs among the N most frequent terms (`framelens cooccur --matrix N`).",
            "Columns: term, neighbor, count, term_total, neighbor_total, pmi, npmi, g2, dice, t_score "
                + "(see `framelens cooccur --help`).",
            "Each partition counts the pairs with the term and every term's pair total; the cluster adds them up and "
                + "only the term's neighbours reach the driver, where the measures are computed and ranked.",
            "--matrix N: the terms job ranks the terms on the cluster, each partition counts the pairs of two top terms, "
                + "and at most N²/2 pairs reach the driver; --graph FILE writes them as GraphML (.graphml) or GEXF (.gexf) "
                + "for Gephi, Cytoscape, yEd."},
        footer = {"", "Examples:", "  framelens spark cooccur corpus.parquet --term putin --top 0 --out putin.csv",
            "  framelens spark cooccur corpus.parquet --term kim --measure npmi --window 3 --sentence",
            "  framelens spark cooccur corpus.parquet --matrix 30 --graph network.gexf"})
final class SparkCooccurCommand implements Callable<Integer> {
    @Mixin
    SparkOptions options;

    @Option(names = "--term", paramLabel = "T",
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

    @Option(names = "--matrix", paramLabel = "N",
            description = "Print all pairs among the N most frequent terms instead (N beyond the vocabulary: every term).")
    Integer matrix;

    @Option(names = "--graph", paramLabel = "FILE", description = "With --matrix: also write the network (.graphml or .gexf).")
    Path graph;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // the engine's checks and messages (framelens cooccur)
        CooccurCommand.checkTargets(term, matrix, graph);
        if (matrix != null && matrix < 1) {
            throw new SparkMain.UsageException("--matrix (" + matrix + ") must be ≥ 1");
        }
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
        if (matrix != null) {
            Table t = FramelensSpark.cooccurrenceMatrix(options.documents(spark), analyzer, matrix, o);
            if (graph != null) {
                Files.writeString(graph, graph.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gexf") ? GraphExport.gexf(t) : GraphExport.graphml(t),
                        StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("framelens: wrote " + graph);
            }
            options.emit(t, spark, spec.commandLine().getOut());
            return 0;
        }
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

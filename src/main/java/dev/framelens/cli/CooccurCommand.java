package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.count.Cooccurrence;
import dev.framelens.count.TermStatistics;
import dev.framelens.stats.Measure;
import dev.framelens.table.Columns;
import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.table.CooccurrenceTables;
import dev.framelens.table.TermTables;
import dev.framelens.text.Analyzer;
import java.util.List;
import dev.framelens.table.GraphExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "cooccur", mixinStandardHelpOptions = true,
        description = {"Which terms occur near a term, with association measures.",
            "Columns: term, neighbor, count, term_total, neighbor_total, pmi, npmi, g2, dice, t_score.",
            "Counts are of pairs: c(t,u) in a ±K window (or sentence, or document); term_total = c(t,·),",
            "neighbor_total = c(·,u); measures from that 2×2 table of pair counts (P = all pairs).",
            "With --matrix N: all pairs among the N most frequent terms; --graph FILE writes them as",
            "GraphML (.graphml) or GEXF (.gexf) for Gephi, Cytoscape, yEd."},
        footer = {"", "Examples:", "  framelens cooccur seeds --term putin",
            "  framelens cooccur seeds --term kim --measure npmi --window 3 --sentence",
            "  framelens cooccur seeds --matrix 30 --graph network.gexf"})
public final class CooccurCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--term", paramLabel = "T", description = "The term whose neighbours to list (normalised like the text).")
    String term;

    @OptionBounds.Range(min = 1, max = OptionBounds.MAX_WINDOW)
    @Option(names = "--window", paramLabel = "K", defaultValue = "5",
            description = "Tokens on each side (window scope), 1 to " + OptionBounds.MAX_WINDOW + ". Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "window", description = "window, sentence or document. Default: ${DEFAULT-VALUE}.")
    String scope;

    @Option(names = "--sentence", description = "Windows do not cross sentence boundaries.")
    boolean sentence;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "g2", completionCandidates = Measures.class,
            description = "Rank by ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    String measure;

    @OptionBounds.Range(min = 1)
    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2", description = "Leave out pairs seen fewer than N times. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @OptionBounds.Range(min = 0, note = "0 prints every row")
    @Option(names = "--top", paramLabel = "N", defaultValue = "25", description = "Rows to print; 0 prints every row. Default: ${DEFAULT-VALUE}.")
    int top;

    @OptionBounds.Range(min = 1)
    @Option(names = "--matrix", paramLabel = "N",
            description = "Print all pairs among the N most frequent terms instead (N beyond the vocabulary: every term).")
    Integer matrix;

    @Option(names = "--graph", paramLabel = "FILE", description = "With --matrix: also write the network (.graphml or .gexf).")
    Path graph;

    @Spec
    CommandSpec spec;

    /** The names {@code --measure} takes, for its help: {@link Measure#options()}. */
    static final class Measures implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Measure.options().iterator();
        }
    }

    /**
     * The checks of what {@code cooccur} is asked for, shared with the Spark command line: either
     * {@code --term} or {@code --matrix}, {@code --graph} only with {@code --matrix} and ending in
     * {@code .graphml} or {@code .gexf}.
     *
     * @throws IllegalArgumentException (usage, exit 2) otherwise, saying what to give
     */
    public static void checkTargets(String term, Integer matrix, Path graph) {
        if ((term == null) == (matrix == null)) {
            throw new IllegalArgumentException("give either --term T or --matrix N");
        }
        if (graph != null && matrix == null) {
            throw new IllegalArgumentException("--graph needs --matrix N");
        }
        String g = graph == null ? "" : graph.getFileName().toString().toLowerCase(Locale.ROOT);
        if (graph != null && !g.endsWith(".graphml") && !g.endsWith(".gexf")) {
            throw new IllegalArgumentException("--graph FILE must end in .graphml or .gexf");
        }
    }

    @Override
    public Integer call() throws IOException {
        checkTargets(term, matrix, graph);
        CooccurrenceOptions options = CooccurrenceOptions.defaults()
                .scope(Cooccurrence.Scope.parse(scope)).window(window).sentenceBounded(sentence)
                .measure(Measure.parse(measure)).minCount(minCount).top(top);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Analyzer analyzer = corpus.analyzer();
        // streamed: documents are read one at a time; the pair table holds only the pairs asked for
        if (matrix != null) {
            TermStatistics.Builder terms = new TermStatistics.Builder(analyzer, 1, false);
            corpus.analyze(err, terms);
            List<String> top = TermTables.corpus(terms.build(), matrix).stringColumn(Columns.TERM).asList();
            Cooccurrence.Counter counter = new Cooccurrence.Counter(analyzer, options.settings(), Cooccurrence.Focus.among(top));
            corpus.analyze(err, counter);
            Table t = CooccurrenceTables.matrix(counter.build(), matrix, options);
            if (graph != null) {
                Files.writeString(graph, graph.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gexf") ? GraphExport.gexf(t) : GraphExport.graphml(t), StandardCharsets.UTF_8);
                err.println("framelens: wrote " + graph);
            }
            corpus.print(t, out);
            return 0;
        }
        String normalized = Framelens.normalize(analyzer, term);
        Cooccurrence.Counter counter = new Cooccurrence.Counter(analyzer, options.settings(), Cooccurrence.Focus.on(normalized));
        corpus.analyze(err, counter);
        Cooccurrence co = counter.build();
        Table t = CooccurrenceTables.neighbors(co, normalized, options);
        int id = co.vocabulary().find(normalized);
        if (id < 0 || co.terms().count(id) == 0) {
            err.println("framelens: '" + normalized + "' does not occur in " + corpus.corpus
                    + (analyzer.isStopWord(normalized) ? " (it is a stop word; add --keep-stopwords)" : " (see `framelens terms`)"));
        } else if (t.rowCount() == 0) {
            err.println("framelens: '" + normalized + "' has no neighbour seen at least " + minCount + " times; try --min-count 1");
        }
        corpus.print(t, out);
        return 0;
    }
}

package dev.framelens.cli;

import dev.framelens.count.TermStatistics;
import dev.framelens.table.TableWriter;
import dev.framelens.table.TermTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "terms", mixinStandardHelpOptions = true,
        description = {"Term frequencies of a corpus, or of each document with --by doc.",
            "Columns: term, count, doc_freq, per_1k (corpus) or doc, term, count, per_1k, tf_idf (--by doc).",
            "per_1k counts per 1,000 tokens left after filtering; tf_idf is scikit-learn's default",
            "(smooth idf, L2-normalised rows). Documents are streamed: memory holds the vocabulary, not the text."},
        footer = {"", "Examples:", "  framelens terms seeds --top 15",
            "  framelens terms seeds --by doc --top 5 --format csv", "  framelens terms seeds --ngram 2 --top 20"})
final class TermsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--by", paramLabel = "doc", description = "'doc' for one table row per document and term.")
    String by;

    @OptionBounds.Range(min = 0, note = "0 prints every row")
    @Option(names = "--top", paramLabel = "N", defaultValue = "25",
            description = "Rows to print (per document with --by doc); 0 prints every row. Default: ${DEFAULT-VALUE}.")
    int top;

    @OptionBounds.Range(min = 1, max = OptionBounds.MAX_NGRAM)
    @Option(names = "--ngram", paramLabel = "N", defaultValue = "1",
            description = "Count n-grams of N consecutive terms within a sentence (1 to " + OptionBounds.MAX_NGRAM
                    + "). Default: ${DEFAULT-VALUE}.")
    int ngram;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (by != null && !by.equals("doc")) {
            throw new Main.UsageException("--by takes 'doc' (got '" + by + "')");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean perDoc = by != null;
        TermStatistics.Builder b = new TermStatistics.Builder(corpus.analyzer(), ngram, perDoc);
        corpus.analyze(err, b);
        TermStatistics stats = b.build();
        if (!perDoc && corpus.format() == TableWriter.Format.CSV) {
            try {
                TermTables.corpusCsv(stats, top, corpus.csvMode(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
            return 0;
        }
        corpus.print(perDoc ? TermTables.byDocument(stats, top) : TermTables.corpus(stats, top), out);
        return 0;
    }
}

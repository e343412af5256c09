package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.framing.DocumentSimilarity;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = {"How alike the articles are in words and in framing.",
            "",
            "Columns: doc_a, doc_b, cosine, alarm_index_diff, for every ordered pair of articles (self-pairs "
                + "included) or, with --top-k N and by default beyond 1,000 articles, each article's N nearest "
                + "others (cosine descending). cosine compares the tf-idf vectors of `terms --by doc` (1 = same word profile); "
                + "alarm_index_diff = alarm_index(a) − alarm_index(b) from `frames`."},
        footer = {"", "Examples:", "  framelens similarity seeds", "  framelens similarity news.jsonl --top-k 5", "  framelens similarity seeds --format csv > similarity.csv"})
final class SimilarityCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    FramesCommand.LexiconOption lexicon;

    @OptionBounds.Range(min = 0, note = "0 prints every pair")
    @Option(names = "--top-k", paramLabel = "N",
            description = "Each article's N most similar other articles (by cosine, only those with a term in common),"
                    + " instead of every pair; 0 prints every ordered pair. Default: every pair up to "
                    + "1,000 articles (DocumentSimilarity.ALL_PAIRS_LIMIT), the 10 nearest beyond.")
    Integer topK;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // streamed: memory holds each article's term vector and alarm index, never the text
        Framelens f = corpus.streamed(err);
        int k = topK != null ? topK : -1;
        if (k < 0) {
            // the default: every pair for a corpus of up to ALL_PAIRS_LIMIT articles, the nearest beyond
            int documents = EvidenceCommand.ids(f.documents()).size();
            k = documents > DocumentSimilarity.ALL_PAIRS_LIMIT ? DocumentSimilarity.DEFAULT_TOP_K : 0;
            if (k > 0) {
                err.println("framelens: " + String.format(java.util.Locale.ROOT, "%,d", documents) + " articles: each"
                        + " article's " + k + " nearest (--top-k 0 for every pair)");
            }
        }
        corpus.print(f.similarity(lexicon.lexicon(corpus.corpus), k), out);
        return 0;
    }
}

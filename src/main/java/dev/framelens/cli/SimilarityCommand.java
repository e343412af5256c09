package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = {"How alike the articles are in words and in framing.",
            "",
            "Columns: doc_a, doc_b, cosine, alarm_index_diff, for every ordered pair of articles (self-pairs "
                + "included). cosine compares the tf-idf vectors of `terms --by doc` (1 = same word profile); "
                + "alarm_index_diff = alarm_index(a) − alarm_index(b) from `frames`."},
        footer = {"", "Examples:", "  framelens similarity seeds", "  framelens similarity seeds --format csv > similarity.csv"})
final class SimilarityCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    FramesCommand.LexiconOption lexicon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Corpus c = corpus.read(spec.commandLine().getErr());
        corpus.print(corpus.framelens(c, spec.commandLine().getErr()).similarity(lexicon.lexicon(corpus.corpus)), out);
        return 0;
    }
}

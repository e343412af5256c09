package dev.framelens.cli;

import dev.framelens.corpus.Corpus;
import dev.framelens.count.Cooccurrence;
import dev.framelens.framing.LexiconSuggestions;
import dev.framelens.Framelens;
import dev.framelens.table.ValidationTables;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Candidate entries for a lexicon category, from your corpus, by distributional similarity.",
            "",
            "Each term's vector holds its PPMI weights (context-distribution smoothing 0.75; Church & Hanks 1990, "
                + "Levy, Goldberg & Dagan 2015) over the terms within --window tokens (stop words removed). The "
                + "category's seed words are the terms its entries match on their own (threat* matches threats); "
                + "a candidate's similarity is the cosine of its vector to the centroid of the seeds' unit vectors, "
                + "which ranks as the mean cosine to the seed words does (Watanabe 2021, Latent Semantic Scaling). "
                + "Candidates: terms seen at least --min-count times, with a letter, not stop words and not matched by "
                + "any entry of the lexicon.",
            "",
            "Columns: term, count, similarity, kwic_1, kwic_2 (the first two occurrences with --width tokens each "
                + "side, or the whole sentence with --sentence). The seed words found are listed on stderr. On a small "
                + "corpus the list is noisy: read the KWIC lines before adding a word."},
        footer = {"", "Examples:", "  framelens lexicon suggest seeds --category threat",
            "  framelens lexicon suggest speeches/ --category scepticism --top 50 --min-count 5 --format csv"})
final class LexiconSuggestCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    FramesCommand.LexiconOption lexicon;

    @Option(names = "--category", paramLabel = "C", required = true, description = "The lexicon category to grow.")
    String category;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + LexiconSuggestions.DEFAULT_TOP,
            description = "Suggestions to print; 0 prints all. Default: ${DEFAULT-VALUE}.")
    @OptionBounds.Range(min = 0, note = "0 prints every candidate")
    int top;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "" + LexiconSuggestions.DEFAULT_MIN_COUNT,
            description = "Fewest occurrences of a candidate. Default: ${DEFAULT-VALUE}.")
    @OptionBounds.Range(min = 1)
    int minCount;

    @Option(names = "--window", paramLabel = "K", defaultValue = "" + LexiconSuggestions.DEFAULT_WINDOW,
            description = "Co-occurrence window, tokens on each side. Default: ${DEFAULT-VALUE}.")
    @OptionBounds.Range(min = 1, max = OptionBounds.MAX_WINDOW)
    int window;

    @Option(names = "--width", paramLabel = "N", defaultValue = "6",
            description = "KWIC context, tokens on each side. Default: ${DEFAULT-VALUE}.")
    @OptionBounds.Range(min = 0, max = OptionBounds.MAX_WINDOW)
    int width;

    @Option(names = "--sentence", description = "KWIC lines are whole sentences instead of --width tokens.")
    boolean sentence;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var lex = lexicon.lexicon(corpus.corpus);
        lex.category(category); // an unknown category fails before the corpus is read
        PrintWriter err = spec.commandLine().getErr();
        Corpus c = corpus.read(err);
        Framelens f = corpus.framelens(c, err);
        LexiconSuggestions.Result r = LexiconSuggestions.suggest(f.cooccurrenceCounts(Cooccurrence.Settings.window(window)),
                f.analyzer(), lex, category, minCount, top);
        int shown = Math.min(r.seeds().size(), 12);
        err.println("framelens: " + r.seeds().size() + " seed term" + (r.seeds().size() == 1 ? " of " + category
                + " occurs: " : "s of " + category + " occur: ")+ String.join(", ", r.seeds().subList(0, shown))
                + (shown < r.seeds().size() ? ", …" : ""));
        corpus.print(ValidationTables.suggestions(c, f.analyzer(), r, sentence ? -1 : width), spec.commandLine().getOut());
        return 0;
    }
}

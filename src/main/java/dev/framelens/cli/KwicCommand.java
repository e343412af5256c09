package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.table.Kwic;
import dev.framelens.table.TableWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "kwic", mixinStandardHelpOptions = true,
        description = {"Keyword in context: every occurrence of a term with the text around it, as written.",
            "Columns: doc, sentence, start, end, left, keyword, right (start/end: character offsets).",
            "The context is the keyword's whole sentence unless --width sets a number of tokens (or characters).",
            "The table format right-aligns the left context against the keyword and cuts a context longer than",
            TableWriter.Context.WIDTH + " characters on the side away from the keyword (…); csv and json keep the contexts whole."},
        footer = {"", "Examples:", "  framelens kwic seeds --term pariahs", "  framelens kwic seeds --term \"Kim Jong Un\" --width 5", "  framelens kwic seeds --term putin --width 60 --chars"})
final class KwicCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--term", paramLabel = "T", required = true, description = "The keyword (a word or a phrase from the phrase list).")
    String term;

    @OptionBounds.Range(min = 0)
    @Option(names = "--width", paramLabel = "N",
            description = "Context on each side in tokens (or characters with --chars) instead of the whole sentence;"
                    + " more than the document holds gives all of it.")
    Integer width;

    @Option(names = "--chars", description = "Measure --width in characters.")
    boolean chars;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (chars && width == null) {
            throw new Main.UsageException("--chars needs --width N");
        }
        PrintWriter err = spec.commandLine().getErr();
        Framelens f = corpus.streamed(err); // streamed: memory holds the rows
        Table t = width == null ? f.kwic(term) : f.kwic(term, width, chars);
        if (t.rowCount() == 0) {
            err.println("framelens: '" + f.normalize(term) + "' does not occur in " + corpus.corpus);
        }
        corpus.print(t, spec.commandLine().getOut(), Kwic.CONTEXTS);
        return 0;
    }
}

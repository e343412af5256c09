package dev.framelens.cli;

import dev.framelens.table.FrameTables;
import dev.framelens.table.TableWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = {"Prints the frame lexicon in use.",
            "",
            "The shipped general lexicon, or --lexicon FILE after checking it, with the story packs of --pack "
                + "and, with --corpus CORPUS, those the corpus lists in its framelens.packs file. Columns: category, "
                + "side, entry, weight, pattern, requires, forbids, precision, units, source. entry is written as it "
                + "is matched: words as the tokenizer emits them, a trailing * for a prefix pattern (pattern = "
                + "prefix); requires and forbids are its context conditions; precision and units its precision on "
                + "the gold standard's dev half (NaN and 0 without coded units); source the file it comes from."},
        subcommands = LexiconSuggestCommand.class,
        footer = {"", "Examples:", "  framelens lexicon", "  framelens lexicon --corpus seeds",
            "  framelens lexicon --lexicon my-lexicon.tsv --pack lexicons/putin-kim.tsv --format csv",
            "  framelens lexicon suggest seeds --category threat   (candidate entries from a corpus)"})
final class LexiconCommand implements Callable<Integer> {
    @Mixin
    FramesCommand.LexiconOption lexicon;

    @Option(names = "--corpus", paramLabel = "CORPUS",
            description = "Also load the story packs this corpus lists (unless --no-packs).")
    Path corpus;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TableWriter.Format f = output.format();
        if (corpus != null && !java.nio.file.Files.exists(corpus)) {
            throw new Main.UsageException(corpus + ": no such file or folder; give the corpus whose story packs to load");
        }
        PrintWriter out = spec.commandLine().getOut();
        TableWriter.write(FrameTables.lexicon(lexicon.lexicon(corpus)), f, output.csvMode(), out);
        out.flush();
        return 0;
    }
}

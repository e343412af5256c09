package dev.framelens.cli;

import dev.framelens.table.FrameTables;
import dev.framelens.table.TableWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = {"Prints the frame lexicon in use.",
            "",
            "The shipped lexicon, or --lexicon FILE after checking it. Columns: category, side, entry, weight, "
                + "pattern. entry is written as it is matched: words as the tokenizer emits them, a trailing * "
                + "for a prefix pattern (pattern = prefix)."},
        subcommands = LexiconSuggestCommand.class,
        footer = {"", "Examples:", "  framelens lexicon", "  framelens lexicon --lexicon my-lexicon.tsv --format csv",
            "  framelens lexicon suggest seeds --category threat   (candidate entries from a corpus)"})
final class LexiconCommand implements Callable<Integer> {
    @Mixin
    FramesCommand.LexiconOption lexicon;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: table (aligned, default), csv, json, md or html.")
    String format;

    @Option(names = "--csv-raw", description = "CSV cells as they are (no leading ' on cells starting with = + - @).")
    boolean csvRaw;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TableWriter.Format f = TableWriter.Format.parse(format);
        PrintWriter out = spec.commandLine().getOut();
        TableWriter.write(FrameTables.lexicon(lexicon.lexicon()), f, CorpusOptions.csvMode(csvRaw), out);
        out.flush();
        return 0;
    }
}

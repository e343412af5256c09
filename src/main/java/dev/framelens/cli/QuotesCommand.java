package dev.framelens.cli;

import dev.framelens.corpus.Document;
import dev.framelens.table.VoiceColumns;
import dev.framelens.table.VoiceTables;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"The quotations of each article and who is quoted: direct, partial and indirect (reported) speech.",
            "",
            "Columns: doc, start, end, text, speaker, speaker_start, speaker_end, cue, kind — one row per quotation. "
                + "start/end are the offsets of the quoted text without its quotation marks (of the reported clause "
                + "for indirect speech); speaker is the source in the fullest form the article uses (\"Emanuel told "
                + "CNN\" → Rahm Emanuel; he/she and \"the spokesman\" resolved to an earlier speaker), empty when "
                + "unknown; speaker_start/end locate the mention that names it (-1: none); cue is the attribution "
                + "word (said, told, according to, …); kind is direct (quoted words, a clause or more), partial "
                + "(a quoted phrase inside the author's sentence) or indirect (a cue and a reported clause).",
            "",
            "Rule-based, for English news; the patterns and their known failures are in docs/QUOTES.md. On the "
                + "five seeds the finder is measured against a hand-coded gold standard (gold/quotes/)."},
        footer = {"", "Examples:", "  framelens quotes seeds",
            "  framelens quotes seeds --doc 000_d54235d511f720fa --kind direct",
            "  framelens quotes corpus.jsonl --format csv > quotes.csv"})
final class QuotesCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document.")
    String doc;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only these kinds: direct, indirect, partial (comma-separated).")
    List<String> kinds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (kinds != null) {
            for (String k : kinds) {
                if (!List.of("direct", "indirect", "partial").contains(k.toLowerCase(Locale.ROOT))) {
                    throw new Main.UsageException("--kind " + k + " is unknown; use direct, indirect or partial");
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Table table = VoiceTables.quotations(List.of());
        boolean[] seen = {false};
        corpus.stream(spec.commandLine().getErr(), (Document d) -> {
            if (doc == null || doc.equals(d.id())) {
                seen[0] |= doc != null;
                table.append(VoiceTables.quotations(List.of(d)));
            }
        });
        if (doc != null && !seen[0]) {
            throw new Main.UsageException("--doc " + doc + ": no such document in " + corpus.corpus);
        }
        Table shown = table;
        if (kinds != null) {
            List<String> wanted = kinds.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
            shown = table.where(table.stringColumn(VoiceColumns.KIND).isIn(wanted));
            shown.setName(table.name());
        }
        corpus.print(shown, out);
        return 0;
    }
}

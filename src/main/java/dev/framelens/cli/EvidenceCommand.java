package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.corpus.DocumentSource;
import dev.framelens.framing.Side;
import dev.framelens.table.Columns;
import dev.framelens.table.TableWriter;
import dev.framelens.table.VoiceColumns;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = {"The sentences behind an article's frame scores, with the most hits first.",
            "",
            "Columns: doc, side, sentence, hits, start, end, text, entries, speakers, quoted. For each side (alarm, then "
                + "reassurance) the sentences with hits of that side, ranked by hits, ties by sentence number. "
                + "start/end are character offsets of the sentence in the article text; entries lists each "
                + "matched lexicon entry with its category, and the negator of a negated alarm hit (which counts "
                + "as reassurance) or the negation rule that kept an alarm hit ('not negated: emphasis after not'), and "
                + "the speaker of a hit in quoted text ('quoted: Rahm Emanuel'). speakers lists who is quoted in the "
                + "sentence ('?' for an unknown source) and quoted their words, Speaker: \u201Cwords\u201D per quotation "
                + "(quotations as `framelens quotes` finds them; empty when the sentence is all the author's).",
            "",
            "The default table format prints each sentence in full; csv, json and md print the table."},
        footer = {"", "Examples:", "  framelens evidence seeds --doc 001",
            "  framelens evidence seeds --doc 004_4c8abcd919c740dd --side alarm --top 3 --format csv"})
final class EvidenceCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    FramesCommand.LexiconOption lexicon;

    @Option(names = "--doc", paramLabel = "ID", required = true,
            description = "The article: its id, or a prefix of exactly one id (001).")
    String doc;

    @Option(names = "--side", paramLabel = "SIDE", description = "Only alarm or reassurance sentences.")
    String side;

    @OptionBounds.Range(min = 0, note = "0 prints every sentence")
    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Sentences per side; 0 prints all. Default: ${DEFAULT-VALUE}.")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Side only = side == null ? null : Side.parse(side);
        PrintWriter out = spec.commandLine().getOut();
        // streamed: one pass for the ids, one that keeps only the article asked for
        Framelens f = corpus.streamed(spec.commandLine().getErr());
        String id = resolve(ids(f.documents()), doc);
        Table t = f.evidence(id, only, top, lexicon.lexicon(corpus.corpus));
        if (corpus.format() == TableWriter.Format.TABLE) {
            out.print(listing(t));
            out.flush();
        } else {
            corpus.print(t, out);
        }
        return 0;
    }

    /** The ids of the documents, in corpus order (one pass). */
    static List<String> ids(DocumentSource documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(d -> ids.add(d.id()));
        return ids;
    }

    /** Sentences in full, one block each. */
    static String listing(Table t) {
        StringBuilder b = new StringBuilder();
        if (t.rowCount() == 0) {
            return "(no frame hits)\n";
        }
        for (int r = 0; r < t.rowCount(); r++) {
            int hits = t.intColumn(Columns.HITS).get(r);
            b.append(String.format(Locale.ROOT, "%s  %s  sentence %d  %d hit%s  [%d, %d)%n",
                    t.stringColumn(Columns.DOC).get(r), t.stringColumn(Columns.SIDE).get(r),
                    t.intColumn(Columns.SENTENCE).get(r), hits, hits == 1 ? "" : "s",
                    t.intColumn(Columns.START).get(r), t.intColumn(Columns.END).get(r)));
            b.append("  ").append(t.stringColumn(Columns.TEXT).get(r).replaceAll("\\s+", " ")).append('\n');
            b.append("  entries: ").append(t.stringColumn(Columns.ENTRIES).get(r)).append('\n');
            String quoted = t.stringColumn(VoiceColumns.QUOTED).get(r);
            if (!quoted.isEmpty()) {
                b.append("  quoted: ").append(quoted.replaceAll("\\s+", " ")).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * A document id as typed: the exact id, or a prefix of exactly one id.
     *
     * @throws Main.UsageException listing the ids when none or several match
     */
    static String resolve(List<String> all, String typed) {
        if (new java.util.HashSet<>(all).contains(typed)) {
            return typed;
        }
        List<String> matches = new ArrayList<>();
        for (String id : all) {
            if (id.startsWith(typed)) {
                matches.add(id);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new Main.UsageException("no document '" + typed + "' in the corpus; ids are "
                    + (all.size() > 20 ? all.subList(0, 20) + " … (" + all.size() + " in all)" : all.toString()));
        }
        throw new Main.UsageException("'" + typed + "' is the start of several ids " + matches + "; type more of it");
    }
}

package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.framing.CompareOptions;
import dev.framelens.stats.LogOdds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Terms that distinguish two groups of articles (Fightin' Words).",
            "",
            "Columns: term, count_a, count_b, per_1k_a, per_1k_b, delta, z, g2; positive means over-represented "
                + "in group a. delta is the log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi "
                + "& Quinn (2008), alpha_w = alpha0 · the term's share of both groups' tokens (or of --background); "
                + "z = delta / its standard error; g2 is Dunning's four-cell G², signed. Tokens are those "
                + "`framelens tokens` prints (stop words removed unless --keep-stopwords, phrases merged).",
            "",
            "Groups: --by COLUMN --a V --b V, or --docs-a/--docs-b. With --by alone, a column with two values "
                + "is compared first against second (sorted); one with more values one-vs-rest, each value against "
                + "all other articles, with a 'group' column first.",
            "",
            "Rows are sorted by z; --top N keeps the N terms with the highest z (group a) and the N with the "
                + "lowest (group b); --top 0 prints every term."},
        footer = {"", "Examples:", "  framelens compare seeds --by stance --a reassuring --b alarmed",
            "  framelens compare seeds --by stance --a reassuring --b alarmed \\",
            "      --alpha0 500 --top 0 --format csv",
            "  framelens compare seeds --by outlet --top 5",
            "  framelens compare seeds --docs-a 001 --docs-b 000,004"})
final class CompareCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--by", paramLabel = "COLUMN", description = "Metadata column that defines the groups (e.g. stance, outlet).")
    String by;

    @Option(names = "--a", paramLabel = "V", description = "Value of --by for group a.")
    String a;

    @Option(names = "--b", paramLabel = "V", description = "Value of --by for group b.")
    String b;

    @Option(names = "--docs-a", paramLabel = "ID,ID", split = ",", description = "Group a as article ids (or unique id prefixes).")
    List<String> docsA;

    @Option(names = "--docs-b", paramLabel = "ID,ID", split = ",", description = "Group b as article ids (or unique id prefixes).")
    List<String> docsB;

    @Option(names = "--alpha0", paramLabel = "A", defaultValue = "500",
            description = "Prior weight alpha0 in pseudo-tokens. Default: ${DEFAULT-VALUE}.")
    double alpha0;

    @OptionBounds.Range(min = 1)
    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1",
            description = "Leave out terms with count_a + count_b below N. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @OptionBounds.Range(min = 0, note = "0 prints every term")
    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Keep the N most over-represented terms of each group; 0 prints every term. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--background", paramLabel = "CORPUS",
            description = "Take the prior from this corpus (add-one smoothed term shares) instead of the two groups.")
    Path background;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(alpha0 > 0) || Double.isInfinite(alpha0)) {
            throw new Main.UsageException("--alpha0 (" + alpha0 + ") must be a finite number > 0 (default "
                    + LogOdds.DEFAULT_ALPHA0 + ")");
        }
        boolean lists = docsA != null || docsB != null;
        if (lists && (docsA == null || docsB == null)) {
            throw new Main.UsageException("give both --docs-a and --docs-b");
        }
        if (lists && (by != null || a != null || b != null)) {
            throw new Main.UsageException("give either --by (with --a/--b) or --docs-a/--docs-b, not both");
        }
        if (!lists && by == null) {
            throw new Main.UsageException("give the groups: --by COLUMN [--a V --b V], or --docs-a ID,ID --docs-b ID,ID");
        }
        if ((a == null) != (b == null)) {
            throw new Main.UsageException("give both --a and --b (or neither, to compare every value of --by)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompareOptions options = CompareOptions.defaults().alpha0(alpha0).minCount(minCount).top(top);
        if (background != null) {
            options = options.background(CorpusReader.source(background,
                    CorpusReader.Options.defaults().withRaw(corpus.raw).withWarnings(err::println)));
        }
        // streamed: memory holds the term counts of each group, never the text
        Framelens f = corpus.streamed(err);
        Table t;
        if (lists) {
            List<String> ids = EvidenceCommand.ids(f.documents());
            t = f.compareDocuments(resolve(ids, docsA), resolve(ids, docsB), options);
        } else if (a != null) {
            t = f.compare(by, a, b, options);
        } else {
            dev.framelens.ColumnGroups groups = f.groupCounts(by);
            List<String> values = groups.values();
            if (values.size() == 2) {
                err.println("framelens: group a = " + by + " '" + values.get(0) + "', group b = '" + values.get(1)
                        + "' (use --a and --b to choose)");
                t = f.compare(groups, by, values.get(0), values.get(1), options);
            } else {
                t = f.compareOneVsRest(groups, options);
            }
        }
        corpus.print(t, out);
        return 0;
    }

    private static List<String> resolve(List<String> c, List<String> typed) {
        List<String> ids = new ArrayList<>();
        for (String t : typed) {
            if (!t.isBlank()) {
                ids.add(EvidenceCommand.resolve(c, t.strip()));
            }
        }
        return ids;
    }
}

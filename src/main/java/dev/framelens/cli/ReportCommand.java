package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.framing.StoryPack;
import dev.framelens.report.OutputFolderException;
import dev.framelens.report.Report;
import dev.framelens.report.ReportOptions;
import dev.framelens.trend.Every;
import dev.framelens.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The framing report: one self-contained HTML page (DIR/index.html) with the corpus summary,",
            "frame scores with intervals, category profile, distinctive terms between two groups, actors",
            "× frames, co-occurrence and similarity heatmaps, top terms, the tables behind every chart",
            "(sortable, with CSV downloads) and the evidence sentences with the matched entries highlighted.",
            "Works offline: Plotly's script is written next to the page. The report is built in a",
            "temporary folder and moved into place, so an interrupted run never leaves half a report.",
            "DIR may hold your own files: a report replaces only the files an earlier report listed in",
            "DIR/.framelens-report (and only while unchanged); it never writes into or around the corpus.",
            "Without --by, a metadata column 'stance' with two values is compared (the smaller group as a).",
            "'Whose frame' splits each article into the author's and the quoted words (see docs/QUOTES.md);",
            "'Over time' scores the periods of --time COLUMN, or of a column named date, time or year.",
            "A corpus of more than 200 articles or 2,000,000 tokens gets the report at scale: groups (--by, else",
            "outlet, else stance) with their alarm index, interval and distribution instead of one row per",
            "article, the 10 most and 10 least alarmed articles with their evidence, every article's scores in",
            "frame_scores.csv; similarity and the list of every hit are left out. The page stays under 2 MB."},
        footer = {"", "Examples:", "  framelens report seeds", "  framelens report seeds --out /tmp/seeds-report --open",
            "  framelens report corpus.jsonl --by outlet --a \"Wire A\" --b \"Wire B\""})
/** {@code framelens report}: {@link Report#standard} of the corpus, written into {@code --out}. */
final class ReportCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report", description = "Folder of the report. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--by", paramLabel = "COLUMN", description = "Metadata column whose groups are compared.")
    String by;

    @Option(names = "--a", paramLabel = "V", description = "Value of --by for group a.")
    String a;

    @Option(names = "--b", paramLabel = "V", description = "Value of --by for group b.")
    String b;

    @Option(names = "--time", paramLabel = "COLUMN",
            description = "Metadata column of dates or numbers for the 'Over time' section. Default: the first of "
                    + "date, time, year that the corpus has (the section is left out without one).")
    String time;

    @Option(names = "--every", paramLabel = "PERIOD", defaultValue = "year",
            description = "Periods of the 'Over time' section: year, quarter, month, week, day, or a number width. "
                    + "Default: ${DEFAULT-VALUE}.")
    String every;

    @Mixin
    FramesCommand.LexiconOption lexicon;

    @Mixin
    BootstrapOptions bootstrap;

    @Option(names = "--open", description = "Open the report in the default browser when done.")
    boolean open;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Main.preloadTablesaw();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((a == null) != (b == null)) {
            throw new Main.UsageException("give both --a and --b, or neither");
        }
        if (a != null && by == null) {
            throw new Main.UsageException("--a and --b need --by COLUMN");
        }
        try {
            ReportWriter.checkApart(out, corpus.corpus);
            ReportWriter.check(out);
        } catch (OutputFolderException e) {
            throw new Main.UsageException(e.getMessage());
        }
        boolean large = CorpusReader.size(corpus.corpus) >= Progress.THRESHOLD;
        Consumer<String> stage = large ? s -> err.println("framelens: " + s) : s -> { };
        stage.accept("reading " + corpus.corpus);
        // streamed: a large corpus is reported from one pass (plus one for co-occurrence), a small one is read whole
        Framelens f = corpus.streamed(err).named(Framelens.nameOf(corpus.corpus))
                .withActors(StoryPack.actors(lexicon.packs(corpus.corpus)));
        ReportOptions options = ReportOptions.defaults().progress(stage).frames(bootstrap.frameOptions(lexicon.lexicon(corpus.corpus)));
        if (by != null) {
            options = a == null ? options.compare(by) : options.compare(by, a, b);
        }
        options = options.every(Every.parse(every));
        if (time != null) {
            options = options.time(time);
        }
        Path index;
        try {
            index = Report.standard(f, options).write(out, corpus.csvMode(), stage);
        } catch (OutputFolderException e) {
            throw new Main.UsageException(e.getMessage());
        }
        stdout.println(index.toAbsolutePath().normalize());
        stdout.flush();
        if (open) {
            openInBrowser(index, err);
        }
        return 0;
    }

    private static void openInBrowser(Path index, PrintWriter err) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> cmd = os.contains("mac") ? List.of("open", index.toString())
                : os.contains("win") ? List.of("cmd", "/c", "start", "", index.toString())
                : List.of("xdg-open", index.toString());
        try {
            new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            err.println("framelens: could not open a browser (" + cmd.get(0) + "): open " + index + " yourself");
        }
    }
}

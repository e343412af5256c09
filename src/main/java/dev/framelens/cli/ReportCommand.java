package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.corpus.Document;
import dev.framelens.framing.ActorFrames;
import dev.framelens.framing.Actors;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.StoryPack;
import dev.framelens.report.OutputFolderException;
import dev.framelens.report.ReportData;
import dev.framelens.report.ReportWriter;
import dev.framelens.table.FrameTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The framing report: one self-contained HTML page (DIR/index.html) with the corpus summary,",
            "frame scores with intervals, category profile, distinctive terms between two groups, actors",
            "× frames, co-occurrence and similarity heatmaps, top terms, the tables behind every chart",
            "(sortable, with CSV downloads) and the evidence sentences with the matched entries highlighted.",
            "Works offline: Plotly's script is written next to the page. The report is built in a",
            "temporary folder and moved into place, so an interrupted run never leaves half a report.",
            "DIR may hold your own files: a report replaces only the files an earlier report listed in",
            "DIR/.framelens-report (and only while unchanged); it never writes into or around the corpus.",
            "Without --by, a metadata column 'stance' with two values is compared (the smaller group as a)."},
        footer = {"", "Examples:", "  framelens report seeds", "  framelens report seeds --out /tmp/seeds-report --open",
            "  framelens report corpus.jsonl --by outlet --a \"Wire A\" --b \"Wire B\""})
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

    @Mixin
    FramesCommand.LexiconOption lexicon;

    @Option(names = "--open", description = "Open the report in the default browser when done.")
    boolean open;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
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
        Corpus c = corpus.read(err);
        Framelens f = corpus.framelens(c, err);
        List<StoryPack> packs = lexicon.packs(corpus.corpus);
        FrameOptions frameOptions = FrameOptions.defaults().lexicon(lexicon.lexicon(corpus.corpus));
        Actors storyActors = StoryPack.actors(packs);
        stage.accept("frame scores");
        Table scores = f.frameScores(frameOptions);
        ReportData.Comparison comparison = comparison(f, c, stage);
        stage.accept("terms and co-occurrence");
        Table terms = f.termFrequencies();
        Table matrix = f.cooccurrenceMatrix(15);
        stage.accept("actors, similarity and evidence");
        Table actors = storyActors == null ? FrameTables.actorsOverall(List.of())
                : f.actorsOverall(storyActors, ActorFrames.DEFAULT_WINDOW, frameOptions.lexicon());
        Table similarity = f.similarity(frameOptions.lexicon());
        Table hits = f.frameHits(frameOptions.lexicon());
        Table evidence = null;
        for (Document d : c) {
            Table e = f.evidence(d.id(), null, 5, frameOptions.lexicon());
            evidence = evidence == null ? e : evidence.append(e);
        }
        String name = corpus.corpus.toAbsolutePath().normalize().getFileName() == null ? corpus.corpus.toString()
                : corpus.corpus.toAbsolutePath().normalize().getFileName().toString();
        ReportData data = new ReportData("framelens report: " + name, ReportData.Summary.of(name, scores), scores,
                comparison, terms, matrix, actors, similarity, hits, evidence);
        Path index;
        try {
            index = ReportWriter.write(data, out, corpus.csvMode(), stage);
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

    /** The comparison the report shows, or null when the corpus has no two groups to compare. */
    private ReportData.Comparison comparison(Framelens f, Corpus c, Consumer<String> stage) {
        String column = by;
        String va = a;
        String vb = b;
        if (column == null) {
            if (!c.metadataColumns().contains("stance")) {
                return null;
            }
            column = "stance";
        } else if (!c.metadataColumns().contains(column)) {
            throw new Main.UsageException("--by: no metadata column '" + column + "'; columns are " + c.metadataColumns());
        }
        if (va == null) {
            Map<String, Integer> sizes = new TreeMap<>();
            for (Document d : c) {
                String v = d.meta(column);
                if (!v.isEmpty()) {
                    sizes.merge(v, 1, Integer::sum);
                }
            }
            if (sizes.size() != 2) {
                if (by != null) {
                    throw new Main.UsageException("--by " + column + " has " + sizes.size() + " values " + sizes.keySet()
                            + "; choose two with --a V --b V");
                }
                return null;
            }
            List<String> values = new ArrayList<>(sizes.keySet());
            // the smaller group is a (ties: sorted order), so the odd one out is read against the rest
            boolean swap = sizes.get(values.get(1)) < sizes.get(values.get(0));
            va = values.get(swap ? 1 : 0);
            vb = values.get(swap ? 0 : 1);
        }
        stage.accept("comparing " + column + " = " + va + " with " + vb);
        return new ReportData.Comparison(f.compare(column, va, vb), column, va, vb);
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

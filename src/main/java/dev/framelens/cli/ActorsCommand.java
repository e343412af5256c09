package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.framing.Actors;
import dev.framelens.framing.Lexicon;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Actors × frames: frame hits near each actor's mentions.",
            "",
            "Columns: actor, mentions, category, side, hits (over the corpus), or doc first with --by doc. "
                + "A hit is near a mention when it lies within K tokens of it (every word counts, stop words "
                + "included; the window may cross sentences); a hit near several mentions of an actor counts once "
                + "for that actor. negated_alarm collects negated alarm hits. Every actor with mentions gets a row "
                + "for every category, zeros included, so the table fills a heatmap.",
            "",
            "--by speaker: who says what about whom. Columns: voice, speaker, actor, side, hits: for the author "
                + "(voice author, no speaker) and each quoted speaker (as `framelens quotes` resolves them; ? when "
                + "unknown), the hits of each side in their words near each actor (a negated alarm hit counts as "
                + "reassurance); speakers most quoted first.",
            "",
            "Actors are story-bound: they come with the story packs the corpus lists (the seeds: "
                + "lexicons/putin-kim.actors.tsv beside lexicons/putin-kim.tsv), with --pack FILE, or with --actors FILE."},
        footer = {"", "Examples:", "  framelens actors seeds", "  framelens actors seeds --by doc --window 5 --format csv",
            "  framelens actors seeds --by speaker",
            "  framelens actors seeds --actors my-actors.tsv"})
final class ActorsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    FramesCommand.LexiconOption lexicon;

    @OptionBounds.Range(min = 0, max = OptionBounds.MAX_WINDOW)
    @Option(names = "--window", paramLabel = "K", defaultValue = "10",
            description = "Tokens on each side of a mention, 0 to " + OptionBounds.MAX_WINDOW + ". Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Actor list to use instead of the story packs' (TSV: actor, term; see docs/LEXICON.md).")
    Path actorsFile;

    @Option(names = "--by", paramLabel = "VIEW",
            description = "'doc' for one row per article, actor and category; 'speaker' for one per voice, speaker, "
                    + "actor and side.")
    String by;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (by != null && !by.equals("doc") && !by.equals("speaker")) {
            throw new Main.UsageException("--by takes 'doc' or 'speaker' (got '" + by + "')");
        }
        Actors actors = actorsFile != null ? Actors.read(actorsFile) : lexicon.actors(corpus.corpus);
        if (actors == null) {
            throw new Main.UsageException("no actor list for " + corpus.corpus + ": give --actors FILE, or --pack FILE with "
                    + "actors beside it (as lexicons/putin-kim.actors.tsv is beside lexicons/putin-kim.tsv)");
        }
        PrintWriter out = spec.commandLine().getOut();
        // streamed: memory holds the rows (per document) or one cell per actor and category
        Framelens f = corpus.streamed(spec.commandLine().getErr());
        Lexicon l = lexicon.lexicon(corpus.corpus);
        corpus.print(by == null ? f.actorsOverall(actors, window, l)
                : by.equals("doc") ? f.actors(actors, window, l) : f.actorsBySpeaker(actors, window, l), out);
        return 0;
    }
}

package dev.framelens.cli;

import dev.framelens.Framelens;
import dev.framelens.framing.Actors;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.Lexicon;
import dev.framelens.framing.StoryPack;
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

@Command(name = "frames", mixinStandardHelpOptions = true,
        description = {"Frame scores per article: how much alarm and reassurance it carries.",
            "",
            "Columns: doc, <metadata…>, tokens, <category>_per_1k (one per lexicon category), negated_alarm_per_1k, "
                + "alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, ci_high.",
            "",
            "tokens counts every word, stop words included; a merged phrase such as 'north korea' is one token. "
                + "<category>_per_1k = 1000 · summed weight of the category's hits / tokens. An alarm hit with a "
                + "negator among the 5 tokens before it in its clause ('won't spell doom') counts as reassurance, in "
                + "negated_alarm_per_1k, unless a negation rule says otherwise ('not only', 'will not allow … to'); "
                + "reassurance_per_1k includes it. alarm_index = ln((A + 0.5) / (R + 0.5)) "
                + "of the summed weights A (alarm) and R (reassurance), the empirical logit of Lowe et al. 2011: "
                + "0 when the sides balance, positive when alarm outweighs reassurance, unbounded; "
                + "[ci_low, ci_high] is a seeded percentile bootstrap over the article's sentences "
                + "(each article's seed is --seed XOR a hash of its id, so it does not depend on the other articles).",
            "",
            "The lexicon is the shipped general one plus the story packs the corpus lists in framelens.packs "
                + "(the seeds: lexicons/putin-kim.tsv); --no-packs leaves the packs out, --lexicon FILE replaces both, "
                + "--pack FILE adds a pack.",
            "",
            "--by voice splits each article into the author's words and the quoted words (direct, partial and "
                + "indirect quotations found as `framelens quotes` finds them): two rows per article, author then "
                + "quoted, with a voice column before tokens; each row counts only the hits and tokens of its voice "
                + "(a hit or token is quoted when its first character lies inside a quotation), so the two rows' "
                + "tokens and weights add up to the article's row; see docs/QUOTES.md.",
            "",
            "See the hits behind the numbers with `framelens evidence`; the rules are in docs/LEXICON.md."},
        footer = {"", "Examples:", "  framelens frames seeds",
            "  framelens frames seeds --lexicon my-lexicon.tsv --resamples 5000 --format csv",
            "  framelens frames seeds --by voice",
            "  framelens frames speeches.jsonl --pack lexicons/putin-kim.tsv"})
final class FramesCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    LexiconOption lexicon;

    @Mixin
    BootstrapOptions bootstrap;

    /** The views of {@code --by}. */
    enum View { voice }

    @Option(names = "--by", paramLabel = "VIEW",
            description = "voice: one row per article and voice (author, quoted) instead of one per article.")
    View by;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FrameOptions options = bootstrap.frameOptions(lexicon.lexicon(corpus.corpus));
        PrintWriter out = spec.commandLine().getOut();
        // streamed: memory holds each article's scores and metadata, never the text (--by voice reads the
        // corpus into memory: the voices' scores come from the in-memory analysis)
        Framelens f = corpus.streamed(spec.commandLine().getErr());
        corpus.print(by == View.voice ? f.frameScoresByVoice(options) : f.frameScores(options), out);
        return 0;
    }

    /**
     * The lexicon options the framing commands share. By default the lexicon is the shipped general
     * one plus the story packs the corpus lists in {@code framelens.packs}; {@code --lexicon FILE}
     * replaces both (the file is the whole instrument), {@code --no-packs} leaves out the listed
     * packs, and {@code --pack FILE} (repeatable) adds a pack in every case.
     */
    static final class LexiconOption {
        @Option(names = "--lexicon", paramLabel = "FILE",
                description = "Frame lexicon to use instead of the shipped general one and the corpus's story packs "
                        + "(TSV: category, side, entry, weight, requires, forbids, precision, units; see docs/LEXICON.md).")
        Path file;

        @Option(names = "--pack", paramLabel = "FILE",
                description = "Story pack to load on top of the lexicon (same format; its actors, if any, beside it "
                        + "as NAME.actors.tsv); repeatable.")
        List<Path> packs = new ArrayList<>();

        @Option(names = "--no-packs",
                description = "Leave out the story packs the corpus lists in its framelens.packs file (the seeds: "
                        + "lexicons/putin-kim.tsv).")
        boolean noPacks;

        /** The packs: those {@code corpus} lists (unless --no-packs or --lexicon), then the --pack ones. */
        List<StoryPack> packs(Path corpus) {
            List<StoryPack> out = new ArrayList<>();
            if (corpus != null && !noPacks && file == null) {
                out.addAll(StoryPack.listed(corpus));
            }
            for (Path p : packs) {
                out.add(StoryPack.read(p));
            }
            return out;
        }

        /** The lexicon for {@code corpus} (null: no corpus): --lexicon or the shipped one, with the packs. */
        Lexicon lexicon(Path corpus) {
            Lexicon base = file == null ? Lexicon.shipped() : Lexicon.read(file);
            return StoryPack.apply(base, packs(corpus));
        }

        /** The packs' actors for {@code corpus}, or null when none has actors. */
        Actors actors(Path corpus) {
            return StoryPack.actors(packs(corpus));
        }
    }
}

package dev.framelens.bench;

import dev.framelens.framing.Actors;
import dev.framelens.framing.FrameScorer;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.FrameScore;
import dev.framelens.framing.Lexicon;
import dev.framelens.text.Analyzer;
import dev.framelens.text.WordList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Framing scores ({@code framelens frames}) from text, as the command computes them: per document
 * {@code FrameScorer.scoreWithoutVoices} (one pass matching the shipped lexicon plus the Putin–Kim
 * story pack with context conditions and negation, and the pack's actors; frame scores show no voice,
 * so the quote rules are not run) then {@code FrameScore.of} with {@code resamples} bootstrap
 * replicates per document
 * (0: the densities and the alarm index only; 2000: the default, with the 95 % interval).
 * Tokens = word tokens of all documents (the scores' denominators).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@State(Scope.Thread)
public class Frames {
    @Param({"0", "2000"})
    public int resamples;

    static final String PACK = "/framelens-lexicons/putin-kim.tsv";
    static final String PACK_ACTORS = "/framelens-lexicons/putin-kim.actors.tsv";

    private Analyzer analyzer;
    private Lexicon lexicon;
    private Actors actors;
    private FrameOptions options;

    @Setup(Level.Trial)
    public void setUp(Input input) {
        analyzer = Analyzer.standard();
        // the seeds' default lexicon: the general one plus the Putin–Kim story pack, with its actors
        lexicon = packLexicon();
        actors = packActors();
        options = FrameOptions.defaults().lexicon(lexicon).resamples(resamples);
        input.texts.documents();
    }

    /** The shipped lexicon plus the Putin–Kim story pack. */
    static Lexicon packLexicon() {
        return Lexicon.shipped().withPack(Lexicon.parse(PACK, WordList.resourceLines(Frames.class, PACK),
                Lexicon.shippedNegators()));
    }

    /** The pack's actors. */
    static Actors packActors() {
        return Actors.parse(PACK_ACTORS, WordList.resourceLines(Frames.class, PACK_ACTORS));
    }

    @Benchmark
    public List<FrameScore> framelens(Input input, Rate rate) {
        FrameScorer scorer = new FrameScorer(analyzer, lexicon, actors);
        List<FrameScore> scores = new java.util.ArrayList<>(input.texts.documents().size());
        for (dev.framelens.corpus.Document d : input.texts.documents()) {
            scores.add(FrameScore.of(scorer.scoreWithoutVoices(d), options));
        }
        long tokens = 0;
        for (FrameScore s : scores) {
            tokens += s.tokens();
        }
        rate.pass(input.texts, tokens);
        return scores;
    }
}

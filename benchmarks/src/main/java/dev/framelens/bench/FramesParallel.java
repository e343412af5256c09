package dev.framelens.bench;

import dev.framelens.framing.Actors;
import dev.framelens.framing.FrameAnalysis;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.FrameScore;
import dev.framelens.framing.Lexicon;
import dev.framelens.text.Analyzer;
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
 * Framing scores on several cores: {@code FrameAnalysis.run(documents, analyzer, lexicon, actors,
 * threads)} (one {@code FrameScorer} per worker, results in corpus order) then
 * {@code scores(options, threads)} without bootstrap replicates, the {@link Frames} job with
 * {@code resamples=0}. {@code threads=1} runs on the calling thread, so threads=2 / threads=1 is the
 * scaling. Tokens = word tokens of all documents.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@State(Scope.Benchmark)
public class FramesParallel {
    @Param({"1", "2"})
    public int threads;

    private Analyzer analyzer;
    private Lexicon lexicon;
    private Actors actors;
    private FrameOptions options;

    @Setup(Level.Trial)
    public void setUp(Input input) {
        analyzer = Analyzer.standard();
        lexicon = Frames.packLexicon();
        actors = Frames.packActors();
        options = FrameOptions.defaults().lexicon(lexicon).resamples(0);
        input.texts.documents();
    }

    @Benchmark
    public List<FrameScore> framelens(Input input, Rate rate) {
        FrameAnalysis analysis = FrameAnalysis.run(input.texts.documents(), analyzer, lexicon, actors, threads);
        List<FrameScore> scores = analysis.scores(options, threads);
        long tokens = 0;
        for (FrameScore s : scores) {
            tokens += s.tokens();
        }
        rate.pass(input.texts, tokens);
        return scores;
    }
}

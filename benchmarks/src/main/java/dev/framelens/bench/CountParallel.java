package dev.framelens.bench;

import dev.framelens.count.TermStatistics;
import dev.framelens.text.Analyzer;
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
 * Whole-corpus counting on several cores with the engine's
 * {@code TermStatistics.countParallel(documents, analyzer, 1, false, threads)} (contiguous slices,
 * one vocabulary and counter each, merged in order). {@code threads=1} is the single-threaded
 * {@code count}, so the ratio threads=2 / threads=1 is the scaling. Tokens = terms counted.
 * {@code framelensStream}: the command line's way, {@code ParallelAnalysis.run} (documents analysed
 * on {@code threads} workers, their term streams replayed in order into one counter; with
 * threads=1 the plain single-threaded count).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@State(Scope.Benchmark)
public class CountParallel {
    @Param({"1", "2"})
    public int threads;

    private Analyzer analyzer;

    @Setup(Level.Trial)
    public void setUp(Input input) {
        analyzer = Analyzer.standard();
        input.texts.documents();
    }

    @Benchmark
    public TermStatistics framelens(Input input, Rate rate) {
        TermStatistics stats = TermStatistics.countParallel(input.texts.documents(), analyzer, 1, false, threads);
        rate.pass(input.texts, stats.total());
        return stats;
    }

    @Benchmark
    public TermStatistics framelensStream(Input input, Rate rate) {
        TermStatistics.Builder b = new TermStatistics.Builder(analyzer, 1, false);
        java.util.List<dev.framelens.corpus.Document> docs = input.texts.documents();
        dev.framelens.count.ParallelAnalysis.run(sink -> docs.forEach(sink), threads, b);
        TermStatistics stats = b.build();
        rate.pass(input.texts, stats.total());
        return stats;
    }
}

package dev.framelens.bench;

import dev.framelens.corpus.Document;
import dev.framelens.count.TermStatistics;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-corpus counting on several cores: one operation counts the corpus with {@code threads}
 * workers, each taking batches of {@value #BATCH} documents from a shared cursor into its own
 * {@code TermStatistics.Builder} (own vocabulary), then merges the builders into one. {@code
 * threads=1} runs the same code on one worker, so the ratio threads=2 / threads=1 is the
 * scaling. Tokens = terms counted.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@State(Scope.Benchmark)
public class CountParallel {
    static final int BATCH = 64;

    @Param({"1", "2"})
    public int threads;

    private ExecutorService pool;
    private Analyzer analyzer;

    @Setup(Level.Trial)
    public void setUp(Input input) {
        pool = Executors.newFixedThreadPool(threads);
        analyzer = Analyzer.standard();
        input.texts.documents();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public TermStatistics framelens(Input input, Rate rate) throws InterruptedException, ExecutionException {
        TermStatistics stats = count(input.texts.documents(), analyzer, threads, pool);
        rate.pass(input.texts, stats.total());
        return stats;
    }

    static TermStatistics count(List<Document> docs, Analyzer analyzer, int threads, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        AtomicInteger cursor = new AtomicInteger();
        List<Future<TermStatistics.Builder>> parts = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                TermStatistics.Builder b = new TermStatistics.Builder(analyzer, 1, false);
                int n = docs.size();
                for (int from = cursor.getAndAdd(BATCH); from < n; from = cursor.getAndAdd(BATCH)) {
                    int to = Math.min(n, from + BATCH);
                    for (int k = from; k < to; k++) {
                        b.add(docs.get(k));
                    }
                }
                return b;
            }));
        }
        TermStatistics.Builder all = parts.get(0).get();
        for (int t = 1; t < threads; t++) {
            all.merge(parts.get(t).get());
        }
        return all.build();
    }
}

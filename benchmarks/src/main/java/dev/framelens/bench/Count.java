package dev.framelens.bench;

import dev.framelens.count.TermStatistics;
import dev.framelens.text.Analyzer;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tokenize + count term frequencies: one operation counts the whole corpus from scratch (a fresh
 * map or vocabulary each time) and returns the counts.
 * <ul>
 *   <li>{@code luceneHashMap}: StandardAnalyzer (framelens' stop words) + {@code HashMap<String,Integer>};</li>
 *   <li>{@code splitHashMap}: regex split + {@code toLowerCase} + stop words + {@code HashMap};</li>
 *   <li>{@code framelens}: {@code TermStatistics.count(documents, Analyzer.standard(), 1, false)}
 *       (term counts, document frequencies, token totals);</li>
 *   <li>{@code framelensWarmVocabulary}: the same documents added again to a builder that has seen
 *       them (the allocation "once warm").</li>
 * </ul>
 * Tokens = terms counted.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@State(Scope.Thread)
public class Count {
    private org.apache.lucene.analysis.Analyzer lucene;
    private Analyzer analyzer;
    private Set<String> stopWords;
    private final long[] tokens = new long[1];
    private TermStatistics.Builder warm;
    private long warmTokensPerPass;

    @Setup(Level.Trial)
    public void setUp(Input input) {
        analyzer = Analyzer.standard();
        stopWords = analyzer.stopWords();
        lucene = Peers.lucene(stopWords);
        input.texts.documents();
        warm = new TermStatistics.Builder(analyzer, 1, false);
        for (dev.framelens.corpus.Document d : input.texts.documents()) {
            warm.add(d);
        }
        // the same corpus gives the same count every pass (the warm builder is never built: build() ends a builder)
        warmTokensPerPass = Engine.count(input.texts.documents(), analyzer).total();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        lucene.close();
    }

    @Benchmark
    public HashMap<String, Integer> luceneHashMap(Input input, Rate rate) {
        HashMap<String, Integer> counts = Peers.luceneCount(lucene, input.docs, tokens);
        rate.pass(input.texts, tokens[0]);
        return counts;
    }

    @Benchmark
    public HashMap<String, Integer> splitHashMap(Input input, Rate rate) {
        HashMap<String, Integer> counts = Peers.splitCount(input.docs, stopWords, tokens);
        rate.pass(input.texts, tokens[0]);
        return counts;
    }

    @Benchmark
    public TermStatistics framelens(Input input, Rate rate) {
        TermStatistics stats = Engine.count(input.texts.documents(), analyzer);
        rate.pass(input.texts, stats.total());
        return stats;
    }

    /**
     * The steady state: the corpus counted again into a {@code TermStatistics.Builder} whose
     * vocabulary already holds its terms (counts accumulate), so {@code -prof gc} shows what
     * counting allocates per input byte once the vocabulary is warm.
     */
    @Benchmark
    public TermStatistics.Builder framelensWarmVocabulary(Input input, Rate rate) {
        for (dev.framelens.corpus.Document d : input.texts.documents()) {
            warm.add(d);
        }
        rate.pass(input.texts, warmTokensPerPass);
        return warm;
    }
}

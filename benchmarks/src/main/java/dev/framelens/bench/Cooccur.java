package dev.framelens.bench;

import dev.framelens.count.Cooccurrence;
import dev.framelens.text.Analyzer;
import java.util.HashMap;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Window co-occurrence (±{@code window}, default 5): one operation counts every pair of the
 * corpus from scratch. Both sides count the same thing: unordered pairs of different terms at
 * distance 1..window among the kept tokens of a document (stop words removed).
 * <ul>
 *   <li>{@code hashMapPairs}: StandardAnalyzer tokens in a list, pairs in a
 *       {@code HashMap<String, HashMap<String,Integer>>};</li>
 *   <li>{@code framelens}: {@code Cooccurrence.count(documents, Analyzer.standard(), Settings.window(k))}
 *       (primitive pair keys, also counts term frequencies and the pair marginals).</li>
 * </ul>
 * Tokens = kept tokens. Runs with a 4 GB heap: the plain map of Europarl's pairs needs it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
@State(Scope.Thread)
public class Cooccur {
    @Param({"5"})
    public int window;

    private org.apache.lucene.analysis.Analyzer lucene;
    private Analyzer analyzer;
    private final long[] tokens = new long[1];

    @Setup(Level.Trial)
    public void setUp(Input input) {
        analyzer = Analyzer.standard();
        lucene = Peers.lucene(analyzer.stopWords());
        input.texts.documents();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        lucene.close();
    }

    @Benchmark
    public HashMap<String, HashMap<String, Integer>> hashMapPairs(Input input, Rate rate) {
        HashMap<String, HashMap<String, Integer>> pairs = Peers.lucenePairs(lucene, input.docs, window, tokens);
        rate.pass(input.texts, tokens[0]);
        return pairs;
    }

    @Benchmark
    public Cooccurrence framelens(Input input, Rate rate) {
        Cooccurrence c = Cooccurrence.count(input.texts.documents(), analyzer, Cooccurrence.Settings.window(window));
        rate.pass(input.texts, c.terms().total());
        return c;
    }
}

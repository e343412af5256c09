package dev.framelens.bench;

import dev.framelens.count.TermStatistics;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tokenize and count benchmarks of {@link Tokenize} and {@link Count} over seeded Zipfian
 * text of 1, 8 and 64 MB ({@code -p mb=…}): how throughput holds up as the input outgrows the
 * caches (the vocabulary stays at most 50,000 pseudo-words, plus numbers).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@State(Scope.Thread)
public class ZipfSweep {
    private org.apache.lucene.analysis.Analyzer lucene;
    private Analyzer analyzer;
    private Analyzer.Stream stream;
    private final Engine.IdSink ids = new Engine.IdSink();
    private final long[] sink = new long[1];

    @Setup(Level.Trial)
    public void setUp(ZipfInput input) {
        analyzer = Analyzer.standard();
        lucene = Peers.lucene(analyzer.stopWords());
        stream = analyzer.stream(Engine.vocabularyOf(input.docs, analyzer));
        input.texts.documents();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        lucene.close();
    }

    @Benchmark
    public long tokenizeLucene(ZipfInput input, Rate rate) {
        long tokens = Peers.luceneTokenize(lucene, input.docs, sink);
        rate.pass(input.texts, tokens);
        return sink[0];
    }

    @Benchmark
    public long tokenizeFramelens(ZipfInput input, Rate rate) {
        Engine.analyze(stream, input.docs, ids);
        rate.pass(input.texts, ids.terms);
        return ids.hash;
    }

    @Benchmark
    public HashMap<String, Integer> countLuceneHashMap(ZipfInput input, Rate rate) {
        HashMap<String, Integer> counts = Peers.luceneCount(lucene, input.docs, sink);
        rate.pass(input.texts, sink[0]);
        return counts;
    }

    @Benchmark
    public TermStatistics countFramelens(ZipfInput input, Rate rate) {
        TermStatistics stats = Engine.count(input.texts.documents(), analyzer);
        rate.pass(input.texts, stats.total());
        return stats;
    }
}

package dev.framelens.bench;

import dev.framelens.count.TermCounter;
import dev.framelens.count.Vocabulary;
import dev.framelens.stats.Keyness;
import dev.framelens.stats.LogOdds;
import dev.framelens.text.Analyzer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The group comparison of the framing issue, from text to scores: one pass counts every document
 * into the counter of its group (seeds: {@code stance} reassuring vs alarmed; Europarl: period
 * 1996–2003 vs 2004–2011) over one shared vocabulary, then every term present in either group
 * gets the Monroe et al. (2008) log-odds z with the pooled informative Dirichlet prior
 * ({@code LogOdds.pooled}, α0 = 500) and Dunning's signed 4-cell G² ({@code Keyness}).
 * Tokens = kept terms counted.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@State(Scope.Thread)
public class LogOddsCompare {
    private Analyzer analyzer;
    private String groupA;

    @Setup(Level.Trial)
    public void setUp(Input input) {
        analyzer = Analyzer.standard();
        groupA = input.texts.groups[0];
    }

    @Benchmark
    public double framelens(Input input, Rate rate) {
        Texts t = input.texts;
        Vocabulary vocabulary = new Vocabulary();
        Analyzer.Stream stream = analyzer.stream(vocabulary);
        TermCounter a = new TermCounter(false);
        TermCounter b = new TermCounter(false);
        for (int d = 0; d < t.texts.length; d++) {
            TermCounter c = t.groups[d].equals(groupA) ? a : b;
            c.startDocument();
            stream.analyze(t.texts[d], c);
            c.endDocument();
        }
        long na = a.total();
        long nb = b.total();
        double sink = 0;
        for (int id = 0; id < vocabulary.size(); id++) {
            long ca = a.count(id);
            long cb = b.count(id);
            if (ca + cb == 0) {
                continue;
            }
            sink += LogOdds.pooled(ca, na, cb, nb, LogOdds.DEFAULT_ALPHA0).z();
            sink += Keyness.signedG2FourCell(ca, na, cb, nb);
        }
        rate.pass(t, na + nb);
        return sink;
    }
}

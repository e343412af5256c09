package dev.framelens.bench;

import dev.framelens.count.TermStatistics;
import dev.framelens.framing.CompareOptions;
import dev.framelens.framing.GroupComparison;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The log-odds group comparison ({@code framelens compare --top 0}) from text to rows: count the
 * corpus with document vectors ({@code TermStatistics.count(…, true)}), then
 * {@code GroupComparison.compare} (Monroe et al. 2008 log-odds with the pooled informative
 * Dirichlet prior, α0 = 500, and signed G² for every term, sorted by z). Groups: seeds
 * {@code stance} reassuring vs alarmed; Europarl {@code period} 1996–2003 vs 2004–2011.
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
    private GroupComparison.Groups groups;
    private CompareOptions options;

    @Setup(Level.Trial)
    public void setUp(Input input) {
        analyzer = Analyzer.standard();
        Texts t = input.texts;
        groups = GroupComparison.byColumn(t.corpus(), t.groupColumn, t.groupA, t.groupB);
        options = CompareOptions.defaults().top(0);
    }

    @Benchmark
    public List<GroupComparison.Row> framelens(Input input, Rate rate) {
        TermStatistics stats = TermStatistics.count(input.texts.documents(), analyzer, 1, true);
        List<GroupComparison.Row> rows = GroupComparison.compare(stats, groups, options, analyzer);
        rate.pass(input.texts, stats.total());
        return rows;
    }
}

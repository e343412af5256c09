package dev.framelens.bench;

import dev.framelens.count.internal.Vocabulary;
import dev.framelens.text.Analyzer;
import dev.framelens.text.Tokenizer;
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
 * Tokenize only: one operation is one pass over every document of the corpus.
 * <ul>
 *   <li>{@code lucene}: Lucene 9.12 {@code StandardAnalyzer} with framelens' stop words; tokens =
 *       terms it emits.</li>
 *   <li>{@code luceneTermIds}: the same analyzer's tokens interned into a warm Lucene
 *       {@code BytesRefHash} (term bytes → id, what {@code IndexWriter} does per token): the peer
 *       for producing term ids; tokens = terms it emits.</li>
 *   <li>{@code framelens}: {@code Analyzer.standard()} (tokenizer, phrase merging, stop words)
 *       producing term ids in a {@code Vocabulary} that already knows the corpus's terms (a warm
 *       vocabulary, as on every document after the first few); tokens = kept terms.</li>
 *   <li>{@code framelensTokenizer}: the bare {@code Tokenizer} (every word, normalised chars, no ids).</li>
 *   <li>{@code framelensTokenizerIds}: the bare tokenizer with every word interned into a warm
 *       vocabulary one token at a time ({@code framelens} interns in batches of 64, through
 *       {@code TermInterner.internAll}).</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@State(Scope.Thread)
public class Tokenize {
    private org.apache.lucene.analysis.Analyzer lucene;
    private org.apache.lucene.util.BytesRefHash luceneIds;
    private Analyzer.Stream stream;
    private Tokenizer idTokenizer;
    private Vocabulary warmVocabulary;
    private Tokenizer.Sink toVocabulary;
    private Tokenizer tokenizer;
    private final Engine.IdSink ids = new Engine.IdSink();
    private final Engine.CharSink chars = new Engine.CharSink();
    private final long[] sink = new long[1];

    @Setup(Level.Trial)
    public void setUp(Input input) {
        Analyzer analyzer = Analyzer.standard();
        lucene = Peers.lucene(analyzer.stopWords());
        luceneIds = new org.apache.lucene.util.BytesRefHash();
        Peers.luceneTermIds(lucene, input.docs, luceneIds, sink); // warm, like the framelens vocabulary
        Vocabulary vocabulary = Engine.vocabularyOf(input.docs, analyzer);
        stream = analyzer.stream(vocabulary);
        idTokenizer = new Tokenizer();
        warmVocabulary = new Vocabulary();
        Tokenizer tk = idTokenizer;
        Vocabulary v = warmVocabulary;
        toVocabulary = (buf, len, start, end, sentence) -> {
            ids.terms++;
            ids.hash = 31 * ids.hash + v.intern(buf, 0, len, tk.hash());
        };
        for (String doc : input.docs) {
            tk.tokenize(doc, toVocabulary);
        }
        tokenizer = new Tokenizer();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        lucene.close();
    }

    @Benchmark
    public long lucene(Input input, Rate rate) {
        long tokens = Peers.luceneTokenize(lucene, input.docs, sink);
        rate.pass(input.texts, tokens);
        return sink[0];
    }

    @Benchmark
    public long luceneTermIds(Input input, Rate rate) {
        long tokens = Peers.luceneTermIds(lucene, input.docs, luceneIds, sink);
        rate.pass(input.texts, tokens);
        return sink[0];
    }

    @Benchmark
    public long framelens(Input input, Rate rate) {
        Engine.analyze(stream, input.docs, ids);
        rate.pass(input.texts, ids.terms);
        return ids.hash;
    }

    /**
     * The bare tokenizer with every word interned into a warm engine {@code Vocabulary}, one token
     * at a time (no phrases, no stop words); {@link #framelens} interns in batches.
     */
    @Benchmark
    public long framelensTokenizerIds(Input input, Rate rate) {
        ids.terms = 0;
        ids.hash = 0;
        for (String doc : input.docs) {
            idTokenizer.tokenize(doc, toVocabulary);
        }
        rate.pass(input.texts, ids.terms);
        return ids.hash;
    }

    @Benchmark
    public long framelensTokenizer(Input input, Rate rate) {
        Engine.tokenize(tokenizer, input.docs, chars);
        rate.pass(input.texts, chars.tokens);
        return chars.hash;
    }
}

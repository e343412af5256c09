package dev.framelens.bench.proto;

import dev.framelens.bench.Corpora;
import dev.framelens.bench.Engine;
import dev.framelens.bench.Peers;
import dev.framelens.bench.Texts;
import dev.framelens.count.internal.Vocabulary;
import dev.framelens.text.Analyzer;
import dev.framelens.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A quick interleaved A/B timer for trying engine changes on a noisy machine (not a substitute
 * for the JMH benchmarks): every variant runs one pass in turn, round after round, so load from
 * other processes hits all of them alike; prints the median pass time and the ratio to the first.
 * {@code java -cp benchmarks/target/benchmarks.jar dev.framelens.bench.proto.AB [corpus] [rounds] [set]},
 * set {@code tokenize} (default: tokenize and count variants), {@code pairs} (co-occurrence) or
 * {@code threads} (countParallel with 1 and 2 threads).
 */
public final class AB {
    private AB() {
    }

    public static void main(String[] args) {
        Texts t = Corpora.load(args.length > 0 ? args[0] : Corpora.EUROPARL);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String set = args.length > 2 ? args[2] : "tokenize";
        String[] docs = t.texts;
        Analyzer analyzer = Analyzer.standard();
        org.apache.lucene.analysis.Analyzer lucene = Peers.lucene(analyzer.stopWords());
        long[] sink = new long[1];
        Analyzer.Stream engine = analyzer.stream(Engine.vocabularyOf(docs, analyzer));
        Engine.IdSink ids = new Engine.IdSink();
        Tokenizer tokenizer = new Tokenizer();
        Engine.CharSink chars = new Engine.CharSink();
        Map<String, LongSupplier> variants = new LinkedHashMap<>();
        if (set.equals("pairs")) {
            variants.put("HashMap pairs (lucene)", () -> Peers.lucenePairs(lucene, docs, 5, sink).size());
            variants.put("framelens cooccurrence", () -> dev.framelens.count.Cooccurrence.count(t.documents(), analyzer,
                    dev.framelens.count.Cooccurrence.Settings.window(5)).total());
            run(t, variants, rounds);
            return;
        }
        if (set.equals("threads")) {
            variants.put("countParallel 1 thread", () -> dev.framelens.count.TermStatistics.countParallel(
                    t.documents(), analyzer, 1, false, 1).total());
            variants.put("countParallel 2 threads", () -> dev.framelens.count.TermStatistics.countParallel(
                    t.documents(), analyzer, 1, false, 2).total());
            run(t, variants, rounds);
            return;
        }
        variants.put("lucene tokenize", () -> Peers.luceneTokenize(lucene, docs, sink) + sink[0]);
        variants.put("framelens tokenize (Vocabulary)", () -> {
            Engine.analyze(engine, docs, ids);
            return ids.hash;
        });
        variants.put("framelens bare Tokenizer", () -> {
            Engine.tokenize(tokenizer, docs, chars);
            return chars.hash;
        });
        variants.put("lucene + HashMap", () -> Peers.luceneCount(lucene, docs, sink).size());
        variants.put("framelens count", () -> Engine.count(t.documents(), analyzer).total());
        // interning alone, without phrases and stop words: sequential (engine) vs batched (prototype)
        Vocabulary plain = new Vocabulary();
        long[] acc = new long[1];
        Tokenizer.Sink toPlain = (buf, len, s, e, se) -> acc[0] += plain.intern(buf, 0, len);
        Tokenizer tk = new Tokenizer();
        variants.put("tokenizer + Vocabulary.intern", () -> {
            for (String d : docs) {
                tk.tokenize(d, toPlain);
            }
            return acc[0];
        });
        run(t, variants, rounds);
    }

    static void run(Texts t, Map<String, LongSupplier> variants, int rounds) {
        List<String> names = new ArrayList<>(variants.keySet());
        long[][] times = new long[names.size()][rounds];
        long blackhole = 0;
        for (int w = 0; w < 3; w++) {
            for (LongSupplier v : variants.values()) {
                blackhole += v.getAsLong();
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                long t0 = System.nanoTime();
                blackhole += variants.get(names.get(k)).getAsLong();
                times[k][r] = System.nanoTime() - t0;
            }
        }
        double base = median(times[0]);
        System.out.printf(Locale.ROOT, "%s, %d rounds (sink %d)%n", t, rounds, blackhole & 1);
        for (int k = 0; k < names.size(); k++) {
            double m = median(times[k]);
            System.out.printf(Locale.ROOT, "  %-40s %8.1f ms  %7.1f MB/s  %5.2fx vs %s%n", names.get(k), m / 1e6,
                    t.utf8Bytes / (m / 1e9) / 1e6, base / m, names.get(0));
        }
    }

    static double median(long[] a) {
        long[] s = a.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}

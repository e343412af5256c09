package dev.framelens.spark.bench;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.corpus.Document;
import dev.framelens.spark.FramelensSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a seeded synthetic news corpus as Parquet for the scaling benchmark
 * (benchmarks/spark-scaling.sh): {@code doc, outlet, stance, text}, each text 8–40 sentences drawn
 * from the seed articles (real framing language: the lexicon's hits, negations, phrases) with one
 * in four replaced by a sentence of words drawn from a Zipf(1.1) vocabulary of 200,000 made-up
 * words, so the vocabulary grows with the corpus as a real one does. Document {@code k} depends
 * only on the seed and {@code k}, so the corpus is the same whatever the number of tasks.
 *
 * <pre>java -cp … dev.framelens.spark.bench.SyntheticCorpus SEEDS_DIR OUT.parquet MEGABYTES [SEED]</pre>
 */
public final class SyntheticCorpus {
    private static final String[] OUTLETS = {"Wire", "Daily", "Courier", "Herald", "Post", "Times", "Ledger", "Sun"};
    private static final String[] STANCES = {"alarmed", "reassuring", "neutral"};
    private static final int AVERAGE_CHARS = 3_400;

    private SyntheticCorpus() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: SyntheticCorpus SEEDS_DIR OUT.parquet MEGABYTES [SEED]");
            System.exit(2);
        }
        Corpus seeds = CorpusReader.read(Path.of(args[0]), CorpusReader.Options.defaults());
        ArrayList<String> sentences = new ArrayList<>();
        for (Document d : seeds) {
            for (String s : d.text().split("(?<=[.!?])\\s+")) {
                if (s.strip().length() > 20) {
                    sentences.add(s.strip());
                }
            }
        }
        long megabytes = Long.parseLong(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261202L;
        long documents = megabytes * 1_000_000L / AVERAGE_CHARS;
        SparkSession spark = FramelensSpark.localSession(0);
        StructType schema = new StructType().add("doc", DataTypes.StringType).add("outlet", DataTypes.StringType)
                .add("stance", DataTypes.StringType).add("text", DataTypes.StringType);
        double[] zipf = zipfTable(200_000, 1.1);
        spark.range(0, documents, 1, 16).mapPartitions((MapPartitionsFunction<Long, Row>) ids -> {
            List<Row> out = new ArrayList<>();
            while (ids.hasNext()) {
                long k = ids.next();
                SplittableRandom r = new SplittableRandom(seed ^ (k * 0x9E3779B97F4A7C15L));
                int n = 8 + r.nextInt(33);
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < n; s++) {
                    if (r.nextInt(4) == 0) {
                        int words = 6 + r.nextInt(14);
                        for (int w = 0; w < words; w++) {
                            text.append(w == 0 ? "Zeta" : " zeta").append(word(zipf, r.nextDouble()));
                        }
                        text.append('.');
                    } else {
                        text.append(sentences.get(r.nextInt(sentences.size())));
                    }
                    text.append(r.nextInt(5) == 0 ? "\n\n" : " ");
                }
                out.add(RowFactory.create(String.format("n%09d", k), OUTLETS[r.nextInt(OUTLETS.length)],
                        STANCES[r.nextInt(STANCES.length)], text.toString().strip()));
            }
            return out.iterator();
        }, Encoders.row(schema)).write().parquet(args[1]);
        spark.stop();
    }

    /** Cumulative Zipf(s) probabilities of ranks 1..n. */
    private static double[] zipfTable(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    /** The rank whose cumulative probability first reaches {@code u}. */
    private static int word(double[] cumulative, double u) {
        int i = java.util.Arrays.binarySearch(cumulative, u);
        return i >= 0 ? i : -i - 1;
    }
}

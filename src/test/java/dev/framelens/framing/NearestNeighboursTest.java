package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framelens.corpus.Document;
import dev.framelens.count.TermStatistics;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each document's k nearest are the top k of its row of every pair (self left out, cosine > 0). */
class NearestNeighboursTest {
    static final String[] WORDS = {"korea", "russia", "summit", "trade", "weapons", "talks", "city", "river", "music",
        "film", "market", "school", "storm", "harbour", "bridge"};

    static List<Document> corpus(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            StringBuilder t = new StringBuilder();
            int words = 1 + rnd.nextInt(8);
            for (int w = 0; w < words; w++) {
                // a narrow vocabulary per document, so some pairs share no term and ties happen
                t.append(WORDS[(d % 5) * 2 + rnd.nextInt(5)]).append(' ');
            }
            docs.add(new Document("d" + d, "", t.toString(), Map.of()));
        }
        return docs;
    }

    @Test
    void nearestIsTheTopOfEveryPair() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Document> docs = corpus(seed, 30);
            TermStatistics stats = TermStatistics.count(docs, Analyzer.standard(), 1, true);
            double[] index = new double[docs.size()];
            for (int d = 0; d < index.length; d++) {
                index[d] = d * 0.1;
            }
            List<DocumentSimilarity.Pair> all = DocumentSimilarity.pairs(stats, index);
            for (int k : new int[] {1, 3, 40}) {
                List<DocumentSimilarity.Pair> want = new ArrayList<>();
                for (int a = 0; a < docs.size(); a++) {
                    List<Integer> row = new ArrayList<>();
                    for (int b = 0; b < docs.size(); b++) {
                        if (b != a && all.get(a * docs.size() + b).cosine() > 0) {
                            row.add(b);
                        }
                    }
                    int fa = a;
                    row.sort(Comparator.comparingDouble((Integer b) -> -all.get(fa * docs.size() + b).cosine())
                            .thenComparingInt(b -> b));
                    row.stream().limit(k).forEach(b -> want.add(all.get(fa * docs.size() + b)));
                }
                assertEquals(want, DocumentSimilarity.nearest(stats, index, k), "seed " + seed + ", k " + k);
            }
        }
    }

    @Test
    void kMustBePositive() {
        TermStatistics stats = TermStatistics.count(corpus(1, 3), Analyzer.standard(), 1, true);
        assertEquals("k (0) must be ≥ 1", assertThrows(IllegalArgumentException.class,
                () -> DocumentSimilarity.nearest(stats, new double[3], 0)).getMessage());
    }
}

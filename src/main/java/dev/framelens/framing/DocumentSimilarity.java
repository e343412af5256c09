package dev.framelens.framing;

import dev.framelens.count.TermCounts;
import dev.framelens.count.TermStatistics;
import dev.framelens.stats.Similarity;
import dev.framelens.stats.TfIdf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Article similarity: for every ordered pair of documents (self-pairs included), the cosine of
 * their tf-idf vectors ({@link Similarity#cosine}, Salton &amp; McGill 1983) and the difference of
 * their alarm indices. The tf-idf vectors are those of the per-document term table:
 * scikit-learn's default variant ({@link TfIdf}: raw count × smooth idf, each row L2-normalised)
 * over the analyzer's kept terms.
 */
public final class DocumentSimilarity {
    private DocumentSimilarity() {
    }

    /**
     * One ordered pair.
     *
     * @param docA           first document
     * @param docB           second document
     * @param cosine         cosine of the tf-idf vectors, in [0, 1] (1 for a document with itself,
     *                       0 if either has no terms)
     * @param alarmIndexDiff alarm_index(a) − alarm_index(b)
     */
    public record Pair(String docA, String docB, double cosine, double alarmIndexDiff) {
    }

    /**
     * All ordered pairs, a in corpus order, then b in corpus order.
     *
     * @param stats      term counts with document vectors
     * @param alarmIndex the alarm index of each document of {@code stats}, in the same order
     */
    public static List<Pair> pairs(TermStatistics stats, double[] alarmIndex) {
        TermCounts c = stats.counter();
        int docs = c.documents();
        if (alarmIndex.length != docs) {
            throw new IllegalArgumentException("alarmIndex.length (" + alarmIndex.length + ") must be the number of "
                    + "documents (" + docs + ")");
        }
        int[][] ids = new int[docs][];
        double[][] weights = new double[docs][];
        for (int d = 0; d < docs; d++) {
            int from = c.vectorStart(d);
            int size = c.vectorStart(d + 1) - from;
            int[] termIds = new int[size];
            int[] counts = new int[size];
            double[] idf = new double[size];
            for (int k = 0; k < size; k++) {
                termIds[k] = c.vectorId(from + k);
                counts[k] = c.vectorCount(from + k);
                idf[k] = TfIdf.smoothIdf(docs, c.documentFrequency(termIds[k]));
            }
            double[] w = TfIdf.l2Normalise(TfIdf.weights(counts, idf));
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparingInt(k -> termIds[k]));
            ids[d] = new int[size];
            weights[d] = new double[size];
            for (int k = 0; k < size; k++) {
                ids[d][k] = termIds[order[k]];
                weights[d][k] = w[order[k]];
            }
        }
        List<Pair> out = new ArrayList<>(docs * docs);
        for (int a = 0; a < docs; a++) {
            for (int b = 0; b < docs; b++) {
                double cos = Similarity.cosine(ids[a], weights[a], ids[b], weights[b]);
                out.add(new Pair(stats.documentIds().get(a), stats.documentIds().get(b), cos,
                        alarmIndex[a] - alarmIndex[b]));
            }
        }
        return out;
    }
}

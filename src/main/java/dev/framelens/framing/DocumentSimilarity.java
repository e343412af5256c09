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
        int docs = check(stats, alarmIndex);
        int[][] ids = new int[docs][];
        double[][] weights = new double[docs][];
        vectors(stats, ids, weights);
        Similarity.Sparse[] v = prepared(ids, weights);
        List<Pair> out = new ArrayList<>(docs * docs);
        for (int a = 0; a < docs; a++) {
            for (int b = 0; b < docs; b++) {
                double cos = Similarity.cosine(v[a], v[b]);
                out.add(new Pair(stats.documentIds().get(a), stats.documentIds().get(b), cos,
                        alarmIndex[a] - alarmIndex[b]));
            }
        }
        return out;
    }

    /** Pairs listed by default: all of them up to this many documents, each document's nearest beyond. */
    public static final int ALL_PAIRS_LIMIT = 1_000;

    /** Neighbours per document when a corpus has more than {@link #ALL_PAIRS_LIMIT} documents. */
    public static final int DEFAULT_TOP_K = 10;

    /**
     * Each document's {@code k} nearest other documents: a in corpus order, then its neighbours by
     * cosine descending (ties in corpus order), only neighbours with a term in common (cosine &gt; 0),
     * so a row count of at most k · documents instead of documents². The cosine is the one {@link
     * #pairs} gives for the pair. Candidates are found through an inverted index (term → documents
     * and weights), accumulating the dot products of the documents that share a term with a.
     *
     * @param stats      term counts with document vectors
     * @param alarmIndex the alarm index of each document of {@code stats}, in the same order
     * @param k          neighbours per document, ≥ 1
     */
    public static List<Pair> nearest(TermStatistics stats, double[] alarmIndex, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k (" + k + ") must be ≥ 1");
        }
        int docs = check(stats, alarmIndex);
        int[][] ids = new int[docs][];
        double[][] weights = new double[docs][];
        vectors(stats, ids, weights);
        Similarity.Sparse[] vector = prepared(ids, weights);
        int terms = stats.vocabulary().size();
        int[] postingStart = new int[terms + 1];
        for (int[] v : ids) {
            for (int id : v) {
                postingStart[id + 1]++;
            }
        }
        for (int t = 0; t < terms; t++) {
            postingStart[t + 1] += postingStart[t];
        }
        int[] postingDoc = new int[postingStart[terms]];
        double[] postingWeight = new double[postingStart[terms]];
        int[] fill = postingStart.clone();
        for (int d = 0; d < docs; d++) {
            for (int j = 0; j < ids[d].length; j++) {
                int at = fill[ids[d][j]]++;
                postingDoc[at] = d;
                postingWeight[at] = weights[d][j];
            }
        }
        double[] dot = new double[docs];
        int[] touched = new int[docs];
        List<Pair> out = new ArrayList<>();
        for (int a = 0; a < docs; a++) {
            int n = 0;
            for (int j = 0; j < ids[a].length; j++) {
                int t = ids[a][j];
                for (int p = postingStart[t]; p < postingStart[t + 1]; p++) {
                    int b = postingDoc[p];
                    if (b == a) {
                        continue;
                    }
                    if (dot[b] == 0.0) {
                        touched[n++] = b;
                    }
                    dot[b] += weights[a][j] * postingWeight[p];
                }
            }
            // the k best: cosine descending, ties by corpus order (a bounded heap, worst on top)
            java.util.PriorityQueue<double[]> best = new java.util.PriorityQueue<>(k + 1,
                    (x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(y[1], x[1]));
            for (int i = 0; i < n; i++) {
                int b = touched[i];
                double cos = Similarity.cosine(vector[a], vector[b]);
                dot[b] = 0.0;
                if (cos > 0) {
                    best.add(new double[] {cos, b});
                    if (best.size() > k) {
                        best.poll();
                    }
                }
            }
            List<double[]> ranked = new ArrayList<>(best);
            ranked.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
            for (double[] r : ranked) {
                int b = (int) r[1];
                out.add(new Pair(stats.documentIds().get(a), stats.documentIds().get(b), r[0],
                        alarmIndex[a] - alarmIndex[b]));
            }
        }
        return out;
    }

    private static int check(TermStatistics stats, double[] alarmIndex) {
        int docs = stats.counter().documents();
        if (alarmIndex.length != docs) {
            throw new IllegalArgumentException("alarmIndex.length (" + alarmIndex.length + ") must be the number of "
                    + "documents (" + docs + ")");
        }
        return docs;
    }

    /** The vectors checked once, with their sums of squares. */
    private static Similarity.Sparse[] prepared(int[][] ids, double[][] weights) {
        Similarity.Sparse[] out = new Similarity.Sparse[ids.length];
        for (int d = 0; d < ids.length; d++) {
            out[d] = Similarity.sparse(ids[d], weights[d]);
        }
        return out;
    }

    /** Each document's L2-normalised tf-idf vector, term ids ascending. */
    private static void vectors(TermStatistics stats, int[][] ids, double[][] weights) {
        TermCounts c = stats.counter();
        int docs = c.documents();
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
    }
}

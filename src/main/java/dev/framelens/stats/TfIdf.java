package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * tf-idf, scikit-learn's default {@code TfidfVectorizer} variant ({@code norm='l2',
 * use_idf=True, smooth_idf=True, sublinear_tf=False}; scikit-learn user guide, "Tf–idf term
 * weighting"; the idf after Sparck Jones 1972, "A statistical interpretation of term specificity
 * and its application in retrieval", Journal of Documentation 28(1)):
 * <pre>
 *   idf(t)      = ln((1 + n) / (1 + df(t))) + 1          n documents, df(t) of them contain t
 *   w(t, d)     = count(t, d) · idf(t)                   raw count, no sublinear scaling
 *   tfidf(t, d) = w(t, d) / √(Σ_t' w(t', d)²)             each document row L2-normalised
 * </pre>
 * The "+1" inside the logarithm acts as if one extra document contained every term once (so
 * no idf is infinite); the "+1" outside keeps terms that occur in every document from getting
 * weight 0. A document without terms stays the zero vector, as in scikit-learn.
 */
public final class TfIdf {

    private TfIdf() {
    }

    /**
     * Smoothed inverse document frequency, {@code ln((1 + n) / (1 + df)) + 1}.
     *
     * @param documentCount n, number of documents, ≥ 0
     * @param documentFrequency df, documents containing the term, 0 ≤ df ≤ n
     * @return the idf, ≥ 1
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static double smoothIdf(long documentCount, long documentFrequency) {
        Checks.nonNegative("documentCount", documentCount);
        Checks.nonNegative("documentFrequency", documentFrequency);
        Checks.atMost("documentFrequency", documentFrequency, "documentCount", documentCount,
                "a term cannot occur in more documents than there are");
        return Math.log((1.0 + documentCount) / (1.0 + documentFrequency)) + 1.0;
    }

    /**
     * The L2-normalised tf-idf row of one document.
     *
     * @param counts raw count of each of the document's terms, each ≥ 0
     * @param idf the idf of the same terms, index for index, each finite
     * @return a new array, {@code counts[i] · idf[i]} divided by the row's Euclidean norm (all
     *         zeros if the norm is 0)
     * @throws IllegalArgumentException if the lengths differ, a count is negative or an idf is
     *         not finite
     */
    public static double[] weights(int[] counts, double[] idf) {
        Checks.notNull("counts", counts);
        double[] raw = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            raw[i] = Checks.nonNegative("counts[" + i + "]", counts[i]);
        }
        return scaleAndNormalise(raw, idf);
    }

    /**
     * The L2-normalised tf-idf row of one document, {@code long} counts.
     *
     * @param counts raw count of each of the document's terms, each ≥ 0
     * @param idf the idf of the same terms, index for index, each finite
     * @return a new array of unit Euclidean length (all zeros if the norm is 0)
     * @see #weights(int[], double[])
     */
    public static double[] weights(long[] counts, double[] idf) {
        Checks.notNull("counts", counts);
        double[] raw = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            raw[i] = Checks.nonNegative("counts[" + i + "]", counts[i]);
        }
        return scaleAndNormalise(raw, idf);
    }

    /**
     * The L2-normalised tf-idf row of one document, keyed by term.
     *
     * @param counts raw count of each term of the document, each ≥ 0
     * @param idf idf by term; must contain every key of {@code counts}
     * @param <K> the term key (a {@code String}, an id…)
     * @return a new map with the keys of {@code counts} in its iteration order
     * @throws IllegalArgumentException if a count is negative or null, or a term has no finite idf
     */
    public static <K> Map<K, Double> weights(Map<K, ? extends Number> counts, Map<K, Double> idf) {
        Checks.notNull("counts", counts);
        Checks.notNull("idf", idf);
        int n = counts.size();
        @SuppressWarnings("unchecked")
        K[] keys = (K[]) new Object[n];
        double[] raw = new double[n];
        double[] idfs = new double[n];
        int i = 0;
        for (Map.Entry<K, ? extends Number> e : counts.entrySet()) {
            Number count = e.getValue();
            if (count == null) {
                throw new IllegalArgumentException("counts[" + e.getKey() + "] must not be null");
            }
            if (count.doubleValue() < 0) {
                throw new IllegalArgumentException("counts[" + e.getKey() + "] (" + count + ") must be ≥ 0");
            }
            Double termIdf = idf.get(e.getKey());
            if (termIdf == null) {
                throw new IllegalArgumentException("idf has no value for term " + e.getKey()
                        + ": compute the idf over the same vocabulary as the counts");
            }
            keys[i] = e.getKey();
            raw[i] = count.doubleValue();
            idfs[i] = termIdf;
            i++;
        }
        double[] w = scaleAndNormalise(raw, idfs);
        Map<K, Double> result = new LinkedHashMap<>(Math.max(16, 2 * n));
        for (int j = 0; j < n; j++) {
            result.put(keys[j], w[j]);
        }
        return result;
    }

    /**
     * Divides a vector by its Euclidean norm; the zero vector is returned unchanged.
     *
     * @param values finite values
     * @return a new array of unit length (or all zeros)
     */
    public static double[] l2Normalise(double[] values) {
        Checks.finite("values", values);
        double sumOfSquares = 0.0;
        for (double v : values) {
            sumOfSquares += v * v;
        }
        double[] out = values.clone();
        if (sumOfSquares > 0.0) {
            double norm = Math.sqrt(sumOfSquares);
            for (int i = 0; i < out.length; i++) {
                out[i] = out[i] / norm;
            }
        }
        return out;
    }

    private static double[] scaleAndNormalise(double[] counts, double[] idf) {
        Checks.finite("idf", idf);
        Checks.sameLength("counts", counts.length, "idf", idf.length);
        double[] w = new double[counts.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = counts[i] * idf[i];
        }
        return l2Normalise(w);
    }
}

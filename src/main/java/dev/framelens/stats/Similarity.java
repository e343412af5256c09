package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;
import java.util.Arrays;
import java.util.Map;

/**
 * Cosine similarity of sparse vectors (Salton &amp; McGill 1983, <i>Introduction to Modern
 * Information Retrieval</i>; Manning, Raghavan &amp; Schütze 2008, <i>Introduction to Information
 * Retrieval</i>, §6.3.1):
 * <pre>  cos(x, y) = Σ_i x_i · y_i / (√(Σ_i x_i²) · √(Σ_i y_i²))</pre>
 * Defined as 0 when either vector is zero (nothing in common); clamped to [−1, 1] against
 * rounding, so that a vector's similarity with itself is exactly 1. Symmetric bit for bit:
 * {@code cosine(x, y) == cosine(y, x)}.
 */
public final class Similarity {

    private Similarity() {
    }

    /**
     * Cosine of two sparse vectors given as sorted ids with their weights (the layout of a
     * document vector: term ids and tf-idf weights).
     *
     * @param idsA ids of x, strictly ascending
     * @param weightsA weights of x, index for index, finite
     * @param idsB ids of y, strictly ascending
     * @param weightsB weights of y, index for index, finite
     * @return the cosine in [−1, 1], 0 if either vector is zero
     * @throws IllegalArgumentException if ids are not strictly ascending, lengths differ or a weight
     *         is not finite
     */
    public static double cosine(int[] idsA, double[] weightsA, int[] idsB, double[] weightsB) {
        checkSparse("idsA", idsA, "weightsA", weightsA);
        checkSparse("idsB", idsB, "weightsB", weightsB);
        return combine(dot(idsA, weightsA, idsB, weightsB), sumOfSquares(weightsA), sumOfSquares(weightsB));
    }

    /**
     * A sparse vector checked once, with its sum of squares, for computing many cosines with it
     * ({@link #cosine(Sparse, Sparse)}): the all-pairs and nearest-neighbour loops of article similarity.
     *
     * @param ids     term ids, strictly ascending
     * @param weights finite weights, one per id
     * @param squares Σ w², computed by {@link #sparse}
     */
    public record Sparse(int[] ids, double[] weights, double squares) {
    }

    /**
     * Checks a sparse vector once and keeps its sum of squares.
     *
     * @throws IllegalArgumentException as {@link #cosine(int[], double[], int[], double[])} does
     */
    public static Sparse sparse(int[] ids, double[] weights) {
        checkSparse("ids", ids, "weights", weights);
        return new Sparse(ids, weights, sumOfSquares(weights));
    }

    /**
     * The cosine of two prepared vectors: the same value, bit for bit, as {@link #cosine(int[], double[],
     * int[], double[])} of their ids and weights, without checking and summing them again.
     */
    public static double cosine(Sparse a, Sparse b) {
        return combine(dot(a.ids(), a.weights(), b.ids(), b.weights()), a.squares(), b.squares());
    }

    /** Σ x_i·y_i over the ids the two vectors share (a merge of the ascending id lists). */
    private static double dot(int[] idsA, double[] weightsA, int[] idsB, double[] weightsB) {
        double dot = 0.0;
        int i = 0;
        int j = 0;
        while (i < idsA.length && j < idsB.length) {
            if (idsA[i] == idsB[j]) {
                dot += weightsA[i] * weightsB[j];
                i++;
                j++;
            } else if (idsA[i] < idsB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /**
     * Cosine of two sparse vectors keyed by term; absent keys are zeros.
     *
     * @param a weights of x by key, non-null finite values
     * @param b weights of y by key, non-null finite values
     * @param <K> the key type
     * @return the cosine in [−1, 1], 0 if either vector is zero
     * @throws IllegalArgumentException if a weight is null or not finite
     */
    public static <K> double cosine(Map<K, Double> a, Map<K, Double> b) {
        Checks.notNull("a", a);
        Checks.notNull("b", b);
        double[] squaresA = squares("a", a);
        double[] squaresB = squares("b", b);
        Map<K, Double> small = a.size() <= b.size() ? a : b;
        Map<K, Double> large = small == a ? b : a;
        double[] products = new double[small.size()];
        int n = 0;
        for (Map.Entry<K, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                products[n++] = e.getValue() * other;
            }
        }
        // Sum in sorted order so the result does not depend on either map's iteration order.
        return combine(sortedSum(Arrays.copyOf(products, n)), sortedSum(squaresA), sortedSum(squaresB));
    }

    private static double combine(double dot, double squaresA, double squaresB) {
        if (squaresA == 0.0 || squaresB == 0.0) {
            return 0.0;
        }
        // √(|x|²·|y|²) rather than |x|·|y|: for x = y it is exactly |x|² (√ of a rounded square is
        // exact in binary floating point), so cos(x, x) = 1 with no rounding left over.
        double cosine = dot / Math.sqrt(squaresA * squaresB);
        return Math.max(-1.0, Math.min(1.0, cosine));
    }

    private static double sumOfSquares(double[] weights) {
        double sum = 0.0;
        for (double w : weights) {
            sum += w * w;
        }
        return sum;
    }

    private static <K> double[] squares(String name, Map<K, Double> weights) {
        double[] out = new double[weights.size()];
        int i = 0;
        for (Map.Entry<K, Double> e : weights.entrySet()) {
            Double w = e.getValue();
            if (w == null || !Double.isFinite(w)) {
                throw new IllegalArgumentException(name + "[" + e.getKey() + "] (" + w + ") must be a finite number");
            }
            out[i++] = w * w;
        }
        return out;
    }

    private static double sortedSum(double[] values) {
        Arrays.sort(values);
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static void checkSparse(String idsName, int[] ids, String weightsName, double[] weights) {
        Checks.notNull(idsName, ids);
        Checks.finite(weightsName, weights);
        Checks.sameLength(idsName, ids.length, weightsName, weights.length);
        for (int k = 1; k < ids.length; k++) {
            if (ids[k] <= ids[k - 1]) {
                throw new IllegalArgumentException(idsName + "[" + k + "] (" + ids[k] + ") must be > "
                        + idsName + "[" + (k - 1) + "] (" + ids[k - 1]
                        + "): ids must be strictly ascending; sort them together with their weights");
            }
        }
    }
}

package dev.framelens.stats;

/** Placeholder until the stats branch lands: scikit-learn default tf-idf. */
public final class TfIdf {
    private TfIdf() {
    }

    public static double weight(long count, int documents, int documentFrequency) {
        return count * (Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0);
    }

    public static void l2Normalize(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x * x;
        }
        double norm = Math.sqrt(s);
        if (norm > 0) {
            for (int k = 0; k < w.length; k++) {
                w[k] /= norm;
            }
        }
    }
}

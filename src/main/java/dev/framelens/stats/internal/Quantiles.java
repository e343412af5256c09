package dev.framelens.stats.internal;

/**
 * Sample quantiles by linear interpolation between order statistics: definition 7 of Hyndman &amp;
 * Fan (1996), "Sample quantiles in statistical packages", The American Statistician 50(4),
 * the default of R's {@code quantile()} and of NumPy's {@code percentile()}.
 *
 * <pre>
 *   h = (n − 1) · p,   Q(p) = x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋])
 * </pre>
 *
 * with {@code x} sorted ascending and indexed from 0; {@code Q(0)} is the minimum and
 * {@code Q(1)} the maximum.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * Type-7 quantile of an already sorted sample.
     *
     * @param sorted sample in ascending order, at least one element (not checked for order)
     * @param p probability in [0, 1]
     * @return the interpolated quantile
     * @throws IllegalArgumentException if the sample is empty or p is outside [0, 1]
     */
    public static double type7(double[] sorted, double p) {
        Checks.notNull("sorted", sorted);
        if (sorted.length == 0) {
            throw new IllegalArgumentException("sorted.length (0) must be ≥ 1: a quantile needs a sample");
        }
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("p (" + p + ") must be in [0, 1]");
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double fraction = h - lo;
        double low = sorted[lo];
        double high = sorted[lo + 1];
        return fraction == 0.0 ? low : low + fraction * (high - low);
    }
}

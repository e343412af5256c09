package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", <i>Journal of the American Statistical Association</i>
 * 22(158):209–212). With p̂ = x / n and z the standard normal quantile of the level,
 * <pre>
 *   centre    = (p̂ + z² / 2n) / (1 + z² / n)
 *   halfWidth = z / (1 + z² / n) · √( p̂(1 − p̂) / n + z² / 4n² )
 *   [low, high] = [centre − halfWidth, centre + halfWidth]
 * </pre>
 * the set of proportions π whose score test |p̂ − π| / √(π(1 − π)/n) ≤ z does not reject. Unlike the
 * Wald interval it stays inside [0, 1] and does not collapse to a point at 0 or n successes, which
 * matters for the small per-entry samples of a validation study (0 of 3 correct gives [0, 0.562]).
 *
 * <p>{@link #interval(double, double, double)} takes a real n: the effective sample size of a
 * weighted estimate ({@link StratifiedEstimate}).
 */
public final class Wilson {

    /** z of a two-sided 95 % interval: the standard normal quantile at 0.975. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /**
     * An interval.
     *
     * @param low  lower end, in [0, 1] (NaN without data)
     * @param high upper end, in [0, 1] (NaN without data)
     */
    public record Interval(double low, double high) {
    }

    /**
     * The Wilson interval of x successes in n trials.
     *
     * @param successes x, 0 ≤ x ≤ n
     * @param n         trials, ≥ 0; with 0 both ends are NaN
     * @param z         the normal quantile, &gt; 0 ({@link #Z95} for 95 %)
     * @return the interval
     * @throws IllegalArgumentException if x is negative or above n, or z is not a finite number &gt; 0
     */
    public static Interval interval(long successes, long n, double z) {
        Checks.nonNegative("successes", successes);
        Checks.nonNegative("n", n);
        Checks.atMost("successes", successes, "n", n, "a proportion of n trials");
        return interval(n == 0 ? Double.NaN : (double) successes / n, n, z);
    }

    /**
     * The Wilson interval of an observed proportion p̂ with a (possibly effective, non-integer)
     * sample size n.
     *
     * @param p the proportion, in [0, 1] (NaN gives NaN)
     * @param n the sample size, ≥ 0 (0 gives NaN)
     * @param z the normal quantile, &gt; 0
     * @return the interval, clamped to [0, 1] against rounding
     * @throws IllegalArgumentException if p is outside [0, 1], n negative or not finite, or z not finite &gt; 0
     */
    public static Interval interval(double p, double n, double z) {
        Checks.positiveFinite("z", z);
        if (!(n >= 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("n (" + n + ") must be a finite number ≥ 0");
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p (" + p + ") must be in [0, 1]");
        }
        if (n == 0 || Double.isNaN(p)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // at p̂ = 0 (1) the lower (upper) end is exactly 0 (1); rounding would leave it a hair inside
        double low = p == 0 ? 0.0 : Math.max(0.0, centre - half);
        double high = p == 1 ? 1.0 : Math.min(1.0, centre + half);
        return new Interval(low, high);
    }
}

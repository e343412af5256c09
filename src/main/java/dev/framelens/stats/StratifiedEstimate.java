package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;
import java.util.List;

/**
 * A proportion estimated from a stratified random sample: the combined ratio estimator with its
 * linearised variance (Cochran 1977, <i>Sampling Techniques</i>, 3rd ed.: ch. 6, the combined ratio
 * estimate in stratified sampling; ch. 5A, stratified sampling for proportions) and a Wilson interval at the effective
 * sample size.
 *
 * <h2>Data</h2>
 * Stratum h has N<sub>h</sub> units in the population, n<sub>h</sub> of them in the sample (drawn
 * at random without replacement), and two 0/1 variables per sampled unit with y ≤ x: x marks the
 * units of the domain, y those of the domain that have the property. Of the sample, x<sub>h</sub>
 * units have x = 1 and y<sub>h</sub> ≤ x<sub>h</sub> of them have y = 1.
 *
 * <h2>Estimate</h2>
 * Each sampled unit stands for w<sub>h</sub> = N<sub>h</sub> / n<sub>h</sub> population units:
 * <pre>
 *   X̂ = Σ_h w_h · x_h,   Ŷ = Σ_h w_h · y_h,   R̂ = Ŷ / X̂
 * </pre>
 * the estimated share of the domain that has the property. With x ≡ 1 (every sampled unit in the
 * domain) this is the stratified proportion Σ<sub>h</sub> (N<sub>h</sub>/N) · y<sub>h</sub>/n<sub>h</sub>.
 *
 * <h2>Variance and interval</h2>
 * Linearisation (Taylor) of the ratio: with d = y − R̂·x per unit and s²<sub>h</sub> the
 * within-stratum variance of d (divisor n<sub>h</sub>),
 * <pre>
 *   v(R̂) = Σ_h N_h² · s²_h / n_h  /  X̂²
 * </pre>
 * No finite-population correction is applied: the interval is about the process that produced
 * the units (the lexicon applied to text of this kind), not about this one finite corpus. The
 * effective sample size (Kish 1965, <i>Survey Sampling</i>, the design effect: the sample size that would give the
 * same variance under simple random sampling) is n* = R̂(1 − R̂) / v(R̂), capped at the number of
 * sampled domain units Σ<sub>h</sub> x<sub>h</sub> (no gain is claimed from stratification, and
 * n* = Σ x<sub>h</sub> when v = 0); the interval is the {@link Wilson} interval of R̂ at n*. With a
 * single stratum both steps are exact: R̂ = y/x, n* = x, and the interval is Wilson's for y of x.
 */
public final class StratifiedEstimate {

    private StratifiedEstimate() {
    }

    /**
     * One stratum.
     *
     * @param size    N<sub>h</sub>, units in the population, ≥ sampled
     * @param sampled n<sub>h</sub>, sampled units that count (e.g. coded ones), ≥ 0; a stratum
     *                with 0 adds nothing
     * @param domain  x<sub>h</sub>, sampled units in the domain, ≤ sampled
     * @param hits    y<sub>h</sub>, domain units with the property, ≤ domain
     */
    public record Stratum(long size, long sampled, long domain, long hits) {
        public Stratum {
            Checks.nonNegative("size", size);
            Checks.nonNegative("sampled", sampled);
            Checks.nonNegative("domain", domain);
            Checks.nonNegative("hits", hits);
            Checks.atMost("sampled", sampled, "size", size, "a sample cannot be larger than its stratum");
            Checks.atMost("domain", domain, "sampled", sampled, "domain units are sampled units");
            Checks.atMost("hits", hits, "domain", domain, "y ≤ x");
        }

        /** A stratum for a plain proportion: every sampled unit is in the domain. */
        public static Stratum proportion(long size, long sampled, long successes) {
            return new Stratum(size, sampled, sampled, successes);
        }
    }

    /**
     * The estimate.
     *
     * @param value     R̂, NaN when no sampled unit is in the domain
     * @param variance  v(R̂), NaN with R̂
     * @param effective n*, the effective sample size of the interval
     * @param units     Σ x<sub>h</sub>, sampled units in the domain
     * @param low       lower end of the Wilson interval at n*
     * @param high      upper end
     */
    public record Estimate(double value, double variance, double effective, long units, double low, double high) {
    }

    /**
     * The combined ratio estimate of the strata.
     *
     * @param strata the strata (any order; strata with no sampled unit are ignored)
     * @param z      the normal quantile of the interval ({@link Wilson#Z95} for 95 %)
     * @return the estimate
     */
    public static Estimate ratio(List<Stratum> strata, double z) {
        Checks.notNull("strata", strata);
        Checks.positiveFinite("z", z);
        double xHat = 0;
        double yHat = 0;
        long units = 0;
        for (Stratum s : strata) {
            if (s.sampled() == 0) {
                continue;
            }
            double w = (double) s.size() / s.sampled();
            xHat += w * s.domain();
            yHat += w * s.hits();
            units += s.domain();
        }
        if (units == 0) {
            return new Estimate(Double.NaN, Double.NaN, 0, 0, Double.NaN, Double.NaN);
        }
        double r = Math.min(1.0, yHat / xHat);
        double sum = 0;
        for (Stratum s : strata) {
            if (s.sampled() == 0) {
                continue;
            }
            double n = s.sampled();
            // d = 1 − r for the y units, −r for the x-but-not-y units, 0 for the others
            double mean = (s.hits() - r * s.domain()) / n;
            double meanSquare = (s.hits() * (1 - r) * (1 - r) + (s.domain() - s.hits()) * r * r) / n;
            double variance = Math.max(0.0, meanSquare - mean * mean);
            sum += (double) s.size() * s.size() * variance / n;
        }
        double v = sum / (xHat * xHat);
        double effective = v > 0 ? Math.min(units, r * (1 - r) / v) : units;
        Wilson.Interval ci = Wilson.interval(r, effective, z);
        return new Estimate(r, v, effective, units, ci.low(), ci.high());
    }
}

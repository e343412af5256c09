package dev.framelens.stats;

import dev.framelens.stats.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The lagged cross-correlation of two series observed at the same time steps: which one moves
 * first. For a lag L (−k ≤ L ≤ k) the pairs are (x<sub>t</sub>, y<sub>t+L</sub>) over every t at
 * which both values are finite (a missing period is NaN and drops its pairs), and
 * <pre>
 *   r(L) = Σ (x<sub>t</sub> − x̄)(y<sub>t+L</sub> − ȳ) / √( Σ (x<sub>t</sub> − x̄)² · Σ (y<sub>t+L</sub> − ȳ)² )
 * </pre>
 * the Pearson correlation of those pairs, x̄ and ȳ their means over the same pairs (not over the
 * whole series, as the classical estimator of Box &amp; Jenkins does — with gaps the pairs differ
 * from lag to lag, and this keeps each r a correlation in [−1, 1]). A peak at L &gt; 0 says that x
 * at a period goes with y L periods later: x moves first. It describes the two series; it is no
 * test of causation (two series that both follow a third move together at every lag), and with few
 * periods r is noisy: n pairs below 3, or a series constant over the pairs, give NaN.
 *
 * <p>Reference: Box, G. E. P., Jenkins, G. M., Reinsel, G. C. &amp; Ljung, G. M. (2015), <i>Time
 * Series Analysis: Forecasting and Control</i>, 5th ed., Wiley, §12.1 (the cross-correlation
 * function).
 */
public final class CrossCorrelation {
    private CrossCorrelation() {
    }

    /**
     * The correlation at one lag.
     *
     * @param lag   L: y is read L steps after x
     * @param pairs the number of pairs with both values finite
     * @param r     their Pearson correlation, NaN with fewer than 3 pairs or no variance
     */
    public record Lag(int lag, int pairs, double r) {
    }

    /**
     * r(L) for L = −maxLag … maxLag.
     *
     * @param x      the first series (NaN where missing)
     * @param y      the second series, same length
     * @param maxLag k ≥ 0
     * @return 2k + 1 lags, from −k
     */
    public static List<Lag> lagged(double[] x, double[] y, int maxLag) {
        Checks.sameLength("x", x.length, "y", y.length);
        Checks.nonNegative("maxLag", maxLag);
        List<Lag> out = new ArrayList<>();
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            out.add(at(x, y, lag));
        }
        return out;
    }

    /** r(L) for one lag. */
    public static Lag at(double[] x, double[] y, int lag) {
        Checks.sameLength("x", x.length, "y", y.length);
        double[] a = new double[x.length];
        double[] b = new double[x.length];
        int n = 0;
        for (int t = 0; t < x.length; t++) {
            int u = t + lag;
            if (u >= 0 && u < y.length && Double.isFinite(x[t]) && Double.isFinite(y[u])) {
                a[n] = x[t];
                b[n] = y[u];
                n++;
            }
        }
        return new Lag(lag, n, n < 3 ? Double.NaN : pearson(a, b, n));
    }

    /** The Pearson correlation of the first {@code n} pairs; NaN when either has no variance. */
    private static double pearson(double[] a, double[] b, int n) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }
}

package dev.framelens.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinomialTest {

    /** Exact Bin(n, p) probabilities by the recurrence from f(0) = (1 - p)^n, in BigDecimal-free doubles. */
    private static double[] pmf(int n, double p) {
        double[] f = new double[n + 1];
        // log-space, from the log-gamma-free sum of logs: ln C(n, k) = sum_{i < k} ln((n - i)/(i + 1))
        double logC = 0.0;
        for (int k = 0; k <= n; k++) {
            f[k] = Math.exp(logC + k * Math.log(p) + (n - k) * Math.log1p(-p));
            logC += Math.log((n - k) / (double) (k + 1));
        }
        return f;
    }

    @Test
    void variatesFollowTheBinomialDistribution() {
        // both searches (mean below and above 16), the mirror for p > 1/2, small and large n
        int[][] cases = {{1, 50}, {10, 30}, {40, 50}, {200, 5}, {200, 35}, {1000, 2}, {1000, 30}, {3000, 90}};
        SplittableRandom random = new SplittableRandom(20261203L);
        for (int[] c : cases) {
            int n = c[0];
            double p = c[1] / 100.0;
            int b = 60_000;
            long[] seen = new long[n + 1];
            for (int i = 0; i < b; i++) {
                seen[Binomial.draw(n, p, random)]++;
            }
            double[] f = pmf(n, p);
            // chi-square over the cells with an expected count of at least 5, the rest pooled
            double chi2 = 0;
            int df = -1;
            double poolE = 0;
            double poolO = 0;
            for (int k = 0; k <= n; k++) {
                double e = f[k] * b;
                if (e >= 5) {
                    chi2 += (seen[k] - e) * (seen[k] - e) / e;
                    df++;
                } else {
                    poolE += e;
                    poolO += seen[k];
                }
            }
            if (poolE >= 5) {
                chi2 += (poolO - poolE) * (poolO - poolE) / poolE;
                df++;
            }
            assertTrue(df >= 1 && chi2 < df + 6 * Math.sqrt(2.0 * df), "Bin(" + n + ", " + p + "): chi-square " + chi2 + " on " + df + " df");
        }
    }

    @Test
    void largeTrialsHaveTheBinomialMeanAndVariance() {
        SplittableRandom random = new SplittableRandom(7L);
        for (double p : new double[] {0.001, 0.2, 0.5, 0.93}) {
            int n = 2_000_000;
            int b = 4_000;
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < b; i++) {
                int x = Binomial.draw(n, p, random);
                assertTrue(x >= 0 && x <= n);
                sum += x;
                sq += (double) x * x;
            }
            double mean = sum / b;
            double var = sq / b - mean * mean;
            double sd = Math.sqrt(n * p * (1 - p));
            assertEquals(n * p, mean, 5 * sd / Math.sqrt(b), "mean at p = " + p);
            assertEquals(sd * sd, var, 0.15 * sd * sd, "variance at p = " + p);
        }
    }

    @Test
    void logFactorialMatchesTheSumOfLogs() {
        double s = 0;
        for (int k = 1; k <= 5000; k++) {
            s += Math.log(k);
            assertEquals(s, Binomial.logFactorial(k), 1e-12 * Math.max(1, s), "ln " + k + "!");
        }
        assertEquals(0.0, Binomial.logFactorial(0));
    }

    @Test
    void endsAndBadArguments() {
        SplittableRandom random = new SplittableRandom(1L);
        assertEquals(0, Binomial.draw(0, 0.3, random));
        assertEquals(0, Binomial.draw(50, 0.0, random));
        assertEquals(50, Binomial.draw(50, 1.0, random));
        assertEquals("n (-1) must be ≥ 0", assertThrows(IllegalArgumentException.class,
                () -> Binomial.draw(-1, 0.5, random)).getMessage());
        assertEquals("p (1.5) must be between 0 and 1", assertThrows(IllegalArgumentException.class,
                () -> Binomial.draw(5, 1.5, random)).getMessage());
        assertEquals("p (NaN) must be between 0 and 1", assertThrows(IllegalArgumentException.class,
                () -> Binomial.draw(5, Double.NaN, random)).getMessage());
    }
}

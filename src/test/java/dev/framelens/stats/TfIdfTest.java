package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Three documents:
 * <pre>
 *   d1: a a b     d2: b c     d3: c c c
 *   n = 3; df(a) = 1, df(b) = 2, df(c) = 2
 *   idf(a) = ln(4/2) + 1 = 1 + ln 2   = 1.6931471805599454
 *   idf(b) = idf(c) = ln(4/3) + 1     = 1.2876820724517808
 * </pre>
 */
class TfIdfTest {

    private static final double EPS = 1e-12;
    private static final double IDF_A = 1 + Math.log(2);
    private static final double IDF_B = 1 + Math.log(4.0 / 3.0);

    @Test
    void smoothIdf() {
        assertEquals(IDF_A, TfIdf.smoothIdf(3, 1), EPS);
        assertEquals(1.6931471805599454, TfIdf.smoothIdf(3, 1), EPS);
        assertEquals(IDF_B, TfIdf.smoothIdf(3, 2), EPS);
        // in every document: ln(4/4) + 1 = 1, never 0
        assertEquals(1.0, TfIdf.smoothIdf(3, 3), EPS);
        // unseen term: ln(4/1) + 1
        assertEquals(1 + Math.log(4), TfIdf.smoothIdf(3, 0), EPS);
    }

    @Test
    void documentRowIsL2Normalised() {
        // d1 raw: a = 2·(1 + ln 2) = 3.3862944, b = 1·(1 + ln 4/3) = 1.2876821
        // norm = √(3.3862944² + 1.2876821²) = √(11.4669895 + 1.6581251) = 3.6228599
        // a = 3.3862944 / 3.6228599 = 0.9347019636214327, b = 1.2876821 / 3.6228599 = 0.35543246785041743
        double norm = Math.sqrt(4 * IDF_A * IDF_A + IDF_B * IDF_B);
        double[] d1 = TfIdf.weights(new int[] {2, 1}, new double[] {IDF_A, IDF_B});
        assertArrayEquals(new double[] {2 * IDF_A / norm, IDF_B / norm}, d1, EPS);
        assertArrayEquals(new double[] {0.9347019636214327, 0.35543246785041743}, d1, EPS);
    }

    @Test
    void equalWeightsGiveOneOverRootTwo() {
        // d2: b 1, c 1, equal idf → both 1/√2
        double[] d2 = TfIdf.weights(new long[] {1, 1}, new double[] {IDF_B, IDF_B});
        assertArrayEquals(new double[] {1 / Math.sqrt(2), 1 / Math.sqrt(2)}, d2, EPS);
        // d3: a single term has weight 1 whatever its count
        assertArrayEquals(new double[] {1.0}, TfIdf.weights(new int[] {3}, new double[] {IDF_B}), EPS);
    }

    @Test
    void mapVersionKeepsKeyOrderAndValues() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("b", 1);
        counts.put("a", 2);
        Map<String, Double> idf = Map.of("a", IDF_A, "b", IDF_B, "c", IDF_B);
        Map<String, Double> w = TfIdf.weights(counts, idf);
        assertEquals(List.of("b", "a"), List.copyOf(w.keySet()));
        assertEquals(0.35543246785041743, w.get("b"), EPS);
        assertEquals(0.9347019636214327, w.get("a"), EPS);
    }

    @Test
    void emptyOrZeroDocumentStaysZero() {
        assertArrayEquals(new double[0], TfIdf.weights(new int[0], new double[0]));
        assertArrayEquals(new double[] {0.0, 0.0}, TfIdf.weights(new int[] {0, 0}, new double[] {1.0, 2.0}));
    }

    @Test
    void seededRowsHaveUnitNorm() {
        SplittableRandom random = new SplittableRandom(11L);
        for (int doc = 0; doc < 200; doc++) {
            int terms = 1 + random.nextInt(40);
            int[] counts = new int[terms];
            double[] idf = new double[terms];
            for (int i = 0; i < terms; i++) {
                counts[i] = 1 + random.nextInt(30);
                idf[i] = TfIdf.smoothIdf(50, 1 + random.nextInt(50));
            }
            double sumOfSquares = 0;
            for (double w : TfIdf.weights(counts, idf)) {
                sumOfSquares += w * w;
            }
            assertEquals(1.0, sumOfSquares, 1e-12);
        }
    }

    @Test
    void invalidArgumentsNameValueAndRule() {
        assertEquals("documentFrequency (4) must be ≤ documentCount (3): a term cannot occur in more documents "
                        + "than there are",
                assertThrows(IllegalArgumentException.class, () -> TfIdf.smoothIdf(3, 4)).getMessage());
        assertEquals("counts.length (2) must equal idf.length (1): they describe the same items",
                assertThrows(IllegalArgumentException.class,
                        () -> TfIdf.weights(new int[] {1, 2}, new double[] {1.0})).getMessage());
        assertEquals("counts[1] (-2) must be ≥ 0",
                assertThrows(IllegalArgumentException.class,
                        () -> TfIdf.weights(new long[] {1, -2}, new double[] {1.0, 1.0})).getMessage());
        assertEquals("idf has no value for term z: compute the idf over the same vocabulary as the counts",
                assertThrows(IllegalArgumentException.class,
                        () -> TfIdf.weights(Map.of("z", 1), Map.of("a", 1.0))).getMessage());
    }
}

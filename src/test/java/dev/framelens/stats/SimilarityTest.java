package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    private static final double EPS = 1e-12;

    @Test
    void sparseArrays() {
        // x = {1: 1, 2: 2}, y = {2: 3, 3: 4}
        // x·y = 2·3 = 6; |x| = √5; |y| = 5 → 6 / (5√5) = 0.5366563145999494
        double cos = Similarity.cosine(new int[] {1, 2}, new double[] {1, 2}, new int[] {2, 3}, new double[] {3, 4});
        assertEquals(6 / (5 * Math.sqrt(5)), cos, EPS);
        assertEquals(0.5366563145999494, cos, EPS);
    }

    @Test
    void maps() {
        Map<String, Double> x = Map.of("putin", 1.0, "kim", 2.0);
        Map<String, Double> y = Map.of("kim", 3.0, "korea", 4.0);
        assertEquals(0.5366563145999494, Similarity.cosine(x, y), EPS);
    }

    @Test
    void selfIsExactlyOneAndDisjointIsZero() {
        Map<String, Double> x = Map.of("a", 0.1, "b", 0.7, "c", 0.3);
        assertEquals(1.0, Similarity.cosine(x, x));
        assertEquals(0.0, Similarity.cosine(x, Map.of("d", 1.0)));
        int[] ids = {0, 5, 9};
        double[] w = {0.1, 0.7, 0.3};
        assertEquals(1.0, Similarity.cosine(ids, w, ids, w));
    }

    @Test
    void oppositeIsMinusOne() {
        // x = (1), y = (−2): −2 / (1·2) = −1
        assertEquals(-1.0, Similarity.cosine(new int[] {7}, new double[] {1}, new int[] {7}, new double[] {-2}), EPS);
    }

    @Test
    void zeroVectorGivesZero() {
        assertEquals(0.0, Similarity.cosine(new int[0], new double[0], new int[] {1}, new double[] {1}));
        assertEquals(0.0, Similarity.cosine(Map.of("a", 0.0), Map.of("a", 1.0)));
    }

    @Test
    void seededVectorsAreSymmetricAndAgreeAcrossLayouts() {
        SplittableRandom random = new SplittableRandom(3L);
        for (int round = 0; round < 300; round++) {
            Map<Integer, Double> x = randomVector(random);
            Map<Integer, Double> y = randomVector(random);
            double cos = Similarity.cosine(x, y);
            assertEquals(cos, Similarity.cosine(y, x), 0.0);
            assertTrue(cos >= -1.0 && cos <= 1.0);
            int[] idsX = x.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] idsY = y.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] wx = java.util.Arrays.stream(idsX).mapToDouble(x::get).toArray();
            double[] wy = java.util.Arrays.stream(idsY).mapToDouble(y::get).toArray();
            double arrays = Similarity.cosine(idsX, wx, idsY, wy);
            assertEquals(cos, arrays, 1e-12);
            assertEquals(arrays, Similarity.cosine(idsY, wy, idsX, wx), 0.0);
        }
    }

    private static Map<Integer, Double> randomVector(SplittableRandom random) {
        Map<Integer, Double> v = new HashMap<>();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            v.put(random.nextInt(60), random.nextDouble());
        }
        return v;
    }

    @Test
    void invalidArgumentsNameValueAndRule() {
        assertEquals("idsA[1] (3) must be > idsA[0] (5): ids must be strictly ascending; sort them together "
                        + "with their weights",
                assertThrows(IllegalArgumentException.class, () -> Similarity.cosine(
                        new int[] {5, 3}, new double[] {1, 1}, new int[] {1}, new double[] {1})).getMessage());
        assertEquals("idsB.length (1) must equal weightsB.length (2): they describe the same items",
                assertThrows(IllegalArgumentException.class, () -> Similarity.cosine(
                        new int[] {1}, new double[] {1}, new int[] {1}, new double[] {1, 2})).getMessage());
        assertEquals("weightsA[0] (NaN) must be a finite number",
                assertThrows(IllegalArgumentException.class, () -> Similarity.cosine(
                        new int[] {1}, new double[] {Double.NaN}, new int[] {1}, new double[] {1})).getMessage());
    }

    @Test
    void preparedVectorsGiveTheSameCosineBitForBit() {
        SplittableRandom r = new SplittableRandom(20261202);
        for (int trial = 0; trial < 500; trial++) {
            int[][] ids = new int[2][];
            double[][] w = new double[2][];
            for (int v = 0; v < 2; v++) {
                int n = r.nextInt(12);
                java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
                while (set.size() < n) {
                    set.add(r.nextInt(30));
                }
                ids[v] = set.stream().mapToInt(Integer::intValue).toArray();
                w[v] = r.doubles(n, -3, 3).toArray();
            }
            double plain = Similarity.cosine(ids[0], w[0], ids[1], w[1]);
            double prepared = Similarity.cosine(Similarity.sparse(ids[0], w[0]), Similarity.sparse(ids[1], w[1]));
            assertEquals(Double.doubleToLongBits(plain), Double.doubleToLongBits(prepared), "trial " + trial);
        }
        assertEquals("ids[1] (1) must be > ids[0] (1): ids must be strictly ascending; sort them together with their weights",
                assertThrows(IllegalArgumentException.class,
                        () -> Similarity.sparse(new int[] {1, 1}, new double[] {1, 2})).getMessage());
    }
}

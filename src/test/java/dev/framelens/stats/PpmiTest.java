package dev.framelens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PpmiTest {
    private static final double EPS = 1e-12;

    @Test
    void smoothedTotal() {
        // 16^0.75 + 81^0.75 + 0 = 8 + 27
        assertEquals(35.0, Ppmi.smoothedTotal(new long[] {16, 81, 0}, 0.75), EPS);
        assertEquals(97.0, Ppmi.smoothedTotal(new long[] {16, 81, 0}, 1.0), EPS);
    }

    @Test
    void weight() {
        // #(w, c) = 4, #(w) = 8, #(c) = 16, Σ #(c')^0.75 = 35: log2(4 · 35 / (8 · 8)) = log2(2.1875)
        assertEquals(Math.log(2.1875) / Math.log(2), Ppmi.weight(4, 8, 16, 35, 0.75), EPS);
        // plain PMI with α = 1: #(w,c) · P / (#(w) · #(c)) = 4 · 64 / (8 · 16) = 2 → 1 bit
        assertEquals(1.0, Ppmi.weight(4, 8, 16, 64, 1.0), EPS);
        // negative PMI is cut to 0: 1 · 64 / (8 · 16) = 0.5
        assertEquals(0.0, Ppmi.weight(1, 8, 16, 64, 1.0), EPS);
        assertEquals(0.0, Ppmi.weight(0, 8, 16, 64, 1.0), EPS);
    }

    @Test
    void smoothingRaisesRareContexts() {
        // a rare context (count 1) and a frequent one (count 81) seen twice each with w:
        // with α = 0.75 the rare one's P̂_α is larger than its raw share, so its PPMI is lower than plain PPMI
        long[] contexts = {1, 81, 18};
        double plainRare = Ppmi.weight(2, 10, 1, Ppmi.smoothedTotal(contexts, 1.0), 1.0);
        double smoothRare = Ppmi.weight(2, 10, 1, Ppmi.smoothedTotal(contexts, 0.75), 0.75);
        assertEquals(Math.log(2 * 100.0 / 10) / Math.log(2), plainRare, EPS);
        assertTrue(smoothRare < plainRare);
    }

    @Test
    void badArgumentsSayWhy() {
        assertEquals("alpha (0.0) must be in (0, 1]; 0.75 smooths, 1 is plain PPMI",
                assertThrows(IllegalArgumentException.class, () -> Ppmi.weight(1, 2, 3, 4, 0)).getMessage());
        assertEquals("pair (5) must be ≤ wordTotal (2): a word's pairs are part of its total",
                assertThrows(IllegalArgumentException.class, () -> Ppmi.weight(5, 2, 3, 4, 0.75)).getMessage());
    }
}

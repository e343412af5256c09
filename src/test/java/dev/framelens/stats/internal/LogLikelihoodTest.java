package dev.framelens.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogLikelihoodTest {

    @Test
    void goldenTable() {
        // [[10, 20], [30, 40]]: rows 30, 70; columns 40, 60; N 100
        // E = (12, 18, 28, 42)
        // G² = 2·[10 ln(10/12) + 20 ln(20/18) + 30 ln(30/28) + 40 ln(40/42)] = 0.8043486460964835
        double expected = 2 * (10 * Math.log(10.0 / 12) + 20 * Math.log(20.0 / 18) + 30 * Math.log(30.0 / 28)
                + 40 * Math.log(40.0 / 42));
        assertEquals(expected, LogLikelihood.g2(10, 20, 30, 40), 1e-12);
    }

    @Test
    void orientationDoesNotChangeTheBits() {
        SplittableRandom random = new SplittableRandom(5L);
        for (int i = 0; i < 5000; i++) {
            long a = random.nextInt(100);
            long b = random.nextInt(100);
            long c = random.nextInt(1000);
            long d = 1 + random.nextInt(1000);
            double g2 = LogLikelihood.g2(a, b, c, d);
            assertEquals(g2, LogLikelihood.g2(a, c, b, d), 0.0); // transposed
            assertEquals(g2, LogLikelihood.g2(b, a, d, c), 0.0); // columns swapped
            assertEquals(g2, LogLikelihood.g2(c, d, a, b), 0.0); // rows swapped
        }
    }

    @Test
    void allZeroExceptOneCellIsZero() {
        assertEquals(0.0, LogLikelihood.g2(0, 0, 0, 5));
    }
}

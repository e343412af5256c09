package dev.framelens.trend;

import java.time.LocalDate;

/**
 * One period of a trend.
 *
 * @param label how it is written: {@code 2024}, {@code 2024-Q2}, {@code 2024-06}, {@code 2024-W23},
 *              {@code 2024-06-08}, {@code [1990, 2000)}
 * @param key   its place in time: the epoch day of its first day, or the bucket number k of
 *              [k·N, (k+1)·N); periods sort by it
 * @param start its first day, or {@code null} for a numeric bucket
 */
public record Period(String label, long key, LocalDate start) implements Comparable<Period> {

    @Override
    public int compareTo(Period o) {
        return Long.compare(key, o.key);
    }
}

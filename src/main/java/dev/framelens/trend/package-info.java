/**
 * Frames over time: {@link dev.framelens.trend.FrameTrends} sums the documents' frame hits per
 * period of a date or number column ({@link dev.framelens.trend.TimeValue},
 * {@link dev.framelens.trend.Every}, {@link dev.framelens.trend.Period}), with a seeded bootstrap over
 * each period's documents and the lagged cross-correlation of groups' series. JDK-only; uses
 * {@code corpus}, {@code framing} and {@code stats}. The rules are in docs/TRENDS.md.
 */
package dev.framelens.trend;

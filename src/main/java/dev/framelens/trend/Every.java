package dev.framelens.trend;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How values of the time column are cut into periods: a calendar unit for dates, or a bucket
 * width for numbers. Immutable.
 *
 * <table>
 *   <caption>Periods</caption>
 *   <tr><th>{@code --every}</th><th>period of a date</th><th>label</th></tr>
 *   <tr><td>{@code year}</td><td>the calendar year</td><td>{@code 2024}</td></tr>
 *   <tr><td>{@code quarter}</td><td>January–March, April–June, …</td><td>{@code 2024-Q2}</td></tr>
 *   <tr><td>{@code month}</td><td>the calendar month</td><td>{@code 2024-06}</td></tr>
 *   <tr><td>{@code week}</td><td>the ISO 8601 week (Monday to Sunday; week 1 holds the year's first
 *       Thursday), labelled with its week-based year</td><td>{@code 2024-W23}</td></tr>
 *   <tr><td>{@code day}</td><td>the day</td><td>{@code 2024-06-08}</td></tr>
 *   <tr><td>a number N &gt; 0</td><td>for numbers: [k·N, (k+1)·N) with k = ⌊v / N⌋</td><td>{@code [1990, 2000)}</td></tr>
 * </table>
 *
 * @param unit  the calendar unit, or {@code null} for numeric buckets
 * @param width the bucket width for numbers (positive), or {@code null} for a calendar unit
 */
public record Every(Unit unit, BigDecimal width) {

    /** Calendar units, from the coarsest. */
    public enum Unit {
        YEAR, QUARTER, MONTH, WEEK, DAY;

        /** The precision a date needs to be placed in a period of this unit. */
        TimeValue.Precision needs() {
            return switch (this) {
                case YEAR -> TimeValue.Precision.YEAR;
                case QUARTER, MONTH -> TimeValue.Precision.MONTH;
                case WEEK, DAY -> TimeValue.Precision.DAY;
            };
        }

        /** {@code year}, {@code quarter}, … */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Every {
        if ((unit == null) == (width == null)) {
            throw new IllegalArgumentException("a period is a calendar unit or a numeric width, not both or neither");
        }
        if (width != null && width.signum() <= 0) {
            throw new IllegalArgumentException("--every " + width.toPlainString() + " must be > 0");
        }
    }

    /**
     * Reads {@code year}, {@code quarter}, {@code month}, {@code week}, {@code day} (any case) or a
     * positive number.
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static Every parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        for (Unit u : Unit.values()) {
            if (u.label().equals(t)) {
                return new Every(u, null);
            }
        }
        BigDecimal w;
        try {
            w = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--every " + s + " is not a period: use year, quarter, month, week, day"
                    + " or a bucket width such as 10 (for a numeric time column)");
        }
        if (w.signum() <= 0) {
            throw new IllegalArgumentException("--every " + s + " must be > 0 (a bucket width for numbers)");
        }
        return new Every(null, w);
    }

    /** Whether values are numbers cut into buckets. */
    public boolean numeric() {
        return width != null;
    }

    /** The period of a time value (checked against this period by {@link TimeValue#check}). */
    Period period(TimeValue v) {
        if (numeric()) {
            BigDecimal k = v.number().divide(width, 0, java.math.RoundingMode.FLOOR);
            BigDecimal low = k.multiply(width);
            BigDecimal high = low.add(width);
            return new Period("[" + plain(low) + ", " + plain(high) + ")", k.longValueExact(), null);
        }
        LocalDate d = v.date();
        return switch (unit) {
            case YEAR -> of(LocalDate.of(d.getYear(), 1, 1), String.valueOf(d.getYear()));
            case QUARTER -> {
                int q = (d.getMonthValue() - 1) / 3 + 1;
                yield of(LocalDate.of(d.getYear(), 3 * q - 2, 1), d.getYear() + "-Q" + q);
            }
            case MONTH -> of(d.withDayOfMonth(1), String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()));
            case WEEK -> of(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), String.format(Locale.ROOT,
                    "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            case DAY -> of(d, d.toString());
        };
    }

    /** The period after {@code p} (for the gap-free grid of the cross-correlation). */
    Period next(Period p) {
        if (numeric()) {
            long k = p.key() + 1;
            BigDecimal low = width.multiply(BigDecimal.valueOf(k));
            return new Period("[" + plain(low) + ", " + plain(low.add(width)) + ")", k, null);
        }
        LocalDate s = p.start();
        LocalDate n = switch (unit) {
            case YEAR -> s.plusYears(1);
            case QUARTER -> s.plusMonths(3);
            case MONTH -> s.plusMonths(1);
            case WEEK -> s.plusWeeks(1);
            case DAY -> s.plusDays(1);
        };
        return period(TimeValue.ofDate(n, TimeValue.Precision.DAY));
    }

    private static Period of(LocalDate start, String label) {
        return new Period(label, start.toEpochDay(), start);
    }

    private static String plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    @Override
    public String toString() {
        return numeric() ? plain(width) : unit.label();
    }
}

package dev.framelens.trend;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of a time column read as a date, a number or both ({@code 2024} is a year and a number).
 *
 * <p>Dates: {@code 2024-06-08} (a time after it, {@code T10:00:00Z} or {@code  10:00}, is ignored),
 * {@code 2024/06/08}, {@code June 8, 2024}, {@code Jun. 8 2024}, {@code Saturday, June 8, 2024},
 * {@code 8 June 2024}, {@code June 2024}, {@code 2024-06} (a month), {@code 2024} (a year). Month
 * names in English, full or abbreviated to three letters ({@code Sept} too), any case. Numbers:
 * decimal, optionally signed ({@code 12}, {@code -3.5}). Immutable.
 *
 * @param date      the date (the first day of its month or year when the value gives no more), or {@code null}
 * @param precision what the value gives: a day, a month or a year; {@code null} when it is no date
 * @param number    the value as a number, or {@code null}
 */
public record TimeValue(LocalDate date, Precision precision, BigDecimal number) {

    /** How much of a date a value gives. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ].*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([a-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\\.?,? (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.?,? (\\d{4})");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,? (.*)");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** A date of a given precision (for periods built in code). */
    static TimeValue ofDate(LocalDate date, Precision precision) {
        return new TimeValue(date, precision, null);
    }

    /**
     * Reads a value.
     *
     * @return the value, or {@code null} when it is neither a date nor a number (an impossible date
     *         such as {@code 2024-02-30} is neither)
     */
    public static TimeValue parse(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher w = WEEKDAY.matcher(s);
        if (w.matches()) {
            s = w.group(1);
        }
        try {
            Matcher m;
            if ((m = ISO.matcher(s)).matches() || (m = SLASHED.matcher(s)).matches()) {
                return day(num(m, 1), num(m, 2), num(m, 3));
            }
            if ((m = YEAR_MONTH.matcher(s)).matches()) {
                return new TimeValue(LocalDate.of(num(m, 1), num(m, 2), 1), Precision.MONTH, null);
            }
            if (YEAR.matcher(s).matches()) {
                return new TimeValue(LocalDate.of(Integer.parseInt(s), 1, 1), Precision.YEAR, new BigDecimal(s));
            }
            if ((m = MONTH_DAY_YEAR.matcher(s)).matches() && MONTHS.containsKey(m.group(1))) {
                return day(num(m, 3), MONTHS.get(m.group(1)), num(m, 2));
            }
            if ((m = DAY_MONTH_YEAR.matcher(s)).matches() && MONTHS.containsKey(m.group(2))) {
                return day(num(m, 3), MONTHS.get(m.group(2)), num(m, 1));
            }
            if ((m = MONTH_YEAR.matcher(s)).matches() && MONTHS.containsKey(m.group(1))) {
                return new TimeValue(LocalDate.of(num(m, 2), MONTHS.get(m.group(1)), 1), Precision.MONTH, null);
            }
        } catch (DateTimeException impossible) {
            return null;
        }
        if (NUMBER.matcher(s).matches()) {
            return new TimeValue(null, null, new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
        }
        return null;
    }

    private static TimeValue day(int year, int month, int day) {
        return new TimeValue(LocalDate.of(year, month, day), Precision.DAY, null);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * Why {@code value} (as {@link #parse} read it; {@code null} when it could not) cannot be placed
     * in a period of {@code every}, or {@code null} when it can.
     */
    static String problem(TimeValue value, Every every) {
        if (value == null) {
            return every.numeric() ? "is not a number" : "is not a date (read: 2024-06-08, June 8, 2024, 8 June 2024, "
                    + "2024-06, 2024; for numbers give --every N)";
        }
        return value.problem(every);
    }

    private String problem(Every every) {
        if (every.numeric()) {
            return number == null ? "is not a number (--every " + every + " cuts numbers; use --every year, quarter, "
                    + "month, week or day for dates)" : null;
        }
        if (date == null) {
            return "is not a date (read: 2024-06-08, June 8, 2024, 8 June 2024, 2024-06, 2024; for numbers give "
                    + "--every N)";
        }
        if (precision.ordinal() < every.unit().needs().ordinal()) {
            return "gives only a " + precision.name().toLowerCase(Locale.ROOT) + ", not the "
                    + every.unit().needs().name().toLowerCase(Locale.ROOT) + " --every " + every + " needs";
        }
        return null;
    }
}

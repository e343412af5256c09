package dev.framelens.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading time values and cutting them into periods. */
class EveryTest {
    static String label(String value, String every) {
        Every e = Every.parse(every);
        TimeValue v = TimeValue.parse(value);
        assertNull(TimeValue.problem(v, e), value + " / " + every);
        return e.period(v).label();
    }

    @Test
    void datesInTheirFormats() {
        for (String s : new String[] {"2024-06-08", "2024-6-8", "2024/06/08", "June 8, 2024", "june 8 2024", "Jun. 8, 2024",
            "8 June 2024", "8th June, 2024", "Saturday, June 8, 2024", "2024-06-08T10:15:00Z", " 2024-06-08 10:15 "}) {
            TimeValue v = TimeValue.parse(s);
            assertEquals(LocalDate.of(2024, 6, 8), v == null ? null : v.date(), s);
            assertEquals(TimeValue.Precision.DAY, v.precision(), s);
        }
        assertEquals(new TimeValue(LocalDate.of(2024, 6, 1), TimeValue.Precision.MONTH, null), TimeValue.parse("2024-06"));
        assertEquals(new TimeValue(LocalDate.of(2024, 9, 1), TimeValue.Precision.MONTH, null), TimeValue.parse("Sept 2024"));
        assertEquals(new TimeValue(LocalDate.of(2024, 1, 1), TimeValue.Precision.YEAR, new BigDecimal("2024")),
                TimeValue.parse("2024"));
        assertEquals(new BigDecimal("-3.5"), TimeValue.parse("-3.5").number());
        assertNull(TimeValue.parse("2024-02-30"));
        assertNull(TimeValue.parse("Juneteenth 8, 2024"));
        assertNull(TimeValue.parse("soon"));
    }

    @Test
    void calendarPeriods() {
        assertEquals("2024", label("June 8, 2024", "year"));
        assertEquals("2024", label("2024", "YEAR"));
        assertEquals("2024-Q2", label("2024-06", "quarter"));
        assertEquals("2024-Q1", label("2024-03-31", "quarter"));
        assertEquals("2024-06", label("8 June 2024", "month"));
        assertEquals("2024-W23", label("2024-06-08", "week"));
        // ISO weeks at the turn of the year: 30 Dec 2024 is in week 1 of 2025, 1 Jan 2021 in week 53 of 2020
        assertEquals("2025-W01", label("2024-12-30", "week"));
        assertEquals("2020-W53", label("2021-01-01", "week"));
        assertEquals("2024-06-08", label("June 8, 2024", "day"));
    }

    @Test
    void numericBuckets() {
        assertEquals("[1990, 2000)", label("1996", "10"));
        assertEquals("[-10, 0)", label("-3", "10"));
        assertEquals("[0.3, 0.4)", label("0.35", "0.1"));
        assertEquals("[2, 2.5)", label("2", "0.5"));
        Every e = Every.parse("10");
        Period p = e.period(TimeValue.parse("1996"));
        assertEquals(199, p.key());
        assertEquals("[2000, 2010)", e.next(p).label());
        Every q = Every.parse("quarter");
        assertEquals("2025-Q1", q.next(q.period(TimeValue.parse("2024-11-02"))).label());
        Every w = Every.parse("week");
        assertEquals("2025-W01", w.next(w.period(TimeValue.parse("2024-12-25"))).label());
    }

    @Test
    void valuesThatDoNotFit() {
        assertEquals("gives only a year, not the month --every quarter needs",
                TimeValue.problem(TimeValue.parse("2024"), Every.parse("quarter")));
        assertEquals("gives only a month, not the day --every week needs",
                TimeValue.problem(TimeValue.parse("2024-06"), Every.parse("week")));
        assertEquals("is not a number (--every 5 cuts numbers; use --every year, quarter, month, week or day for dates)",
                TimeValue.problem(TimeValue.parse("2024-06-08"), Every.parse("5")));
        assertEquals("is not a date (read: 2024-06-08, June 8, 2024, 8 June 2024, 2024-06, 2024; for numbers give "
                + "--every N)", TimeValue.problem(TimeValue.parse("12.5"), Every.parse("year")));
        assertEquals("--every fortnight is not a period: use year, quarter, month, week, day or a bucket width such as "
                + "10 (for a numeric time column)",
                assertThrows(IllegalArgumentException.class, () -> Every.parse("fortnight")).getMessage());
        assertEquals("--every 0 must be > 0 (a bucket width for numbers)",
                assertThrows(IllegalArgumentException.class, () -> Every.parse("0")).getMessage());
    }
}

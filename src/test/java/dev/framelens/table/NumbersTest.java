package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The two number rules: in full for programs, 4 significant digits for people. */
class NumbersTest {

    @Test
    void exactIsTheShortestRoundTrip() {
        assertEquals("28.045207199665132", Numbers.exact(28.045207199665132));
        assertEquals("0.0", Numbers.exact(0.0));
        assertEquals("-1.0", Numbers.exact(-1.0));
        assertEquals("1.0E-5", Numbers.exact(1e-5));
        assertEquals("", Numbers.exact(Double.NaN), "missing");
        assertEquals("Infinity", Numbers.exact(Double.POSITIVE_INFINITY));
    }

    @Test
    void humanKeepsFourSignificantDigits() {
        assertEquals("28.05", Numbers.human(28.045207199665132));
        assertEquals("1.516", Numbers.human(1.5163474893680884));
        assertEquals("-0.4353", Numbers.human(-0.4353180712578455));
        assertEquals("0.1484", Numbers.human(0.14842000511827322));
        assertEquals("0.01942", Numbers.human(0.01941668946912022), "leading zeros are not significant");
        assertEquals("1.000", Numbers.human(1.0), "trailing zeros show the precision");
        assertEquals("2.500", Numbers.human(2.5));
        assertEquals("0", Numbers.human(0.0));
        assertEquals("0", Numbers.human(-0.0));
    }

    @Test
    void roundingIsHalfUpOnTheExactForm() {
        // 0.12345 prints as 0.12345 in full; half up gives 0.1235 (the binary value is a little below)
        assertEquals("0.1235", Numbers.human(0.12345));
        assertEquals("-0.1235", Numbers.human(-0.12345));
        assertEquals("10.00", Numbers.human(9.99951), "a carry adds an integer digit");
        assertEquals("1000", Numbers.human(999.96));
    }

    @Test
    void theIntegerPartIsNeverRoundedAway() {
        assertEquals("1162", Numbers.human(1162.0));
        assertEquals("12346", Numbers.human(12345.678));
        assertEquals("-98765", Numbers.human(-98765.4));
        assertEquals("123456789012346", Numbers.human(123456789012345.6));
    }

    @Test
    void exponentOnlyOutsideOrdinaryMagnitudes() {
        assertEquals("0.0001000", Numbers.human(1e-4));
        assertEquals("3.142e-05", Numbers.human(3.14159e-5));
        assertEquals("1.235e+15", Numbers.human(1.2345e15));
        assertEquals("", Numbers.human(Double.NaN));
        assertEquals("-Infinity", Numbers.human(Double.NEGATIVE_INFINITY));
    }
}

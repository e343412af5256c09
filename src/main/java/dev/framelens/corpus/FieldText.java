package dev.framelens.corpus;

import java.time.LocalDate;

/**
 * The one rule that turns a typed value (a JSON number, a Parquet or Spark column) into the text of
 * a document field: strings as they are, whole numbers and booleans in Java's notation, decimals
 * with a whole value below 10<sup>15</sup> such as {@code 2018.0} as {@code 2018}, other decimals by
 * {@link Double#toString}, dates as ISO {@code yyyy-mm-dd}, a missing value as {@code ""}. The JSON
 * Lines reader, the Parquet format and the Spark reader all use it, so a corpus's metadata reads the
 * same whatever it is stored in and wherever it is read.
 */
public final class FieldText {
    private FieldText() {
    }

    /**
     * The text of {@code value} in column {@code column}.
     *
     * @throws CorpusException (data) for another type, naming the column and the types there are
     */
    public static String of(String column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof java.util.Date && value.getClass().getName().equals("java.sql.Date")) {
            return value.toString(); // yyyy-mm-dd (java.sql.Date is not imported: corpus uses java.base only)
        }
        throw CorpusException.data("column '" + column + "' holds " + value.getClass().getSimpleName()
                + " values; framelens reads text, whole-number, decimal, boolean and date columns (cast it first)");
    }
}

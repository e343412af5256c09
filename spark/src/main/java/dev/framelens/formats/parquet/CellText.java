package dev.framelens.formats.parquet;

import dev.framelens.corpus.CorpusException;
import java.time.LocalDate;

/**
 * The one rule that turns a typed column value (Parquet, a Spark {@code Dataset<Row>}) into the text
 * of a document field: strings as they are, whole numbers and booleans in Java's notation, decimals
 * as a JSON Lines corpus has them (a whole value such as {@code 2018.0} as {@code 2018}, otherwise
 * {@link Double#toString}), dates as ISO {@code yyyy-mm-dd}, a missing value as {@code ""}. The
 * single-machine {@link ParquetFormat} and the Spark reader both use it, so a corpus's metadata reads
 * the same on one machine and on a cluster.
 */
public final class CellText {
    private CellText() {
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
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        throw CorpusException.data("column '" + column + "' holds " + value.getClass().getSimpleName()
                + " values; framelens reads text, whole-number, decimal, boolean and date columns (cast it first)");
    }
}

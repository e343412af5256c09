package dev.framelens.table;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads cells of framelens tables whatever the column types, and checks the expected columns: how
 * charts, the report and user code read a table back.
 */
public final class Cells {

    private Cells() {}

    /**
     * Fails with one message naming the missing columns, the ones present and where such a table
     * comes from, unless {@code table} has every column of {@code names}.
     *
     * @param what the name of the table in the message, e.g. {@code "frameScores"}
     */
    public static void require(Table table, String what, String... names) {
        if (table == null) {
            throw new IllegalArgumentException(
                    "the " + what + " table is null; pass the table returned by Framelens." + what + "()");
        }
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            if (!table.containsColumn(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "the "
                            + what
                            + " table lacks column"
                            + (missing.size() == 1 ? " " : "s ")
                            + String.join(", ", missing)
                            + " (it has: "
                            + String.join(", ", table.columnNames())
                            + "); pass the table returned by Framelens."
                            + what
                            + "()");
        }
    }

    /** The cell as a number: {@code NaN} when missing or not numeric. */
    public static double number(Table table, String column, int row) {
        Column<?> c = table.column(column);
        if (c.isMissing(row)) {
            return Double.NaN;
        }
        if (c instanceof NumericColumn<?> n) {
            return n.getDouble(row);
        }
        try {
            return Double.parseDouble(c.getString(row).trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The cell as text: the empty string when missing. */
    public static String text(Table table, String column, int row) {
        Column<?> c = table.column(column);
        if (c.isMissing(row)) {
            return "";
        }
        return c.getString(row);
    }

    /** The cell as a boolean: {@code true} for a true boolean, or the text true/yes/1 (any case). */
    public static boolean flag(Table table, String column, int row) {
        Column<?> c = table.column(column);
        if (c.isMissing(row)) {
            return false;
        }
        if (c instanceof BooleanColumn b) {
            return b.get(row);
        }
        if (c instanceof NumericColumn<?> n) {
            return n.getDouble(row) != 0;
        }
        String s = c.getString(row).trim();
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes") || s.equals("1");
    }
}

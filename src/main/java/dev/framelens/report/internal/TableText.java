package dev.framelens.report.internal;

import dev.framelens.chart.Html;
import dev.framelens.table.TableWriter;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Renders Tablesaw tables as CSV text and as sortable HTML tables. */
public final class TableText {

    /** Text cells longer than this wrap; shorter ones stay on one line. */
    private static final int LONG = 40;

    private TableText() {}

    /**
     * The table as CSV (RFC 4180 quoting, {@code \n} line ends, header row of the column names).
     * Whole numbers print without a fraction, other numbers with {@link Double#toString(double)}
     * (round-trip exact, locale independent), missing cells as empty fields. Text cells (and the
     * header) go through {@link TableWriter#csvField(String, TableWriter.CsvMode)}: in {@link
     * TableWriter.CsvMode#SPREADSHEET_SAFE} a cell starting with {@code =} gets a leading {@code '}.
     */
    public static String csv(Table table, TableWriter.CsvMode mode) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < table.columnCount(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(TableWriter.csvField(table.column(c).name(), mode));
        }
        out.append('\n');
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                Column<?> col = table.column(c);
                if (col.isMissing(r)) {
                    continue;
                }
                if (col instanceof NumericColumn<?> n) {
                    out.append(exact(n.getDouble(r)));
                } else {
                    out.append(TableWriter.csvField(col.getString(r), mode));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A number written exactly: whole numbers without a fraction, NaN as the empty string. */
    public static String exact(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    /** A number for reading: whole-number columns as integers, decimals with three places. */
    public static String display(Column<?> col, int row) {
        if (col.isMissing(row)) {
            return "";
        }
        if (col instanceof DoubleColumn || col instanceof FloatColumn) {
            double d = ((NumericColumn<?>) col).getDouble(row);
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%.3f", d) : "";
        }
        if (col instanceof NumericColumn<?> n) {
            return exact(n.getDouble(row));
        }
        return col.getString(row);
    }

    /**
     * A sortable HTML table ({@code class="sortable"}, sorted by the report's script when a header is
     * clicked) of the first {@code maxRows} rows. Numeric cells carry their exact value in {@code
     * data-sort}; every string is escaped.
     *
     * @param id the table element's id
     * @param caption what the table shows
     */
    public static String html(Table table, String id, String caption, int maxRows) {
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"table-wrap\"><table class=\"sortable\" id=\"")
                .append(Html.escape(id))
                .append("\">\n<caption>")
                .append(Html.escape(caption))
                .append("</caption>\n<thead><tr>");
        for (int c = 0; c < table.columnCount(); c++) {
            Column<?> col = table.column(c);
            boolean num = col instanceof NumericColumn<?>;
            out.append("<th scope=\"col\"")
                    .append(num ? " class=\"num\"" : "")
                    .append("><button type=\"button\">")
                    .append(Html.escape(col.name()))
                    .append("</button></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        int rows = Math.min(maxRows, table.rowCount());
        for (int r = 0; r < rows; r++) {
            out.append("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                Column<?> col = table.column(c);
                if (col instanceof NumericColumn<?> n) {
                    out.append("<td class=\"num\" data-sort=\"")
                            .append(col.isMissing(r) ? "" : exact(n.getDouble(r)))
                            .append("\">")
                            .append(Html.escape(display(col, r)))
                            .append("</td>");
                } else {
                    String text = display(col, r);
                    out.append(text.length() > LONG ? "<td class=\"long\">" : "<td>")
                            .append(Html.escape(text))
                            .append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
        return out.toString();
    }
}

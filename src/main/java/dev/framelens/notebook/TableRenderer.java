package dev.framelens.notebook;

import dev.framelens.table.Html;
import dev.framelens.table.TableWriter;
import tech.tablesaw.api.Table;

/**
 * Shows a Tablesaw {@link Table} in a notebook through framelens' one table serializer ({@link
 * TableWriter}): an HTML table of its first rows that sorts on a click on a header, with a line
 * underneath that gives the table's shape, how many rows are shown and how to see the others; and
 * the same rows as the aligned text table with the same line. Numbers are rounded for reading as
 * everywhere ({@code Numbers.human}: 4 significant digits, counts whole); every cell, column name and
 * table name is HTML-escaped.
 *
 * <p>Sorting: the table is {@code class="sortable"} with each number's exact value in {@code
 * data-sort}, followed by {@link TableWriter#sortScript()} (a few lines, the report's own), which
 * turns the headers into buttons. In an untrusted notebook the script does not run and the headers
 * stay plain text. Sorting reorders the rows shown, not the whole table.
 *
 * <p>How many rows: {@link #rowLimit()} (default {@value #DEFAULT_ROW_LIMIT}) unless a call asks for
 * another number ({@link #html(Table, int)}, what {@code display(table, n)} uses); the limit itself
 * can be changed from a cell with {@link Notebook#setTableRowLimit(int)}.
 */
public final class TableRenderer {

    /** Rows shown when nothing else was asked for. */
    public static final int DEFAULT_ROW_LIMIT = 20;

    private volatile int rowLimit;

    /** A renderer that shows {@value #DEFAULT_ROW_LIMIT} rows. */
    public TableRenderer() {
        this(DEFAULT_ROW_LIMIT);
    }

    /** A renderer that shows at most {@code rowLimit} rows. */
    public TableRenderer(int rowLimit) {
        setRowLimit(rowLimit);
    }

    /** The most rows shown. */
    public int rowLimit() {
        return rowLimit;
    }

    /**
     * Sets the most rows shown.
     *
     * @throws IllegalArgumentException if {@code rows} is below 1
     */
    public void setRowLimit(int rows) {
        this.rowLimit = checkRows(rows);
    }

    /** {@link #html(Table, int)} with {@link #rowLimit()} rows. */
    public String html(Table table) {
        return html(table, rowLimit);
    }

    /**
     * The table as HTML: {@link TableWriter#html} of its first {@code rows} rows, sortable, then the
     * {@link #summary} line and the sort script.
     *
     * @throws IllegalArgumentException if {@code rows} is below 1
     */
    public String html(Table table, int rows) {
        int shown = Math.min(table.rowCount(), checkRows(rows));
        return "<div class=\"framelens-table\">\n"
                + TableWriter.html(table, shown, new TableWriter.HtmlTable(null, null, true, false))
                + "\n<p class=\"framelens-table-shape\">" + Html.escape(summary(table, shown)) + "</p>\n"
                + "<script type=\"text/javascript\">\n" + TableWriter.sortScript() + "</script>\n</div>";
    }

    /** {@link #text(Table, int)} with {@link #rowLimit()} rows. */
    public String text(Table table) {
        return text(table, rowLimit);
    }

    /**
     * The table as text: {@link TableWriter#text} of its first {@code rows} rows, then the {@link
     * #summary} line.
     *
     * @throws IllegalArgumentException if {@code rows} is below 1
     */
    public String text(Table table, int rows) {
        int shown = Math.min(table.rowCount(), checkRows(rows));
        String body = TableWriter.text(table, shown);
        return (body.endsWith("\n") ? body : body + "\n") + summary(table, shown);
    }

    /**
     * The line under a table: its name, shape and, when rows are left out, how to see them, e.g.
     * {@code "terms: 314 rows × 4 columns, showing the first 20: display(table, 314) shows all"}.
     */
    static String summary(Table table, int shown) {
        String line = shape(table);
        int rows = table.rowCount();
        if (shown < rows) {
            line += ", showing the first " + shown + ": display(table, " + rows + ") shows all";
        }
        return line;
    }

    /** E.g. {@code "terms: 1234 rows × 4 columns"}. */
    static String shape(Table table) {
        int rows = table.rowCount();
        int columns = table.columnCount();
        String name = table.name() == null || table.name().isBlank() ? "" : table.name() + ": ";
        return name + rows + (rows == 1 ? " row" : " rows") + " \u00d7 " + columns + (columns == 1 ? " column" : " columns");
    }

    private static int checkRows(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("row limit (" + rows + ") must be >= 1");
        }
        return rows;
    }
}

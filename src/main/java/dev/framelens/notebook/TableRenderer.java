package dev.framelens.notebook;

import dev.framelens.table.Html;
import dev.framelens.table.TableWriter;
import tech.tablesaw.api.Table;

/**
 * Shows a Tablesaw {@link Table} in a notebook through framelens' one table serializer ({@link
 * TableWriter}): an HTML table of at most {@link #rowLimit()} rows (then a footnote saying how many
 * there are) with the table's shape underneath, and the same rows as the aligned text table.
 * Numbers are rounded for reading as everywhere ({@code Numbers.human}); every cell, column name and
 * table name is HTML-escaped.
 *
 * <p>The limit can be changed from a cell with {@link Notebook#setTableRowLimit(int)}.
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
        if (rows < 1) {
            throw new IllegalArgumentException("row limit (" + rows + ") must be >= 1");
        }
        this.rowLimit = rows;
    }

    /**
     * The table as HTML: {@link TableWriter#html} of up to {@link #rowLimit()} rows (a footnote row
     * when rows were left out), with its shape underneath.
     */
    public String html(Table table) {
        return html(table, rowLimit);
    }

    /** {@link #html(Table)} with up to {@code rows} rows instead of {@link #rowLimit()}. */
    public String html(Table table, int rows) {
        int shown = Math.min(table.rowCount(), rows);
        return "<div class=\"framelens-table\">\n"
                + TableWriter.html(table, shown, TableWriter.HtmlTable.PLAIN)
                + "\n<p class=\"framelens-table-shape\">" + Html.escape(shape(table)) + "</p>\n</div>";
    }

    /** The table as text: {@link TableWriter#text} of the first {@link #rowLimit()} rows, and its shape. */
    public String text(Table table) {
        return text(table, rowLimit);
    }

    /** {@link #text(Table)} with up to {@code rows} rows instead of {@link #rowLimit()}. */
    public String text(Table table, int rows) {
        int shown = Math.min(table.rowCount(), rows);
        return TableWriter.text(table, shown) + shape(table);
    }

    /**
     * E.g. {@code "terms: 1234 rows × 4 columns"} (how many rows are shown is the serializer's
     * footnote).
     */
    static String shape(Table table) {
        int rows = table.rowCount();
        int columns = table.columnCount();
        String name = table.name() == null || table.name().isBlank() ? "" : table.name() + ": ";
        return name + rows + (rows == 1 ? " row" : " rows") + " \u00d7 " + columns + (columns == 1 ? " column" : " columns");
    }
}

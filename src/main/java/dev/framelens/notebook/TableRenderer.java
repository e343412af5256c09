package dev.framelens.notebook;

import tech.tablesaw.api.Table;

/**
 * Shows a Tablesaw {@link Table} in a notebook: an HTML table of at most {@link #rowLimit()}
 * rows (then an ellipsis row) with the table's shape underneath, and the same rows as plain
 * text. Every cell, column name and table name is HTML-escaped.
 *
 * <p>The limit can be changed from a cell with {@link Notebook#setTableRowLimit(int)}.
 */
public final class TableRenderer {

    /** Rows shown when nothing else was asked for. */
    public static final int DEFAULT_ROW_LIMIT = 20;

    private static final String ELLIPSIS = "\u2026";

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

    /** The table as HTML: header, up to {@link #rowLimit()} rows, an ellipsis row if rows were left out, and its shape. */
    public String html(Table table) {
        int limit = rowLimit;
        int rows = table.rowCount();
        int columns = table.columnCount();
        int shown = Math.min(rows, limit);
        StringBuilder html = new StringBuilder(256 + 64 * shown * Math.max(columns, 1));
        html.append("<div class=\"framelens-table\">\n<table>\n<thead>\n<tr>");
        for (String name : table.columnNames()) {
            html.append("<th>").append(escape(name)).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (int row = 0; row < shown; row++) {
            html.append("<tr>");
            for (int column = 0; column < columns; column++) {
                html.append("<td>").append(escape(table.column(column).getString(row))).append("</td>");
            }
            html.append("</tr>\n");
        }
        if (shown < rows) {
            html.append("<tr class=\"framelens-ellipsis\">");
            for (int column = 0; column < columns; column++) {
                html.append("<td>").append(ELLIPSIS).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"framelens-table-shape\">");
        html.append(escape(shape(table, shown)));
        html.append("</p>\n</div>");
        return html.toString();
    }

    /** The table as text: Tablesaw's layout of the first {@link #rowLimit()} rows and the shape. */
    public String text(Table table) {
        int shown = Math.min(table.rowCount(), rowLimit);
        String body = shown < table.rowCount() ? table.first(shown).printAll() : table.printAll();
        return body + "\n" + shape(table, shown);
    }

    /** E.g. {@code "terms: 1,234 rows × 4 columns (first 20 shown)"}. */
    static String shape(Table table, int shown) {
        int rows = table.rowCount();
        int columns = table.columnCount();
        String name = table.name() == null || table.name().isBlank() ? "" : table.name() + ": ";
        String text = name + rows + (rows == 1 ? " row" : " rows") + " \u00d7 " + columns + (columns == 1 ? " column" : " columns");
        return shown < rows ? text + " (first " + shown + " shown)" : text;
    }

    /** Escapes {@code & < > " '} for HTML text and attribute values; {@code null} becomes empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}

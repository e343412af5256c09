package dev.framelens.notebook;

import tech.tablesaw.api.Table;

/**
 * What notebook cells can call on the running framelens kernel. The kernel's startup defines
 * {@code display(value)}, {@code display(value, mimeType)}, {@code display(table, rows)} and
 * {@code render(value)} in JShell as shortcuts for the methods of the same name here.
 */
public final class Notebook {

    private Notebook() {
    }

    /**
     * Shows a value as an output of the current cell, rendered like a cell's result (a
     * Tablesaw {@code Table} as an HTML table, a jsplot {@code Figure} as a chart, a {@link
     * MimeBundle} as it is). Text the cell printed before is shown first.
     *
     * @throws IllegalStateException outside a running framelens kernel
     */
    public static void display(Object value) {
        FramelensKernel.current().displayValue(value);
    }

    /**
     * Shows a value as one MIME type (with {@code text/plain} beside it): the value's own
     * rendering of that type if it has one (a {@code Table} as {@code text/html}), else, for a
     * {@code CharSequence}, the text itself as content of that type, so that
     * {@code display("<b>bold</b>", "text/html")} shows bold text and
     * {@code display(svg, "image/svg+xml")} a picture. JSON types take JSON text.
     *
     * @throws IllegalArgumentException if the value cannot be shown as that type (the message
     *                                  lists the types it can), or JSON content is not JSON
     * @throws IllegalStateException    outside a running framelens kernel
     */
    public static void display(Object value, String mimeType) {
        FramelensKernel.current().displayValue(value, mimeType);
    }

    /**
     * Shows the first {@code rows} rows of a table ({@code 0} for all of them), whatever the
     * row limit.
     *
     * @throws IllegalArgumentException if {@code rows} is negative
     * @throws IllegalStateException    outside a running framelens kernel
     */
    public static void display(Table table, int rows) {
        FramelensKernel.current().displayTable(table, rows);
    }

    /**
     * The MIME bundle a value is shown with, without showing it.
     *
     * @throws IllegalStateException outside a running framelens kernel
     */
    public static MimeBundle render(Object value) {
        return FramelensKernel.current().mimeBundle(value);
    }

    /**
     * Sets how many rows of a {@code Table} are shown.
     *
     * @throws IllegalArgumentException if {@code rows} is below 1
     * @throws IllegalStateException    outside a running framelens kernel
     */
    public static void setTableRowLimit(int rows) {
        FramelensKernel.current().tables().setRowLimit(rows);
    }

    /** How many rows of a {@code Table} are shown. */
    public static int tableRowLimit() {
        return FramelensKernel.current().tables().rowLimit();
    }
}

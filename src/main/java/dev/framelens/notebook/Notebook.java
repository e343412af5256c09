package dev.framelens.notebook;

/**
 * What notebook cells can call on the running framelens kernel. The kernel's startup defines
 * {@code display(Object)} in JShell as a shortcut for {@link #display(Object)}.
 */
public final class Notebook {

    private Notebook() {
    }

    /**
     * Shows a value as an output of the current cell, rendered like a cell's result (a
     * Tablesaw {@code Table} as an HTML table, a jsplot {@code Figure} as a chart). Text the
     * cell printed before is shown first.
     *
     * @throws IllegalStateException outside a running framelens kernel
     */
    public static void display(Object value) {
        FramelensKernel.current().displayValue(value);
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

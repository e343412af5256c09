package dev.framelens.notebook.internal;

import java.util.List;

/**
 * Why a cell did not run to the end, with the lines the notebook shows for it.
 *
 * <p>The kernel reports a failure's simple class name as the Jupyter {@code ename}, its
 * message as {@code evalue} and {@link #traceback()} as the {@code traceback}. Failures carry
 * no Java stack trace of the kernel itself.
 */
public abstract class CellFailure extends RuntimeException {

    private final List<String> traceback;

    protected CellFailure(String message, List<String> traceback) {
        super(message, null, false, false);
        this.traceback = List.copyOf(traceback);
    }

    /** The lines to show in the notebook, without ANSI colours. */
    public List<String> traceback() {
        return traceback;
    }
}

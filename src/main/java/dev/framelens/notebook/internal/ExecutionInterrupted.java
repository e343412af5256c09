package dev.framelens.notebook.internal;

import java.util.List;

/** The cell was interrupted (interrupt request or SIGINT); later snippets of the cell did not run. */
public final class ExecutionInterrupted extends CellFailure {
    public ExecutionInterrupted(String message, List<String> traceback) {
        super(message, traceback);
    }
}

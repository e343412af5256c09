package dev.framelens.notebook.internal;

import java.util.List;

/** A snippet of the cell did not compile; the traceback marks the offending code. */
public final class CompilationException extends CellFailure {
    public CompilationException(String message, List<String> traceback) {
        super(message, traceback);
    }
}

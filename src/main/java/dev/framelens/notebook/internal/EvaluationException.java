package dev.framelens.notebook.internal;

import java.util.List;

/**
 * The cell's code threw an exception; the message names the exception class, the traceback
 * holds its stack trace without the frames of JShell and the kernel.
 */
public final class EvaluationException extends CellFailure {
    private final String exceptionClass;

    public EvaluationException(String exceptionClass, String message, List<String> traceback) {
        super(message, traceback);
        this.exceptionClass = exceptionClass;
    }

    /** The fully qualified class name of the exception the cell threw. */
    public String exceptionClass() {
        return exceptionClass;
    }
}

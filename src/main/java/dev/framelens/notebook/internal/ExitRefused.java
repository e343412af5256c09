package dev.framelens.notebook.internal;

import java.util.List;

/**
 * The cell called {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}, which the
 * kernel refused ({@link ExitGuard}): the message says so and that the kernel keeps running; the
 * traceback shows where in the cell it happened.
 */
public final class ExitRefused extends CellFailure {
    public ExitRefused(String message, List<String> traceback) {
        super(message, traceback);
    }
}

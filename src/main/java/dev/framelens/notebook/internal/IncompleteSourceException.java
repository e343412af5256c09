package dev.framelens.notebook.internal;

import java.util.List;

/** The cell ends in the middle of a statement or declaration (an unclosed brace, say). */
public final class IncompleteSourceException extends CellFailure {
    public IncompleteSourceException(String message, List<String> traceback) {
        super(message, traceback);
    }
}

package dev.framelens.report;

import java.io.IOException;

/**
 * The output folder cannot take the report, and nothing in it was changed: it is not a report
 * folder, a file framelens did not write (or that was changed since) is in the way, another report
 * is being written into it, or it overlaps the input. The message names the path and says how to
 * go on; the command line shows it as a usage error (exit 2).
 */
public final class OutputFolderException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what is in the way and what to do, in one line */
    public OutputFolderException(String message) {
        super(message);
    }
}

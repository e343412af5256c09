package dev.framelens.corpus;

/**
 * A corpus could not be read. The message is one line that names the file and says what to do.
 * {@link #isUsageError()} separates a wrong argument (a missing path, an unknown format) from bad
 * data (invalid UTF-8, a binary file, no documents).
 */
public final class CorpusException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean usageError;

    public CorpusException(String message, boolean usageError) {
        super(message);
        this.usageError = usageError;
    }

    public static CorpusException usage(String message) {
        return new CorpusException(message, true);
    }

    public static CorpusException data(String message) {
        return new CorpusException(message, false);
    }

    public boolean isUsageError() {
        return usageError;
    }
}

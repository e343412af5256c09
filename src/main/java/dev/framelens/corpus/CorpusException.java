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

    /** Longest piece of input text a message shows before cutting it with "…". */
    public static final int SHOWN_CHARS = 80;

    /**
     * A piece of input (an id, a column name) as a one-line message shows it: in single quotes,
     * with line breaks, tabs and other control characters written as {@code \n}, {@code \r},
     * {@code \t} or {@code \\uXXXX}, cut after {@value #SHOWN_CHARS} characters.
     */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), SHOWN_CHARS) + 3).append('\'');
        int n = Math.min(text.length(), SHOWN_CHARS);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(text.length() > n ? "\u2026'" : "'").toString();
    }

    /** Names as a message lists them: the first ten {@link #quote quoted}, then how many in all. */
    public static String quote(java.util.List<String> names) {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < Math.min(names.size(), 10); k++) {
            b.append(k == 0 ? "" : ", ").append(quote(names.get(k)));
        }
        return b.append(names.size() > 10 ? ", … (" + names.size() + " in all)]" : "]").toString();
    }
}

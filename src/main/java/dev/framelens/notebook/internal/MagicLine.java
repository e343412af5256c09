package dev.framelens.notebook.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A line magic as IJava writes it: {@code %name arg1 "arg two" ...} on a line of its own.
 *
 * <p>Arguments are separated by blanks; a double-quoted argument may contain blanks; inside
 * and outside quotes {@code \"} stands for a quote and {@code \\} for a backslash. Other
 * backslashes are kept as they are, so Windows paths need no escaping.
 *
 * @param name the magic's name without {@code %}
 * @param args the arguments, unquoted
 */
public record MagicLine(String name, List<String> args) {

    public MagicLine {
        args = List.copyOf(args);
    }

    /** Whether a line magic ({@code %} and a letter, not {@code %%}) begins at {@code offset}. */
    public static boolean startsAt(CharSequence text, int offset) {
        return offset + 1 < text.length()
                && text.charAt(offset) == '%'
                && Character.isLetter(text.charAt(offset + 1));
    }

    /** Whether a cell magic ({@code %%} and a letter) begins at {@code offset}. */
    public static boolean cellMagicAt(CharSequence text, int offset) {
        return offset + 2 < text.length()
                && text.charAt(offset) == '%'
                && text.charAt(offset + 1) == '%'
                && Character.isLetter(text.charAt(offset + 2));
    }

    /**
     * Parses one line that starts (after blanks) with {@code %name}.
     *
     * @throws IllegalArgumentException if the line is not a line magic or a quote is not closed
     */
    public static MagicLine parse(String line) {
        String text = line.strip();
        if (!startsAt(text, 0)) {
            throw new IllegalArgumentException("not a line magic: '" + line + "' (a line magic looks like %jars lib/*.jar)");
        }
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return new MagicLine(text.substring(1, end), split(text.substring(end)));
    }

    /** Splits magic arguments by the rules above. */
    static List<String> split(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean hasArg = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                current.append(text.charAt(++i));
                hasArg = true;
            } else if (c == '"') {
                inQuotes = !inQuotes;
                hasArg = true;
            } else if (Character.isWhitespace(c) && !inQuotes) {
                if (hasArg) {
                    args.add(current.toString());
                    current.setLength(0);
                    hasArg = false;
                }
            } else {
                current.append(c);
                hasArg = true;
            }
        }
        if (inQuotes) {
            throw new IllegalArgumentException("unclosed quote in magic arguments: " + text.strip());
        }
        if (hasArg) {
            args.add(current.toString());
        }
        return args;
    }
}

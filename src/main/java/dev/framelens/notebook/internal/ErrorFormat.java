package dev.framelens.notebook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Text of compile errors (source line with a {@code ^~~~} marker under the span) and of
 * runtime exceptions (stack traces without the frames of JShell and of the kernel).
 */
public final class ErrorFormat {

    /** At most this many frames are shown per exception in a chain. */
    static final int MAX_FRAMES = 40;

    private static final String[] KERNEL_FRAME_PREFIXES = {
        "jdk.jshell.", "dev.framelens.notebook.internal.", "jdk.internal.reflect.",
        "java.lang.reflect.Method", "java.lang.Thread",
    };

    private ErrorFormat() {
    }

    /** The 1-based line of {@code offset} in {@code text}. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        int end = Math.min(Math.max(offset, 0), text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Two lines showing the source line that holds {@code start} and a marker under the span
     * {@code [start, end)}: {@code ^} under the first character, {@code ~} under the rest of the
     * span on that line. Tabs before the span are kept in the marker line so that it lines up.
     *
     * @param text      the whole text (a cell or a file)
     * @param start     offset of the span in {@code text}
     * @param end       offset just past the span (a span shorter than one character gets a lone {@code ^})
     * @param firstLine the number to show for the first line of {@code text}
     */
    public static List<String> markedSource(String text, int start, int end, int firstLine) {
        int from = Math.min(Math.max(start, 0), text.length());
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(lineStart, lineEnd);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        int column = from - lineStart;
        int width = Math.max(1, Math.min(end, lineStart + line.length()) - from);
        String number = Integer.toString(firstLine + lineOf(text, from) - 1);
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < column && i < line.length(); i++) {
            marker.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        marker.append('^');
        marker.append("~".repeat(width - 1));
        return List.of("  " + number + " | " + line, "  " + " ".repeat(number.length()) + " | " + marker);
    }

    /**
     * The lines of a compiler message, without the {@code location:} lines (the marked source
     * shows the location) and without blank lines.
     */
    public static List<String> messageLines(String message) {
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("location:")) {
                lines.add(line.stripTrailing());
            }
        }
        return lines;
    }

    /** Whether a frame belongs to JShell's or the kernel's machinery rather than to user or library code. */
    static boolean isKernelFrame(StackTraceElement frame) {
        String type = frame.getClassName();
        for (String prefix : KERNEL_FRAME_PREFIXES) {
            if (type.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The frames of a stack trace as {@code at ...} lines, with the kernel's frames at the
     * bottom removed and JShell snippet frames ({@code #id:line}) shown as cell lines.
     *
     * @param origins where each snippet id came from ({@code null} when unknown)
     */
    public static List<String> frames(StackTraceElement[] trace, Function<String, SourceOrigin> origins) {
        int end = trace.length;
        while (end > 0 && isKernelFrame(trace[end - 1])) {
            end--;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (lines.size() == MAX_FRAMES) {
                lines.add("    ... " + (end - i) + " more");
                break;
            }
            lines.add("    at " + frame(trace[i], origins));
        }
        return lines;
    }

    static String frame(StackTraceElement frame, Function<String, SourceOrigin> origins) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return frame.toString();
        }
        SourceOrigin origin = origins.apply(file.substring(1));
        String where = origin == null
                ? "snippet " + file + ", line " + frame.getLineNumber()
                : origin.at(frame.getLineNumber());
        String method = frame.getMethodName() == null ? "" : frame.getMethodName();
        if (method.isEmpty()) {
            return where;
        }
        String type = frame.getClassName() == null ? "" : frame.getClassName();
        return (type.isEmpty() ? "" : type + ".") + method + "(" + where + ")";
    }
}

package dev.framelens.corpus.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The warnings of one input file, one line per kind however often it happens: the first
 * occurrence is told in full with its line, followed by how many lines had that kind of
 * problem when there were more ({@code "warning: a.jsonl: line 3: … (12 lines in all)"}).
 * Nothing is printed until {@link #flush}, which the reader calls when the file is done.
 */
public final class FileWarnings {
    private final String file;
    private final Consumer<String> out;
    private final Map<String, First> kinds = new LinkedHashMap<>();

    private static final class First {
        final long line;
        final String message;
        long lines;
        long lastLine;

        First(long line, String message) {
            this.line = line;
            this.message = message;
        }
    }

    /**
     * @param file the file as it is named in every warning
     * @param out  receives each finished warning line
     */
    public FileWarnings(String file, Consumer<String> out) {
        this.file = file;
        this.out = out;
    }

    /**
     * Records one occurrence of {@code kind} on {@code line}; the message of the first occurrence
     * of each kind is the one printed. Several occurrences on one line count as one line.
     */
    public void note(String kind, long line, String message) {
        First f = kinds.computeIfAbsent(kind, k -> new First(line, message));
        if (f.lines == 0 || f.lastLine != line) {
            f.lines++;
            f.lastLine = line;
        }
    }

    /** Prints one line per kind noted, in the order the kinds first came, and forgets them. */
    public void flush() {
        for (First f : kinds.values()) {
            out.accept("warning: " + file + ": line " + f.line + ": " + f.message
                    + (f.lines > 1 ? " (" + f.lines + " lines in all)" : ""));
        }
        kinds.clear();
    }
}

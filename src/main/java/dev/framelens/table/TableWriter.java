package dev.framelens.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a {@link Table} as an aligned text table, CSV (RFC 4180), JSON (an array of objects)
 * or Markdown. CSV and JSON carry full-precision numbers ({@link Double#toString}); the text
 * and Markdown forms round decimals to 4 places for reading.
 *
 * <p>CSV is safe to open in a spreadsheet unless asked otherwise ({@link CsvMode}): every CSV
 * that framelens writes passes its text cells through {@link #csvField(String, CsvMode)}.
 */
public final class TableWriter {
    private TableWriter() {
    }

    /** Output formats. */
    public enum Format {
        TABLE, CSV, JSON, MD;

        /** Parses {@code table|csv|json|md}. */
        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format '" + s + "' must be one of table, csv, json, md");
        }
    }

    /**
     * How CSV text cells are written. OWASP's advice against CSV (formula) injection: a spreadsheet
     * runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and, in some, a tab
     * or carriage return) as a formula, so {@code =HYPERLINK("http://x")} taken from an article's
     * metadata would open as a live link.
     */
    public enum CsvMode {
        /**
         * A text cell starting with {@code = + - @}, tab or carriage return gets a leading
         * {@code '} (which spreadsheets take as "this is text" and do not show); numeric columns
         * are written as plain numbers, negative ones included. The default.
         */
        SPREADSHEET_SAFE,
        /** Cells as they are (for programs that read the CSV): {@code --csv-raw}. */
        RAW
    }

    /** {@link #write(Table, Format, Appendable)} into a string. */
    public static String toString(Table t, Format format) {
        StringBuilder b = new StringBuilder();
        write(t, format, b);
        return b.toString();
    }

    /** Writes {@code t} in {@code format}; CSV is {@link CsvMode#SPREADSHEET_SAFE}. */
    public static void write(Table t, Format format, Appendable out) {
        write(t, format, CsvMode.SPREADSHEET_SAFE, out, Map.of());
    }

    /** Writes {@code t} in {@code format}; {@code csv} says how CSV text cells are written. */
    public static void write(Table t, Format format, CsvMode csv, Appendable out) {
        write(t, format, csv, out, Map.of());
    }

    /**
     * {@link #write(Table, Format, Appendable)}, the aligned text table showing the columns named in
     * {@code contexts} as the context around a keyword (see {@link Context}); the other formats
     * ignore {@code contexts} and carry every cell in full.
     */
    public static void write(Table t, Format format, Appendable out, Map<String, Context> contexts) {
        write(t, format, CsvMode.SPREADSHEET_SAFE, out, contexts);
    }

    /** The general form: {@code csv} for CSV text cells, {@code contexts} for the aligned text table. */
    public static void write(Table t, Format format, CsvMode csv, Appendable out, Map<String, Context> contexts) {
        try {
            switch (format) {
                case CSV -> csv(t, csv, out);
                case JSON -> json(t, out);
                case MD -> markdown(t, out);
                default -> out.append(text(t, Integer.MAX_VALUE, contexts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Full-precision cell text (CSV, JSON). */
    public static String exact(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        Object v = c.get(row);
        if (v instanceof Double d) {
            return Double.toString(d);
        }
        if (v instanceof Float f) {
            return Float.toString(f);
        }
        return String.valueOf(v);
    }

    /** Rounded cell text (text table, Markdown). */
    public static String display(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        Object v = c.get(row);
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return String.valueOf(v).replace('\n', ' ').replace('\r', ' ');
    }

    private static boolean numeric(Column<?> c) {
        ColumnType type = c.type();
        return type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.DOUBLE
                || type == ColumnType.FLOAT || type == ColumnType.SHORT;
    }

    private static void csv(Table t, CsvMode mode, Appendable out) throws IOException {
        List<String> names = t.columnNames();
        for (int k = 0; k < names.size(); k++) {
            out.append(k == 0 ? "" : ",").append(csvField(names.get(k), mode));
        }
        out.append('\n');
        for (int r = 0; r < t.rowCount(); r++) {
            for (int k = 0; k < t.columnCount(); k++) {
                Column<?> c = t.column(k);
                String cell = exact(c, r);
                out.append(k == 0 ? "" : ",").append(numeric(c) ? cell : csvField(cell, mode));
            }
            out.append('\n');
        }
    }

    /**
     * A text cell as a CSV field: the one rule every CSV writer of framelens uses. In {@link
     * CsvMode#SPREADSHEET_SAFE} a cell whose first character is {@code =}, {@code +}, {@code -},
     * {@code @}, tab or carriage return gets a leading {@code '} (OWASP, "CSV Injection"). Then, as
     * RFC 4180 has it, the field is quoted (inner quotes doubled) when it holds a comma, a quote or a
     * line break, or starts or ends with white space (which some readers would trim). Numbers are
     * not text cells: write them as they are, so that {@code -0.23} stays a number.
     */
    public static String csvField(String text, CsvMode mode) {
        String v = mode == CsvMode.SPREADSHEET_SAFE && formulaLike(text) ? "'" + text : text;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.isEmpty() && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1)));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Whether a spreadsheet could read the text as a formula: it starts with = + - @, tab or CR. */
    static boolean formulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static void json(Table t, Appendable out) throws IOException {
        out.append('[');
        for (int r = 0; r < t.rowCount(); r++) {
            out.append(r == 0 ? "\n  {" : ",\n  {");
            for (int k = 0; k < t.columnCount(); k++) {
                Column<?> c = t.column(k);
                if (k > 0) {
                    out.append(", ");
                }
                out.append(jsonString(c.name())).append(": ");
                if (c.isMissing(r)) {
                    out.append("null");
                } else if (numeric(c)) {
                    Object v = c.get(r);
                    if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                        out.append("null");
                    } else {
                        out.append(exact(c, r));
                    }
                } else if (c.type() == ColumnType.BOOLEAN) {
                    out.append(exact(c, r));
                } else {
                    out.append(jsonString(exact(c, r)));
                }
            }
            out.append('}');
        }
        out.append(t.rowCount() == 0 ? "]\n" : "\n]\n");
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static void markdown(Table t, Appendable out) throws IOException {
        out.append('|');
        for (String n : t.columnNames()) {
            out.append(' ').append(md(n)).append(" |");
        }
        out.append("\n|");
        for (int k = 0; k < t.columnCount(); k++) {
            out.append(numeric(t.column(k)) ? "---:|" : "---|");
        }
        out.append('\n');
        for (int r = 0; r < t.rowCount(); r++) {
            out.append('|');
            for (int k = 0; k < t.columnCount(); k++) {
                out.append(' ').append(md(display(t.column(k), r))).append(" |");
            }
            out.append('\n');
        }
    }

    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|");
    }

    /** Longest cell of the aligned text table; a longer one is cut at its end, "…" marking the cut. */
    static final int MAX_CELL = 60;

    /**
     * How the aligned text table shows a column of context around a keyword, the way a
     * concordance lines up its keyword in context: runs of white space show as one space, the space
     * next to the keyword is dropped, and a context longer than {@link #WIDTH} characters is cut at
     * a word boundary on the side away from the keyword, "…" marking the cut.
     */
    public enum Context {
        /** The text before the keyword: right-aligned against it, a long one cut at its start. */
        LEFT,
        /** The text after the keyword: left-aligned, a long one cut at its end. */
        RIGHT;

        /** Characters a context cell shows at most, the "…" included. */
        public static final int WIDTH = 40;

        /**
         * The cell as shown: {@code "…two countries that are seen as"} for a left context that ends
         * with those words.
         */
        public String fit(String text) {
            String v = text.replaceAll("\\s+", " ");
            v = this == LEFT ? v.stripTrailing() : v.stripLeading();
            if (v.length() <= WIDTH) {
                return v;
            }
            int keep = WIDTH - 1;
            if (this == LEFT) {
                int from = v.length() - keep;
                int space = v.indexOf(' ', from);
                if (v.charAt(from - 1) != ' ' && space >= 0) {
                    from = space; // the first word was cut: start at the next whole word
                }
                if (Character.isLowSurrogate(v.charAt(from))) {
                    from++; // never half a character
                }
                return "\u2026" + v.substring(from).stripLeading();
            }
            int to = keep;
            int space = v.lastIndexOf(' ', to);
            if (v.charAt(to) != ' ' && space > 0) {
                to = space; // the last word was cut: end after the previous whole word
            }
            if (Character.isHighSurrogate(v.charAt(to - 1))) {
                to--;
            }
            return v.substring(0, to).stripTrailing() + "\u2026";
        }
    }

    /**
     * An aligned text table of at most {@code maxRows} rows (a "…" row and the total row count
     * follow when rows were left out). Numbers are right-aligned; a cell longer than
     * {@value #MAX_CELL} characters is cut at its end.
     */
    public static String text(Table t, int maxRows) {
        return text(t, maxRows, Map.of());
    }

    /**
     * {@link #text(Table, int)} with the columns named in {@code contexts} shown as context around a
     * keyword: {@link Context#LEFT} right-aligned and cut at its start, {@link Context#RIGHT} cut at
     * its end.
     */
    public static String text(Table t, int maxRows, Map<String, Context> contexts) {
        int rows = Math.min(t.rowCount(), maxRows);
        int cols = t.columnCount();
        List<String[]> cells = new ArrayList<>();
        int[] width = new int[cols];
        boolean[] right = new boolean[cols];
        String[] header = t.columnNames().toArray(new String[0]);
        for (int k = 0; k < cols; k++) {
            width[k] = header[k].length();
            right[k] = numeric(t.column(k)) || contexts.get(header[k]) == Context.LEFT;
        }
        for (int r = 0; r < rows; r++) {
            String[] line = new String[cols];
            for (int k = 0; k < cols; k++) {
                String v = display(t.column(k), r);
                Context context = contexts.get(header[k]);
                if (context != null) {
                    v = context.fit(v);
                } else if (v.length() > MAX_CELL) {
                    v = v.substring(0, MAX_CELL - 1) + "\u2026";
                }
                line[k] = v;
                width[k] = Math.max(width[k], v.length());
            }
            cells.add(line);
        }
        StringBuilder b = new StringBuilder();
        appendRow(b, header, width, right);
        for (int k = 0; k < cols; k++) {
            b.append(k == 0 ? "" : "  ").append("-".repeat(width[k]));
        }
        b.append('\n');
        for (String[] line : cells) {
            appendRow(b, line, width, right);
        }
        if (rows < t.rowCount()) {
            b.append("\u2026 ").append(t.rowCount()).append(" rows in all, ").append(rows).append(" shown\n");
        }
        return b.toString();
    }

    private static void appendRow(StringBuilder b, String[] cells, int[] width, boolean[] right) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < cells.length; k++) {
            if (k > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(width[k] - cells[k].length());
            line.append(right[k] ? pad + cells[k] : cells[k] + pad);
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }
}

package dev.framelens.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The one table serializer of framelens: a {@link Table} as an aligned text table, CSV (RFC 4180),
 * JSON (an array of objects), Markdown or an HTML {@code <table>}. The command line ({@code
 * --format}), the report (its tables and CSV files), the Jupyter kernel and JShell ({@code show}) all
 * write tables through it, so one table reads the same everywhere.
 *
 * <p>Numbers follow {@link Numbers}: in full for programs (CSV, JSON, HTML sort keys), rounded to 4
 * significant digits for people (text, Markdown, HTML cells). Text cells are shown on one line in the
 * text, Markdown and HTML forms (line breaks as spaces) and kept as they are in CSV and JSON.
 *
 * <p>CSV is safe to open in a spreadsheet unless asked otherwise ({@link CsvMode}): every CSV that
 * framelens writes passes its text cells through {@link #csvField(String, CsvMode)}, whole tables
 * and streamed rows ({@link CsvLine}) alike.
 */
public final class TableWriter {
    private TableWriter() {
    }

    /** Output formats. */
    public enum Format {
        TABLE, CSV, JSON, MD, HTML;

        /** Parses {@code table|csv|json|md|html}. */
        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format '" + s + "' must be one of table, csv, json, md, html");
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

    /**
     * The general form: every row; {@code csv} for CSV text cells, {@code contexts} for the aligned
     * text table. HTML is a bare {@code <table>} ({@link HtmlTable#PLAIN}) and a line break.
     */
    public static void write(Table t, Format format, CsvMode csv, Appendable out, Map<String, Context> contexts) {
        try {
            switch (format) {
                case CSV -> csv(t, csv, out);
                case JSON -> out.append(json(t));
                case MD -> markdown(t, out);
                case HTML -> out.append(html(t, Integer.MAX_VALUE, HtmlTable.PLAIN)).append('\n');
                default -> out.append(text(t, Integer.MAX_VALUE, contexts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Full-precision cell text (CSV, JSON, HTML sort keys): see {@link Numbers#exact}; missing is empty. */
    public static String exact(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        Object v = c.get(row);
        if (v instanceof Double d) {
            return Numbers.exact(d);
        }
        if (v instanceof Float f) {
            return Float.toString(f);
        }
        return String.valueOf(v);
    }

    /**
     * Cell text for people (text table, Markdown, HTML): decimals by {@link Numbers#human}, integers
     * in full, text on one line; missing is empty.
     */
    public static String display(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        Object v = c.get(row);
        if (v instanceof Double d) {
            return Numbers.human(d);
        }
        if (v instanceof Float f) {
            return Numbers.human(Double.parseDouble(Float.toString(f)));
        }
        return String.valueOf(v).replace('\n', ' ').replace('\r', ' ');
    }

    /** Whether a column holds numbers (integers or decimals): right-aligned, never quoted or escaped. */
    static boolean numeric(Column<?> c) {
        ColumnType type = c.type();
        return type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.DOUBLE
                || type == ColumnType.FLOAT || type == ColumnType.SHORT;
    }

    // --- CSV ---

    private static void csv(Table t, CsvMode mode, Appendable out) throws IOException {
        CsvLine line = new CsvLine(out, mode);
        for (String name : t.columnNames()) {
            line.text(name);
        }
        line.end();
        for (int r = 0; r < t.rowCount(); r++) {
            for (int k = 0; k < t.columnCount(); k++) {
                Column<?> c = t.column(k);
                if (numeric(c)) {
                    line.number(exact(c, r));
                } else {
                    line.text(exact(c, r));
                }
            }
            line.end();
        }
    }

    /**
     * One CSV record after another, for rows that are streamed rather than held in a table (as {@code
     * tokens --format csv} does): the same fields as a whole table's CSV. Cells are separated by
     * {@code ,}, records end with {@code \n}; {@link #text} cells go through {@link #csvField}.
     */
    public static final class CsvLine {
        private final Appendable out;
        private final CsvMode mode;
        private final StringBuilder record = new StringBuilder(128);
        private boolean first = true;

        /** Records into {@code out}, text cells written as {@code mode} says. */
        public CsvLine(Appendable out, CsvMode mode) {
            this.out = out;
            this.mode = mode;
        }

        /** A text cell (also a header cell). */
        public CsvLine text(String cell) {
            separate().append(csvField(cell, mode));
            return this;
        }

        /** A whole number. */
        public CsvLine number(long cell) {
            separate().append(cell);
            return this;
        }

        /** A decimal, written as a table's CSV writes a double cell ({@link Numbers#exact}; NaN, a missing cell, empty). */
        public CsvLine number(double cell) {
            return number(Double.isNaN(cell) ? "" : Numbers.exact(cell));
        }

        private CsvLine number(String exact) {
            separate().append(exact);
            return this;
        }

        private StringBuilder separate() {
            if (first) {
                first = false;
                return record;
            }
            return record.append(',');
        }

        /** Ends the record and writes it to the output in one piece. */
        public void end() throws IOException {
            out.append(record.append('\n'));
            record.setLength(0);
            first = true;
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

    // --- JSON ---

    /**
     * The table as a JSON array with one object per row, one row per line: numbers by {@link
     * Numbers#exact} (NaN and infinities as {@code null}), booleans as {@code true}/{@code false},
     * missing cells as {@code null}; written by {@link Json}.
     */
    public static String json(Table t) {
        StringBuilder out = new StringBuilder();
        out.append('[');
        for (int r = 0; r < t.rowCount(); r++) {
            out.append(r == 0 ? "\n  {" : ",\n  {");
            for (int k = 0; k < t.columnCount(); k++) {
                Column<?> c = t.column(k);
                if (k > 0) {
                    out.append(", ");
                }
                Json.string(c.name(), Json.Escape.PLAIN, out);
                out.append(": ");
                Object v = c.isMissing(r) ? null : c.get(r);
                if (v == null || v instanceof Number || v instanceof Boolean) {
                    Json.write(v, Json.Escape.PLAIN, out);
                } else {
                    Json.string(exact(c, r), Json.Escape.PLAIN, out);
                }
            }
            out.append('}');
        }
        return out.append(t.rowCount() == 0 ? "]\n" : "\n]\n").toString();
    }

    // --- Markdown ---

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

    // --- HTML ---

    /** Text cells longer than this get {@code class="long"} (the report lets them wrap). */
    static final int LONG_CELL = 40;

    /**
     * How the HTML form of a table is dressed.
     *
     * @param id the {@code id} of the {@code <table>} element, or {@code null}
     * @param caption its {@code <caption>}, or {@code null}
     * @param sortable {@code class="sortable"} and each numeric cell's exact value in {@code data-sort},
     *     for {@link #sortScript()}, which makes each header a button that sorts the rows
     * @param footnote when rows are left out, a {@code <tfoot>} row saying how many the table has, in
     *     the words of the text table ("… 126 rows in all, 100 shown")
     */
    public record HtmlTable(String id, String caption, boolean sortable, boolean footnote) {
        /** No id, no caption, not sortable, with the footnote. */
        public static final HtmlTable PLAIN = new HtmlTable(null, null, false, true);
    }

    /**
     * The table as an HTML {@code <table>} element of at most {@code maxRows} rows: a header row of
     * {@code <th scope="col">} cells, numeric columns marked {@code class="num"}, cells as people read
     * them ({@link #display}) and every string escaped with {@link Html#escape}.
     */
    public static String html(Table t, int maxRows, HtmlTable dress) {
        int rows = Math.min(maxRows, t.rowCount());
        int cols = t.columnCount();
        StringBuilder out = new StringBuilder(256 + 64 * rows * Math.max(cols, 1));
        out.append("<table");
        if (dress.sortable()) {
            out.append(" class=\"sortable\"");
        }
        if (dress.id() != null) {
            out.append(" id=\"").append(Html.escape(dress.id())).append('"');
        }
        out.append(">\n");
        if (dress.caption() != null) {
            out.append("<caption>").append(Html.escape(dress.caption())).append("</caption>\n");
        }
        out.append("<thead><tr>");
        for (int k = 0; k < cols; k++) {
            Column<?> c = t.column(k);
            out.append("<th scope=\"col\"").append(numeric(c) ? " class=\"num\">" : ">")
                    .append(Html.escape(c.name()))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows; r++) {
            out.append("<tr>");
            for (int k = 0; k < cols; k++) {
                Column<?> c = t.column(k);
                String text = display(c, r);
                if (numeric(c)) {
                    out.append("<td class=\"num\"");
                    if (dress.sortable()) {
                        out.append(" data-sort=\"").append(exact(c, r)).append('"');
                    }
                    out.append('>');
                } else {
                    out.append(text.length() > LONG_CELL ? "<td class=\"long\">" : "<td>");
                }
                out.append(Html.escape(text)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n");
        if (dress.footnote() && rows < t.rowCount()) {
            out.append("<tfoot><tr><td colspan=\"").append(Math.max(cols, 1)).append("\">")
                    .append(Html.escape(more(t.rowCount(), rows))).append("</td></tr></tfoot>\n");
        }
        return out.append("</table>").toString();
    }

    /**
     * The script that makes every not yet sorted {@code <table class="sortable">} of the page sort on a
     * click on a header (again to reverse; numbers by {@code data-sort}, empty cells last). It turns
     * the headers into buttons when it runs, so where scripts do not run the headers stay text. Safe to
     * run more than once (the report runs it once, every notebook table output once).
     */
    public static String sortScript() {
        try (java.io.InputStream in = TableWriter.class.getResourceAsStream("sortable.js")) {
            if (in == null) {
                throw new IllegalStateException("resource dev/framelens/table/sortable.js is missing from the framelens jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "… 126 rows in all, 100 shown": the note under a table that shows only its first rows. */
    static String more(int rows, int shown) {
        return "\u2026 " + rows + " rows in all, " + shown + " shown";
    }

    // --- aligned text ---

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
            b.append(more(t.rowCount(), rows)).append('\n');
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

package dev.framelens.framing;

import dev.framelens.corpus.CorpusException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coding file of a validation sample: a CSV file a coder fills in with a spreadsheet or an
 * editor, and reads back for scoring.
 *
 * <h2>Format</h2>
 * UTF-8 with a byte-order mark (so that spreadsheets detect the encoding), RFC 4180 quoting (a field
 * holding a comma, quote or line break is quoted, quotes doubled), {@code \n} line ends, one header
 * line and one row per unit, in the columns {@link #COLUMNS}:
 * <pre>
 *   id, unit, doc, sentence, start, end, text, matched, entry, category, side, negated, stratum,
 *   stratum_size, code
 * </pre>
 * (meanings in {@link ValidationUnit}; for a sentence unit {@code matched}, {@code entry},
 * {@code category}, {@code side} and {@code negated} are empty). The {@code code} column is empty
 * in a fresh sample: the coder writes {@code correct}, {@code wrong} or {@code unsure} for a hit and
 * {@code alarm}, {@code reassurance} or {@code neither} for a sentence.
 *
 * <p><b>Spreadsheet safety.</b> A cell that starts with {@code = + - @}, a tab or a carriage return
 * would be run as a formula by a spreadsheet; such a cell is written with a leading {@code '}
 * (OWASP's advice against CSV injection), and the reader removes it again.
 *
 * <h2>Reading</h2>
 * Tolerates what a spreadsheet does to a file when saving it: a byte-order mark or none,
 * {@code \r\n} line ends, {@code ;} as the separator (detected from the header), extra columns (a
 * coder's notes), columns in another order, {@code TRUE}/{@code FALSE}, codes in any case and with
 * surrounding spaces, and empty trailing rows. Anything else fails with one line naming the file,
 * the line and the rule, as a {@link CorpusException} of bad data: an unknown code, a missing
 * column, a bad number, a duplicate id, a stratum whose size differs between rows.
 */
public final class ValidationFile {

    /** The columns of the file, in order. */
    public static final List<String> COLUMNS = List.of("id", "unit", "doc", "sentence", "start", "end", "text",
            "matched", "entry", "category", "side", "negated", "stratum", "stratum_size", "code");

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ValidationFile() {
    }

    /**
     * Writes units as a coding file (with their codes, if any).
     *
     * @param units the units
     * @param out   where to write
     */
    public static void write(List<ValidationUnit> units, Appendable out) {
        try {
            out.append('\uFEFF');
            row(out, COLUMNS);
            for (ValidationUnit u : units) {
                boolean hit = u.kind() == ValidationUnit.Kind.HIT;
                row(out, List.of(u.id(), u.kind().label(), u.doc(), Integer.toString(u.sentence()),
                        Integer.toString(u.start()), Integer.toString(u.end()), u.text(), u.matched(), u.entry(),
                        u.category(), hit ? u.side().label() : "", hit ? Boolean.toString(u.negated()) : "", u.stratum(),
                        Long.toString(u.stratumSize()), u.code()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The coding file of {@code units} as a string. */
    public static String toString(List<ValidationUnit> units) {
        StringBuilder b = new StringBuilder();
        write(units, b);
        return b.toString();
    }

    private static void row(Appendable out, List<String> cells) throws IOException {
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(k)));
        }
        out.append('\n');
    }

    /** One cell: formula-guarded, then quoted when needed. */
    static String cell(String value) {
        String v = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0
                && v.indexOf(';') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static String unguard(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    /**
     * Reads a coding file.
     *
     * @param file the file
     * @return its units, in file order
     * @throws CorpusException a usage error when the file does not exist, bad data (with file and
     *                         line) when it cannot be read as a coding file
     */
    public static List<ValidationUnit> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CorpusException.usage(file + ": no such file");
        } catch (IOException e) {
            throw CorpusException.data(file + ": cannot read it (" + e.getMessage() + ")");
        }
        return parse(file.toString(), decode(file.toString(), bytes));
    }

    private static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw CorpusException.data(source + ": not UTF-8 at byte " + in.position()
                    + "; save the file as CSV UTF-8 and score it again");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /**
     * Parses the text of a coding file.
     *
     * @param source the name errors give for the file
     * @param text   its content
     * @return its units, in file order
     * @throws CorpusException bad data, with {@code source:line:} and the rule
     */
    public static List<ValidationUnit> parse(String source, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = records(source, t, separator(t));
        if (records.isEmpty()) {
            throw CorpusException.data(source + ": empty file; score a file written by framelens validate sample");
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int k = 0; k < header.size(); k++) {
            column.putIfAbsent(header.get(k).strip().toLowerCase(Locale.ROOT), k);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw CorpusException.data(source + ":1: the header has no column " + String.join(", ", missing)
                    + "; a coding file has the columns " + String.join(", ", COLUMNS)
                    + " (write one with framelens validate sample)");
        }
        List<ValidationUnit> units = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, long[]> strata = new LinkedHashMap<>(); // size, rows, first line
        for (Record r : records.subList(1, records.size())) {
            if (r.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            Row row = new Row(source, r, column);
            ValidationUnit u = row.unit();
            Integer before = ids.putIfAbsent(u.id(), r.line());
            if (before != null) {
                throw row.fail("id", "'" + u.id() + "' is already on line " + before + "; every unit has its own id");
            }
            long[] s = strata.computeIfAbsent(u.stratum(), k -> new long[] {u.stratumSize(), 0, r.line()});
            if (s[0] != u.stratumSize()) {
                throw row.fail("stratum_size", u.stratumSize() + " for stratum " + u.stratum() + ", but " + s[0]
                        + " on line " + s[2] + "; a stratum has one size");
            }
            s[1]++;
            if (s[1] > s[0]) {
                throw row.fail("stratum", "stratum " + u.stratum() + " has more rows than its stratum_size (" + s[0] + ")");
            }
            units.add(u);
        }
        return units;
    }

    /** The separator of the file: {@code ,} unless the header has none and has {@code ;} or a tab. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        if (header.indexOf(',') >= 0) {
            return ',';
        }
        if (header.indexOf(';') >= 0) {
            return ';';
        }
        return header.indexOf('\t') >= 0 ? '\t' : ',';
    }

    private record Record(int line, List<String> fields) {
    }

    /** RFC 4180 records, each with the line it starts on. */
    private static List<Record> records(String source, String text, char separator) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < n && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < n && text.charAt(i) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                out.add(new Record(recordLine, fields));
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw CorpusException.data(source + ":" + recordLine + ": a quoted field is never closed; check the quotes");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            out.add(new Record(recordLine, fields));
        }
        return out;
    }

    /** One data row being checked. */
    private static final class Row {
        private final String source;
        private final Record record;
        private final Map<String, Integer> column;

        Row(String source, Record record, Map<String, Integer> column) {
            this.source = source;
            this.record = record;
            this.column = column;
        }

        CorpusException fail(String name, String rule) {
            return CorpusException.data(source + ":" + record.line() + ": column " + name + ": " + rule);
        }

        String get(String name) {
            int k = column.get(name);
            return k < record.fields().size() ? unguard(record.fields().get(k)) : "";
        }

        String required(String name) {
            String v = get(name).strip();
            if (v.isEmpty()) {
                throw fail(name, "empty; every row of a coding file has it");
            }
            return v;
        }

        long number(String name, long min) {
            String v = required(name);
            long x;
            try {
                x = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw fail(name, "'" + v + "' is not a whole number");
            }
            if (x < min) {
                throw fail(name, x + " must be ≥ " + min);
            }
            if (x > Integer.MAX_VALUE && !name.equals("stratum_size")) {
                throw fail(name, x + " is too large");
            }
            return x;
        }

        ValidationUnit unit() {
            String id = required("id");
            ValidationUnit.Kind kind;
            try {
                kind = ValidationUnit.Kind.parse(required("unit"));
            } catch (IllegalArgumentException e) {
                throw fail("unit", e.getMessage());
            }
            String doc = required("doc");
            int sentence = (int) number("sentence", 1);
            int start = (int) number("start", 0);
            int end = (int) number("end", start);
            String stratum = required("stratum");
            long size = number("stratum_size", 1);
            String code = get("code").strip().toLowerCase(Locale.ROOT);
            if (!code.isEmpty() && !kind.codes().contains(code)) {
                throw fail("code", "'" + get("code").strip() + "' is not a code for a " + kind + " unit; use "
                        + String.join(", ", kind.codes()) + " (or leave it empty)");
            }
            if (kind == ValidationUnit.Kind.SENTENCE) {
                if (!stratum.startsWith(ValidationSample.SENTENCE_PREFIX) || ValidationSample.sentenceSides(stratum) == null) {
                    throw fail("stratum", "'" + stratum + "' is not a sentence stratum; use "
                            + ValidationSample.SENTENCE_NONE + ", sentence:alarm, sentence:reassurance or "
                            + ValidationSample.SENTENCE_BOTH);
                }
                return new ValidationUnit(id, kind, doc, sentence, start, end, get("text"), "", "", "", null, false,
                        stratum, size, code);
            }
            if (!stratum.startsWith(ValidationSample.HIT_PREFIX)) {
                throw fail("stratum", "'" + stratum + "' is not a hit stratum (hit:<category>)");
            }
            Side side;
            try {
                side = Side.parse(required("side"));
            } catch (IllegalArgumentException e) {
                throw fail("side", e.getMessage());
            }
            String negated = required("negated").toLowerCase(Locale.ROOT);
            if (!negated.equals("true") && !negated.equals("false")) {
                throw fail("negated", "'" + negated + "' must be true or false");
            }
            return new ValidationUnit(id, kind, doc, sentence, start, end, get("text"), get("matched"),
                    required("entry"), required("category"), side, negated.equals("true"), stratum, size, code);
        }
    }
}

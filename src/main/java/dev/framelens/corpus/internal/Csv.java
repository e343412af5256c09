package dev.framelens.corpus.internal;

import dev.framelens.corpus.CorpusException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV over {@link Utf8Lines}: comma separated, fields optionally quoted with
 * {@code "}, a doubled quote inside quotes is a quote, quoted fields may span lines. Lines end
 * as {@link Utf8Lines} was told (the corpus reader lets a lone {@code \r} end one).
 */
public final class Csv {
    private final Utf8Lines lines;
    private final String name;

    public Csv(Utf8Lines lines, String name) {
        this.lines = lines;
        this.name = name;
    }

    /** The next record, or {@code null} at the end. Blank lines are skipped. */
    public List<String> next() throws IOException {
        String line = lines.next();
        while (line != null && line.isEmpty()) {
            line = lines.next();
        }
        if (line == null) {
            return null;
        }
        long startLine = lines.lineNumber();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (true) {
            if (i >= line.length()) {
                if (quoted) {
                    // a line break inside quotes is part of the field: \n for \n and \r\n, \r for a lone \r
                    char lineBreak = lines.endedWithLoneCr() ? '\r' : '\n';
                    String more = lines.next();
                    if (more == null) {
                        throw CorpusException.data(name + ": a quoted field opened on line " + startLine
                                + " is never closed; check the quotes");
                    }
                    field.append(lineBreak);
                    line = more;
                    i = 0;
                    continue;
                }
                fields.add(field.toString());
                return fields;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
    }

    public long lineNumber() {
        return lines.lineNumber();
    }
}

package dev.framelens.framing;

import dev.framelens.text.WordList;
import java.util.List;

/**
 * The rows of a two-column TSV file ({@code #} comments and blank lines ignored, a header naming
 * the two columns, then one row of two tab-separated fields a line): the actor lists and the
 * negation-rule lists. Bad lines fail with {@code source:line: problem}.
 */
final class TwoColumnFile {
    private TwoColumnFile() {
    }

    /** Receives one row. */
    @FunctionalInterface
    interface Row {
        /**
         * @param where  {@code "source:line: "}, the prefix of an error about this row
         * @param line   the row's line number (from 1)
         * @param first  the first field, stripped
         * @param second the second field, stripped
         */
        void accept(String where, int line, String first, String second);
    }

    /**
     * Reads the rows after the header {@code first<TAB>second}.
     *
     * @return whether the file had a header (false: only comments and blank lines)
     * @throws IllegalArgumentException for a wrong header or a row without exactly two fields
     */
    static boolean read(String source, List<String> lines, String first, String second, Row row) {
        boolean header = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (WordList.skip(line)) {
                continue;
            }
            String where = source + ":" + n + ": ";
            String[] f = line.split("\t", -1);
            if (!header) {
                header = true;
                if (f.length != 2 || !f[0].strip().equalsIgnoreCase(first) || !f[1].strip().equalsIgnoreCase(second)) {
                    throw new IllegalArgumentException(where + "the first line must be the header " + first + "<TAB>"
                            + second + " (found '" + line.strip() + "')");
                }
                continue;
            }
            if (f.length != 2) {
                throw new IllegalArgumentException(where + "has " + f.length + " field" + (f.length == 1 ? "" : "s")
                        + "; a row is " + first + " and " + second + ", separated by a tab");
            }
            row.accept(where, n, f[0].strip(), f[1].strip());
        }
        return header;
    }
}

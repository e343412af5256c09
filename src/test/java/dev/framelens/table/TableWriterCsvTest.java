package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framelens.table.TableWriter.CsvMode;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** CSV cells: RFC 4180 quoting and OWASP's leading quote against formula injection, numbers left alone. */
class TableWriterCsvTest {

    @Test
    void formulaLikeTextCellsGetALeadingQuote() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", TableWriter.csvField("=HYPERLINK(\"http://x\")", CsvMode.SPREADSHEET_SAFE));
        assertEquals("'+1", TableWriter.csvField("+1", CsvMode.SPREADSHEET_SAFE));
        assertEquals("'-0.23", TableWriter.csvField("-0.23", CsvMode.SPREADSHEET_SAFE), "a text cell, though it looks like a number");
        assertEquals("'@SUM(A1)", TableWriter.csvField("@SUM(A1)", CsvMode.SPREADSHEET_SAFE));
        assertEquals("'\t=1", TableWriter.csvField("\t=1", CsvMode.SPREADSHEET_SAFE));
        assertEquals("\"'\r=1\"", TableWriter.csvField("\r=1", CsvMode.SPREADSHEET_SAFE));
        assertEquals("a=b", TableWriter.csvField("a=b", CsvMode.SPREADSHEET_SAFE), "only the first character counts");
        assertEquals("", TableWriter.csvField("", CsvMode.SPREADSHEET_SAFE));
        assertEquals("'", TableWriter.csvField("'", CsvMode.SPREADSHEET_SAFE), "a quote already there is left as it is");
    }

    @Test
    void rawCellsAreQuotedOnlyAsRfc4180Asks() {
        assertEquals("\"=HYPERLINK(\"\"http://x\"\")\"", TableWriter.csvField("=HYPERLINK(\"http://x\")", CsvMode.RAW));
        assertEquals("-0.23", TableWriter.csvField("-0.23", CsvMode.RAW));
        assertEquals("\"\t=1\"", TableWriter.csvField("\t=1", CsvMode.RAW), "leading white space is quoted");
        assertEquals("\"a,b\"", TableWriter.csvField("a,b", CsvMode.RAW));
        assertEquals("\"two\nlines\"", TableWriter.csvField("two\nlines", CsvMode.RAW));
        assertEquals("\"end \"", TableWriter.csvField("end ", CsvMode.RAW));
        assertEquals("plain", TableWriter.csvField("plain", CsvMode.RAW));
    }

    @Test
    void numericColumnsStayPlainNumbersAndHeadersAreTextCells() {
        Table t = Table.create("t",
                StringColumn.create("=name", "=1+1", "-x", "ok"),
                DoubleColumn.create("alarm_index", -0.23, 0.5, -1.0),
                IntColumn.create("n", -3, 0, 7));
        assertEquals("'=name,alarm_index,n\n'=1+1,-0.23,-3\n'-x,0.5,0\nok,-1.0,7\n", TableWriter.toString(t, TableWriter.Format.CSV));
        StringBuilder raw = new StringBuilder();
        TableWriter.write(t, TableWriter.Format.CSV, CsvMode.RAW, raw);
        assertEquals("=name,alarm_index,n\n=1+1,-0.23,-3\n-x,0.5,0\nok,-1.0,7\n", raw.toString());
        assertEquals("  {\"=name\": \"=1+1\", \"alarm_index\": -0.23, \"n\": -3},\n", TableWriter.toString(t, TableWriter.Format.JSON)
                .lines().skip(1).findFirst().orElseThrow() + "\n", "JSON is not touched");
    }
}

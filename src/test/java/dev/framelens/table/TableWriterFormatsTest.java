package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** One table in every format: rounded for people (text, Markdown, HTML), in full for programs (CSV, JSON). */
class TableWriterFormatsTest {

    private static Table scores() {
        return Table.create("scores",
                StringColumn.create("doc", "000", "001 <b>&"),
                IntColumn.create("tokens", 753, 493),
                DoubleColumn.create("alarm_index", 1.5163474893680884, Double.NaN),
                BooleanColumn.create("negated", true, false));
    }

    @Test
    void text() {
        assertEquals("doc       tokens  alarm_index  negated\n"
                + "--------  ------  -----------  -------\n"
                + "000          753        1.516  true\n"
                + "001 <b>&     493               false\n", TableWriter.toString(scores(), TableWriter.Format.TABLE));
        assertEquals("doc  tokens  alarm_index  negated\n"
                + "---  ------  -----------  -------\n"
                + "000     753        1.516  true\n"
                + "\u2026 2 rows in all, 1 shown\n", TableWriter.text(scores(), 1));
    }

    @Test
    void csvAndJsonCarryFullNumbers() {
        assertEquals("doc,tokens,alarm_index,negated\n000,753,1.5163474893680884,true\n001 <b>&,493,,false\n",
                TableWriter.toString(scores(), TableWriter.Format.CSV));
        assertEquals("[\n  {\"doc\": \"000\", \"tokens\": 753, \"alarm_index\": 1.5163474893680884, \"negated\": true},\n"
                + "  {\"doc\": \"001 <b>&\", \"tokens\": 493, \"alarm_index\": null, \"negated\": false}\n]\n",
                TableWriter.toString(scores(), TableWriter.Format.JSON));
        assertEquals("[]\n", TableWriter.toString(scores().emptyCopy(), TableWriter.Format.JSON));
    }

    @Test
    void markdown() {
        assertEquals("| doc | tokens | alarm_index | negated |\n|---|---:|---:|---|\n"
                + "| 000 | 753 | 1.516 | true |\n| 001 <b>& | 493 |  | false |\n",
                TableWriter.toString(scores(), TableWriter.Format.MD));
    }

    @Test
    void htmlPlainAndSortable() {
        assertEquals("<table>\n<thead><tr><th scope=\"col\">doc</th><th scope=\"col\" class=\"num\">tokens</th>"
                + "<th scope=\"col\" class=\"num\">alarm_index</th><th scope=\"col\">negated</th></tr></thead>\n<tbody>\n"
                + "<tr><td>000</td><td class=\"num\">753</td><td class=\"num\">1.516</td><td>true</td></tr>\n"
                + "</tbody>\n<tfoot><tr><td colspan=\"4\">\u2026 2 rows in all, 1 shown</td></tr></tfoot>\n</table>",
                TableWriter.html(scores(), 1, TableWriter.HtmlTable.PLAIN));
        assertEquals("<table class=\"sortable\" id=\"t&quot;1\">\n<caption>Scores &lt;all&gt;</caption>\n"
                + "<thead><tr><th scope=\"col\">doc</th>"
                + "<th scope=\"col\" class=\"num\">tokens</th>"
                + "<th scope=\"col\" class=\"num\">alarm_index</th>"
                + "<th scope=\"col\">negated</th></tr></thead>\n<tbody>\n"
                + "<tr><td>000</td><td class=\"num\" data-sort=\"753\">753</td>"
                + "<td class=\"num\" data-sort=\"1.5163474893680884\">1.516</td><td>true</td></tr>\n"
                + "<tr><td>001 &lt;b&gt;&amp;</td><td class=\"num\" data-sort=\"493\">493</td>"
                + "<td class=\"num\" data-sort=\"\"></td><td>false</td></tr>\n"
                + "</tbody>\n</table>",
                TableWriter.html(scores(), 5, new TableWriter.HtmlTable("t\"1", "Scores <all>", true, false)));
        assertEquals(TableWriter.html(scores(), Integer.MAX_VALUE, TableWriter.HtmlTable.PLAIN) + "\n",
                TableWriter.toString(scores(), TableWriter.Format.HTML));
    }

    @Test
    void longTextCellsAreMarked() {
        Table t = Table.create("t", StringColumn.create("text", "x".repeat(41), "x".repeat(40)));
        String html = TableWriter.html(t, 5, TableWriter.HtmlTable.PLAIN);
        assertEquals(1, html.split("<td class=\"long\">", -1).length - 1, html);
    }

    @Test
    void streamedCsvLinesAreTheTablesCsv() throws Exception {
        StringBuilder b = new StringBuilder();
        TableWriter.CsvLine line = new TableWriter.CsvLine(b, TableWriter.CsvMode.SPREADSHEET_SAFE);
        line.text("doc").text("n").end();
        line.text("=a, b").number(-3).end();
        Table t = Table.create("t", StringColumn.create("doc", "=a, b"), IntColumn.create("n", new int[] {-3}));
        assertEquals(TableWriter.toString(t, TableWriter.Format.CSV), b.toString());
        assertEquals("doc,n\n\"'=a, b\",-3\n", b.toString());
        b.setLength(0);
        line.text("").text("").number(0).end();
        assertEquals(",,0\n", b.toString(), "empty cells are still separated");
    }

    @Test
    void formatNamesParse() {
        assertEquals(TableWriter.Format.HTML, TableWriter.Format.parse("HTML"));
        assertEquals("format 'xml' must be one of table, csv, json, md, html",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> TableWriter.Format.parse("xml")).getMessage());
    }
}

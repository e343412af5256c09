package dev.framelens.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableRendererTest {

    private static Table terms(int rows) {
        String[] names = new String[rows];
        int[] counts = new int[rows];
        for (int i = 0; i < rows; i++) {
            names[i] = "term" + i;
            counts[i] = rows - i;
        }
        return Table.create("terms", StringColumn.create("term", names), IntColumn.create("count", counts));
    }

    @Test
    void cellsColumnNamesAndTableNameAreEscaped() {
        Table table = Table.create("<b>name</b>",
                StringColumn.create("<th>", "<script>alert('x')</script>", "a & b \"q\""));
        assertEquals("<div class=\"framelens-table\">\n<table>\n<thead><tr><th scope=\"col\">&lt;th&gt;</th></tr></thead>\n<tbody>\n"
                + "<tr><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td></tr>\n"
                + "<tr><td>a &amp; b &quot;q&quot;</td></tr>\n"
                + "</tbody>\n</table>\n"
                + "<p class=\"framelens-table-shape\">&lt;b&gt;name&lt;/b&gt;: 2 rows \u00d7 1 column</p>\n</div>",
                new TableRenderer().html(table));
    }

    @Test
    void rowsBeyondTheLimitBecomeAFootnote() {
        String html = new TableRenderer(2).html(terms(5));
        assertEquals("<div class=\"framelens-table\">\n<table>\n<thead><tr><th scope=\"col\">term</th>"
                + "<th scope=\"col\" class=\"num\">count</th></tr></thead>\n<tbody>\n"
                + "<tr><td>term0</td><td class=\"num\">5</td></tr>\n"
                + "<tr><td>term1</td><td class=\"num\">4</td></tr>\n"
                + "</tbody>\n<tfoot><tr><td colspan=\"2\">\u2026 5 rows in all, 2 shown</td></tr></tfoot>\n</table>\n"
                + "<p class=\"framelens-table-shape\">terms: 5 rows \u00d7 2 columns</p>\n</div>",
                html);
    }

    @Test
    void defaultLimitIsTwentyRows() {
        String html = new TableRenderer().html(terms(21));
        assertTrue(html.contains("<td>term19</td>"));
        assertFalse(html.contains("<td>term20</td>"));
        assertTrue(html.contains("\u2026 21 rows in all, 20 shown"), html);
        String exactly = new TableRenderer().html(terms(20));
        assertFalse(exactly.contains("<tfoot>"));
        assertTrue(exactly.contains("terms: 20 rows \u00d7 2 columns</p>"));
    }

    @Test
    void numbersAreRoundedForReadingAsEverywhere() {
        Table t = Table.create("scores", StringColumn.create("doc", "000"),
                DoubleColumn.create("alarm_index", 1.5163474893680884), IntColumn.create("tokens", new int[] {12345}));
        assertTrue(new TableRenderer().html(t).contains("<td class=\"num\">1.516</td><td class=\"num\">12345</td>"));
    }

    @Test
    void plainTextIsTheAlignedTableOfTheShownRows() {
        String text = new TableRenderer(2).text(terms(3));
        assertEquals("term   count\n"
                + "-----  -----\n"
                + "term0      3\n"
                + "term1      2\n"
                + "\u2026 3 rows in all, 2 shown\n"
                + "terms: 3 rows \u00d7 2 columns", text);
    }

    @Test
    void emptyTableShowsItsShape() {
        Table empty = Table.create("", StringColumn.create("x"));
        assertTrue(new TableRenderer().html(empty).contains("<p class=\"framelens-table-shape\">0 rows \u00d7 1 column</p>"));
        assertEquals("1 row \u00d7 1 column", TableRenderer.shape(Table.create("", IntColumn.create("v", new int[] {1}))));
    }

    @Test
    void rowLimitMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TableRenderer(0));
        assertEquals("row limit (0) must be >= 1", e.getMessage());
        TableRenderer renderer = new TableRenderer();
        renderer.setRowLimit(3);
        assertEquals(3, renderer.rowLimit());
    }
}

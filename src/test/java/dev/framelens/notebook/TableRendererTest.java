package dev.framelens.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.table.TableWriter;
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

    private static final String SORT = "<script type=\"text/javascript\">\n" + TableWriter.sortScript() + "</script>\n";

    @Test
    void cellsColumnNamesAndTableNameAreEscaped() {
        Table table = Table.create("<b>name</b>",
                StringColumn.create("<th>", "<script>alert('x')</script>", "a & b \"q\""));
        assertEquals("<div class=\"framelens-table\">\n<table class=\"sortable\">\n<thead><tr><th scope=\"col\">&lt;th&gt;</th></tr></thead>\n<tbody>\n"
                + "<tr><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td></tr>\n"
                + "<tr><td>a &amp; b &quot;q&quot;</td></tr>\n"
                + "</tbody>\n</table>\n"
                + "<p class=\"framelens-table-shape\">&lt;b&gt;name&lt;/b&gt;: 2 rows \u00d7 1 column</p>\n" + SORT + "</div>",
                new TableRenderer().html(table));
    }

    @Test
    void rowsBeyondTheLimitAreCountedAndTheLineSaysHowToSeeThem() {
        String html = new TableRenderer(2).html(terms(5));
        assertEquals("<div class=\"framelens-table\">\n<table class=\"sortable\">\n<thead><tr><th scope=\"col\">term</th>"
                + "<th scope=\"col\" class=\"num\">count</th></tr></thead>\n<tbody>\n"
                + "<tr><td>term0</td><td class=\"num\" data-sort=\"5\">5</td></tr>\n"
                + "<tr><td>term1</td><td class=\"num\" data-sort=\"4\">4</td></tr>\n"
                + "</tbody>\n</table>\n"
                + "<p class=\"framelens-table-shape\">terms: 5 rows \u00d7 2 columns, showing the first 2:"
                + " display(table, 5) shows all</p>\n" + SORT + "</div>",
                html);
    }

    @Test
    void aCallMayAskForMoreRowsThanTheLimit() {
        TableRenderer renderer = new TableRenderer(2);
        String html = renderer.html(terms(5), 4);
        assertTrue(html.contains("<td>term3</td>"), html);
        assertFalse(html.contains("<td>term4</td>"), html);
        assertTrue(html.contains("terms: 5 rows \u00d7 2 columns, showing the first 4: display(table, 5) shows all</p>"), html);
        String all = renderer.html(terms(5), 5);
        assertTrue(all.contains("<td>term4</td>") && all.contains("terms: 5 rows \u00d7 2 columns</p>"), all);
        assertTrue(renderer.html(terms(5), 1000).contains("terms: 5 rows \u00d7 2 columns</p>"));
        assertEquals(2, renderer.rowLimit(), "asking for rows once leaves the limit alone");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.html(terms(5), 0));
        assertEquals("row limit (0) must be >= 1", e.getMessage());
    }

    @Test
    void defaultLimitIsTwentyRows() {
        String html = new TableRenderer().html(terms(314));
        assertTrue(html.contains("<td>term19</td>"));
        assertFalse(html.contains("<td>term20</td>"));
        assertTrue(html.contains("terms: 314 rows \u00d7 2 columns, showing the first 20: display(table, 314) shows all</p>"), html);
        String exactly = new TableRenderer().html(terms(20));
        assertTrue(exactly.contains("terms: 20 rows \u00d7 2 columns</p>"), exactly);
    }

    @Test
    void headersBecomeSortButtonsOnlyWhenTheScriptRuns() {
        String html = new TableRenderer().html(terms(3));
        // without scripts (an untrusted notebook) the headers are text, nothing pretends to be clickable
        assertFalse(html.contains("<button"), html);
        assertTrue(TableWriter.sortScript().contains("document.createElement(\"button\")"));
        assertTrue(TableWriter.sortScript().contains("table.sortable:not([data-sort-bound])"), "a second run binds only new tables");
    }

    @Test
    void numbersAreRoundedForReadingAsEverywhere() {
        Table t = Table.create("scores", StringColumn.create("doc", "000"),
                DoubleColumn.create("alarm_index", 1.5163474893680884), IntColumn.create("tokens", new int[] {12345}));
        assertTrue(new TableRenderer().html(t).contains("<td class=\"num\" data-sort=\"1.5163474893680884\">1.516</td><td class=\"num\" data-sort=\"12345\">12345</td>"));
    }

    @Test
    void plainTextIsTheAlignedTableOfTheShownRows() {
        String text = new TableRenderer(2).text(terms(3));
        assertEquals("term   count\n"
                + "-----  -----\n"
                + "term0      3\n"
                + "term1      2\n"
                + "\u2026 3 rows in all, 2 shown\n"
                + "terms: 3 rows \u00d7 2 columns, showing the first 2: display(table, 3) shows all", text);
        assertTrue(new TableRenderer(2).text(terms(3), 3).endsWith("term2      1\nterms: 3 rows \u00d7 2 columns"));
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

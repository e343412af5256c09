package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framelens.table.TableWriter.Context;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The aligned text table's context columns (keyword in context) and its ordinary cells. */
class TableWriterContextTest {
    static final String LONG = "it is dependent on Iran – two isolated countries, two countries that are seen as ";

    @Test
    void leftContextIsCutAtItsStartOnAWordBoundary() {
        // the last 39 characters are "untries, two countries that are seen as": the cut word goes
        assertEquals("…two countries that are seen as", Context.LEFT.fit(LONG));
        assertEquals("seen as", Context.LEFT.fit("seen  as \n"));
        // exactly 40 characters fit uncut
        String forty = "a".repeat(20) + " " + "b".repeat(19);
        assertEquals(forty, Context.LEFT.fit(forty));
        // one word longer than the column is cut inside the word
        assertEquals("…" + "x".repeat(39), Context.LEFT.fit("x".repeat(50)));
        // a cut right before a word keeps that word whole
        assertEquals("…" + "b".repeat(39), Context.LEFT.fit("a".repeat(10) + " " + "b".repeat(39)));
    }

    @Test
    void rightContextIsCutAtItsEndOnAWordBoundary() {
        String right = " that tells you how much Russia needs the two countries now";
        // the first 39 characters (after the leading space) end inside "countries": the cut word goes
        assertEquals("that tells you how much Russia needs…", Context.RIGHT.fit(right));
        assertEquals(".", Context.RIGHT.fit("."));
        assertEquals("x".repeat(39) + "…", Context.RIGHT.fit("x".repeat(50)));
    }

    @Test
    void onlyTheNamedColumnsChange() {
        Table t = Table.create("t",
                StringColumn.create("left", LONG, "short "),
                StringColumn.create("keyword", "pariahs", "k"),
                StringColumn.create("right", ".", " and then"),
                StringColumn.create("note", "n".repeat(70), "x"));
        assertEquals(String.join("\n",
                "                           left  keyword  right     note",
                "-------------------------------  -------  --------  " + "-".repeat(60),
                "…two countries that are seen as  pariahs  .         " + "n".repeat(59) + "…",
                "                          short  k        and then  x", ""),
                TableWriter.text(t, 10, Kwic.CONTEXTS));
        // without contexts the table is as before: left-aligned, cells cut at their end after 59 characters
        assertEquals("left" + " ".repeat(56) + "  keyword  right      note",
                TableWriter.text(t, 10).lines().findFirst().orElseThrow());
        assertEquals(LONG.substring(0, 59) + "…  pariahs  .          " + "n".repeat(59) + "…",
                TableWriter.text(t, 10, Map.of()).lines().skip(2).findFirst().orElseThrow());
    }
}

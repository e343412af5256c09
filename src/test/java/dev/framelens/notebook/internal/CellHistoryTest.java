package dev.framelens.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager.ResultFlag;
import org.junit.jupiter.api.Test;

class CellHistoryTest {

    private static List<String> inputs(List<HistoryEntry> entries) {
        return entries.stream().map(e -> e.getCellNumber() + ":" + e.getInput()).collect(Collectors.toList());
    }

    private static CellHistory history() {
        CellHistory history = new CellHistory();
        history.record(1, "int a = 1;");
        history.record(2, "a + 1");
        history.record(3, "int b = 2;");
        history.record(4, "a + 1");
        return history;
    }

    @Test
    void tailRangeAndSearch() {
        Set<ResultFlag> none = EnumSet.noneOf(ResultFlag.class);
        assertEquals(List.of("3:int b = 2;", "4:a + 1"), inputs(history().lookupTail(2, none)));
        assertEquals(List.of("2:a + 1", "3:int b = 2;"), inputs(history().lookupRange(0, 2, 4, none)));
        assertEquals(List.of(), history().lookupRange(-1, 1, 5, none), "earlier sessions are not kept");
        assertEquals(List.of("1:int a = 1;", "3:int b = 2;"), inputs(history().search("int ?*", 10, none)));
        assertEquals(List.of("3:int b = 2;", "4:a + 1"), inputs(history().search("[ai]*", 2, none)));
        assertEquals(List.of("2:a + 1", "4:a + 1"), inputs(history().search("a + 1", 10, none)));
        assertEquals(List.of("4:a + 1"), inputs(history().search("a + 1", 10, EnumSet.of(ResultFlag.UNIQUE))));
        assertEquals(1, history().lookupTail(1, EnumSet.of(ResultFlag.INCLUDE_OUTPUT)).size());
        assertEquals("", history().lookupTail(1, EnumSet.of(ResultFlag.INCLUDE_OUTPUT)).get(0).getOutput());
    }

    @Test
    void globsFollowSqlite() {
        assertEquals(true, CellHistory.globToRegex("a[bc]?*").matcher("acxyz").matches());
        assertEquals(false, CellHistory.globToRegex("a[^bc]*").matcher("ab").matches());
        assertEquals(true, CellHistory.globToRegex("1 + 1").matcher("1 + 1").matches());
        assertEquals(false, CellHistory.globToRegex("1 + 1").matcher("1 + 11").matches());
    }
}

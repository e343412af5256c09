package dev.framelens.table.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The rename rule for metadata columns, on hand-worked examples. */
class ColumnNamesTest {
    static final List<String> RESULT = List.of("doc", "tokens", "alarm_index");

    @Test
    void clashingNamesTakeTheFirstFreeMetaName() {
        List<String> warnings = new ArrayList<>();
        // pass 1 keeps Outlet, meta_tokens and meta_Tokens_2 (they clash with nothing before them);
        // pass 2, ignoring case: outlet → meta_outlet; tokens → meta_tokens (taken), meta_tokens_2
        // (taken, as meta_Tokens_2) → meta_tokens_3; Tokens → meta_Tokens, meta_Tokens_2 and
        // meta_Tokens_3 (taken, as meta_tokens_3) → meta_Tokens_4; DOC → meta_DOC
        List<String> names = ColumnNames.forMetadata(
                List.of("Outlet", "outlet", "tokens", "meta_tokens", "Tokens", "meta_Tokens_2", "DOC"),
                RESULT, "m.jsonl", warnings::add);
        assertEquals(List.of("Outlet", "meta_outlet", "meta_tokens_3", "meta_tokens", "meta_Tokens_4", "meta_Tokens_2",
                "meta_DOC"), names);
        assertEquals(List.of(
                "warning: m.jsonl: metadata column 'outlet' clashes with the metadata column 'Outlet' (column names ignore"
                        + " case); renamed 'meta_outlet'",
                "warning: m.jsonl: metadata column 'tokens' clashes with the result column 'tokens'; renamed 'meta_tokens_3'",
                "warning: m.jsonl: metadata column 'Tokens' clashes with the result column 'tokens' (column names ignore"
                        + " case); renamed 'meta_Tokens_4'",
                "warning: m.jsonl: metadata column 'DOC' clashes with the result column 'doc' (column names ignore case);"
                        + " renamed 'meta_DOC'"), warnings);
    }

    @Test
    void namesWithoutClashesAreKeptSilently() {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of("outlet", "stance", "meta_x"),
                ColumnNames.forMetadata(List.of("outlet", "stance", "meta_x"), RESULT, "", warnings::add));
        assertEquals(List.of(), warnings);
    }

    @Test
    void caseIsComparedAsTablesawComparesIt() {
        ColumnNames n = new ColumnNames();
        assertEquals(true, n.add("kind"));
        assertEquals(true, n.add("id"));
        // String.equalsIgnoreCase, Tablesaw's lookup: the Kelvin sign (U+212A) matches k and the
        // dotted capital I (U+0130) matches i, though lower-casing the whole name differs
        assertEquals("kind", n.clash("\u212Aind"));
        assertEquals("id", n.clash("\u0130D"));
        assertEquals(false, n.add("ID"));
        assertEquals(null, n.clash("kinds"));
    }

    @Test
    void moreThanTenRenamesEndInOneCountingLine() {
        // twelve pairs A a, B b, …: every lower-case letter clashes with the capital before it
        List<String> metadata = new ArrayList<>();
        for (char c = 'A'; c < 'A' + 12; c++) {
            metadata.add(String.valueOf(c));
            metadata.add(String.valueOf((char) (c + 32)));
        }
        List<String> warnings = new ArrayList<>();
        List<String> names = ColumnNames.forMetadata(metadata, RESULT, "f.csv", warnings::add);
        assertEquals("meta_l", names.get(23));
        assertEquals(11, warnings.size());
        assertEquals("warning: f.csv: metadata column 'j' clashes with the metadata column 'J' (column names ignore"
                + " case); renamed 'meta_j'", warnings.get(9));
        assertEquals("warning: f.csv: … and 2 more metadata columns renamed the same way", warnings.get(10));
    }

    @Test
    void tablesAreMadeInOneStepAndClashesAreRefused() {
        Table t = Tables.create("t", List.of(StringColumn.create("doc", "a", "b"), IntColumn.create("n", 1, 2)));
        assertEquals(List.of("doc", "n"), t.columnNames());
        assertEquals(2, t.rowCount());
        assertEquals(2, t.intColumn("N").get(1));
        assertThrows(IllegalArgumentException.class,
                () -> Tables.create("t", List.of(StringColumn.create("doc"), StringColumn.create("DOC"))));
        assertThrows(IllegalArgumentException.class,
                () -> Tables.create("t", List.of(StringColumn.create("a", "x"), StringColumn.create("b"))));
    }
}

package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.stats.Measure;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Column names are defined once: one constant per name, lower_snake_case, measures named by {@link Measure}. */
class ColumnsTest {
    @Test
    void oneConstantPerNameInLowerSnakeCase() throws IllegalAccessException {
        Map<String, String> byValue = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Field f : Columns.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
                continue;
            }
            String value = (String) f.get(null);
            if (!value.matches("_?[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
                problems.add(f.getName() + " = " + value + " is not lower_snake_case");
            }
            String before = byValue.put(value, f.getName());
            if (before != null) {
                problems.add(before + " and " + f.getName() + " are both " + value);
            }
        }
        assertTrue(byValue.size() > 50, "constants: " + byValue.size());
        assertEquals(List.of(), problems);
    }

    @Test
    void measureColumnsFollowTheMeasures() {
        // the ranking measure COUNT is the count column; the others have columns of their own
        assertEquals(Columns.COUNT, Measure.COUNT.column());
        for (Measure m : Measure.values()) {
            assertTrue(m.column().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), m.column());
        }
        Table t = Framelens.of(dev.framelens.corpus.Corpus.of(List.of(
                new dev.framelens.corpus.Document("d", "", "a b a b c", Map.of()))),
                dev.framelens.text.Analyzer.builder().noPhrases().stopWords(List.of()).build()).collocations(2);
        assertEquals(List.of("collocation", "count", "prefix_total", "last_total", "g2", "npmi", "pmi", "t_score", "dice"),
                t.columnNames());
    }
}

package dev.framelens.table.internal;

import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Makes a Tablesaw table of many columns in one step. {@code Table.create(name, columns…)} adds
 * the columns one at a time and checks each against all before it, building a lower-cased copy of
 * every name each time: quadratic, minutes for 100,000 metadata columns. Here the names are checked
 * once with a hash set ({@link ColumnNames}) and the sizes once, then the columns are added
 * without Tablesaw's per-column check.
 *
 * <p>Not API.
 */
public final class Tables {
    private Tables() {
    }

    /**
     * A table of {@code columns}, in order.
     *
     * @throws IllegalArgumentException when two names clash as Tablesaw compares them, or the
     *     columns differ in size
     */
    public static Table create(String name, List<? extends Column<?>> columns) {
        ColumnNames names = new ColumnNames();
        for (Column<?> c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("columns '" + names.clash(c.name()) + "' and '" + c.name()
                        + "' of table " + name + " clash (column names ignore case)");
            }
            if (c.size() != columns.get(0).size()) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size() + " rows, '"
                        + columns.get(0).name() + "' " + columns.get(0).size());
            }
        }
        Table t = Table.create(name);
        for (Column<?> c : columns) {
            t.internalAddWithoutValidation(c);
        }
        return t;
    }
}

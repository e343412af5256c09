package dev.framelens.table;

import dev.framelens.framing.GroupComparison;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Group-comparison tables; see {@link GroupComparison} for the statistics and {@link Columns} for the columns. */
public final class CompareTables {
    private CompareTables() {
    }

    /** {@code term, count_a, count_b, per_1k_a, per_1k_b, delta, z, g2}, in the rows' order. */
    public static Table table(List<GroupComparison.Row> rows) {
        StringColumn term = StringColumn.create(Columns.TERM);
        LongColumn countA = LongColumn.create(Columns.COUNT_A);
        LongColumn countB = LongColumn.create(Columns.COUNT_B);
        DoubleColumn per1kA = DoubleColumn.create(Columns.PER_1K_A);
        DoubleColumn per1kB = DoubleColumn.create(Columns.PER_1K_B);
        DoubleColumn delta = DoubleColumn.create(Columns.DELTA);
        DoubleColumn z = DoubleColumn.create(Columns.Z);
        DoubleColumn g2 = DoubleColumn.create(Columns.G2);
        for (GroupComparison.Row r : rows) {
            term.append(r.term());
            countA.append(r.countA());
            countB.append(r.countB());
            per1kA.append(r.per1kA());
            per1kB.append(r.per1kB());
            delta.append(r.delta());
            z.append(r.z());
            g2.append(r.g2());
        }
        return Table.create("compare", term, countA, countB, per1kA, per1kB, delta, z, g2);
    }

    /**
     * One-vs-rest: the columns of {@link #table} preceded by {@code group}, the value of group a
     * (group b is every other document); groups in the given order.
     */
    public static Table oneVsRest(List<GroupComparison.Groups> groups, List<List<GroupComparison.Row>> rows) {
        return oneVsRest(groups.stream().map(GroupComparison.Groups::label).toList(), rows);
    }

    /** {@link #oneVsRest(List, List)} with the groups given by their labels (the {@code group} column). */
    public static Table oneVsRest(java.util.Collection<String> labels, List<List<GroupComparison.Row>> rows) {
        List<String> groups = List.copyOf(labels);
        if (groups.size() != rows.size()) {
            throw new IllegalArgumentException("groups (" + groups.size() + ") and row lists (" + rows.size()
                    + ") must match one to one");
        }
        StringColumn group = StringColumn.create(Columns.GROUP);
        Table all = table(List.of());
        for (int g = 0; g < groups.size(); g++) {
            Table t = table(rows.get(g));
            for (int r = 0; r < t.rowCount(); r++) {
                group.append(groups.get(g));
            }
            all.append(t);
        }
        all.insertColumn(0, group);
        all.setName("compare one vs rest");
        return all;
    }
}

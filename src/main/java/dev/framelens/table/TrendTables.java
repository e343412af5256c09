package dev.framelens.table;

import dev.framelens.trend.FrameTrends;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Turns frame trends ({@code dev.framelens.trend}) into tables; column names are in {@link TrendColumns}. */
public final class TrendTables {
    private TrendTables() {
    }

    /** The trend columns a group column must not be named as (it is then {@code meta_<name>}). */
    static final List<String> NAMES = List.of(TrendColumns.PERIOD, TrendColumns.DOCS, Columns.TOKENS,
            Columns.ALARM_PER_1K, Columns.REASSURANCE_PER_1K, Columns.ALARM_INDEX, Columns.CI_LOW, Columns.CI_HIGH);

    /**
     * {@code period, [<group column>,] docs, tokens, alarm_per_1k, reassurance_per_1k, alarm_index,
     * ci_low, ci_high}: one row per period (and group) with documents, by period then group.
     *
     * @param trend       the trend
     * @param groupColumn the metadata column the rows are grouped by, or {@code null}
     */
    public static Table trends(FrameTrends.Trend trend, String groupColumn) {
        StringColumn period = StringColumn.create(TrendColumns.PERIOD);
        StringColumn group = groupColumn == null ? null : StringColumn.create(groupName(groupColumn));
        IntColumn docs = IntColumn.create(TrendColumns.DOCS);
        LongColumn tokens = LongColumn.create(Columns.TOKENS);
        DoubleColumn alarm = DoubleColumn.create(Columns.ALARM_PER_1K);
        DoubleColumn reassurance = DoubleColumn.create(Columns.REASSURANCE_PER_1K);
        DoubleColumn index = DoubleColumn.create(Columns.ALARM_INDEX);
        DoubleColumn low = DoubleColumn.create(Columns.CI_LOW);
        DoubleColumn high = DoubleColumn.create(Columns.CI_HIGH);
        for (FrameTrends.Row r : trend.rows()) {
            period.append(r.period().label());
            if (group != null) {
                group.append(r.group());
            }
            docs.append(r.docs());
            tokens.append(r.tokens());
            alarm.append(r.alarmPer1k());
            reassurance.append(r.reassurancePer1k());
            index.append(r.alarmIndex());
            low.append(r.ciLow());
            high.append(r.ciHigh());
        }
        List<Column<?>> columns = new ArrayList<>();
        columns.add(period);
        if (group != null) {
            columns.add(group);
        }
        columns.addAll(List.of(docs, tokens, alarm, reassurance, index, low, high));
        return Table.create("trends", columns.toArray(new Column<?>[0]));
    }

    /** The name of the group column in {@link #trends}: the metadata column's, {@code meta_}-prefixed on a clash. */
    public static String groupName(String groupColumn) {
        String name = groupColumn;
        while (NAMES.contains(name)) {
            name = "meta_" + name;
        }
        return name;
    }

    /** {@code group_a, group_b, lag, pairs, r}; see {@link FrameTrends#crossCorrelation}. */
    public static Table crossCorrelation(List<FrameTrends.Lag> lags) {
        StringColumn a = StringColumn.create(TrendColumns.GROUP_A);
        StringColumn b = StringColumn.create(TrendColumns.GROUP_B);
        IntColumn lag = IntColumn.create(TrendColumns.LAG);
        IntColumn pairs = IntColumn.create(TrendColumns.PAIRS);
        DoubleColumn r = DoubleColumn.create(TrendColumns.R);
        for (FrameTrends.Lag l : lags) {
            a.append(l.groupA());
            b.append(l.groupB());
            lag.append(l.lag());
            pairs.append(l.pairs());
            r.append(l.r());
        }
        return Table.create("cross-correlation", a, b, lag, pairs, r);
    }
}

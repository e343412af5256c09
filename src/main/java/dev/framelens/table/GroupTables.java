package dev.framelens.table;

import dev.framelens.framing.GroupFrames;
import dev.framelens.framing.Lexicon;
import dev.framelens.table.internal.Tables;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Tables of groups of documents ({@link GroupFrames}); column names are in {@link Columns}. */
public final class GroupTables {
    private GroupTables() {
    }

    /**
     * Pooled frame scores per group: {@code group, docs, tokens, <category>_per_1k… (lexicon order),
     * alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, ci_high}, groups sorted; see {@link
     * GroupFrames#summarize}.
     */
    public static Table summary(List<GroupFrames.Row> rows, Lexicon lexicon) {
        StringColumn group = StringColumn.create(Columns.GROUP);
        IntColumn docs = IntColumn.create(TrendColumns.DOCS);
        LongColumn tokens = LongColumn.create(Columns.TOKENS);
        List<DoubleColumn> categories = new ArrayList<>();
        for (Lexicon.Category c : lexicon.categories()) {
            categories.add(DoubleColumn.create(c.name() + Columns.PER_1K_SUFFIX));
        }
        DoubleColumn alarm = DoubleColumn.create(Columns.ALARM_PER_1K);
        DoubleColumn reassurance = DoubleColumn.create(Columns.REASSURANCE_PER_1K);
        DoubleColumn index = DoubleColumn.create(Columns.ALARM_INDEX);
        DoubleColumn low = DoubleColumn.create(Columns.CI_LOW);
        DoubleColumn high = DoubleColumn.create(Columns.CI_HIGH);
        for (GroupFrames.Row r : rows) {
            group.append(r.group());
            docs.append(r.documents());
            tokens.append(r.tokens());
            double[] per1k = r.categoryPer1k();
            for (int c = 0; c < categories.size(); c++) {
                categories.get(c).append(per1k[c]);
            }
            alarm.append(r.alarmPer1k());
            reassurance.append(r.reassurancePer1k());
            index.append(r.alarmIndex());
            low.append(r.ciLow());
            high.append(r.ciHigh());
        }
        List<Column<?>> columns = new ArrayList<>();
        columns.add(group);
        columns.add(docs);
        columns.add(tokens);
        columns.addAll(categories);
        columns.addAll(List.of(alarm, reassurance, index, low, high));
        return Tables.create("group frame scores", columns);
    }

    /** Histogram rows: {@code group, bin_low, bin_high, articles, share}; see {@link GroupFrames#histogram}. */
    public static Table histogram(List<GroupFrames.Bin> bins) {
        StringColumn group = StringColumn.create(Columns.GROUP);
        DoubleColumn low = DoubleColumn.create(Columns.BIN_LOW);
        DoubleColumn high = DoubleColumn.create(Columns.BIN_HIGH);
        IntColumn articles = IntColumn.create(Columns.ARTICLES);
        DoubleColumn share = DoubleColumn.create(Columns.SHARE);
        for (GroupFrames.Bin b : bins) {
            group.append(b.group());
            low.append(b.low());
            high.append(b.high());
            articles.append(b.articles());
            share.append(b.share());
        }
        return Table.create("alarm index histogram", group, low, high, articles, share);
    }
}

package dev.framelens;

import dev.framelens.corpus.DocumentSource;
import dev.framelens.count.GroupCounts;
import dev.framelens.framing.GroupComparison;
import dev.framelens.text.Analyzer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Term counts grouped by the values of a metadata column ({@link Framelens#groupCounts}): one
 * group per value, documents without a value in group {@code ""}. What a comparison of groups keeps
 * of a streamed corpus.
 *
 * @param column          the column
 * @param metadataColumns every metadata column of the corpus, in order of first appearance
 * @param counts          the counts, one group per value
 */
public record ColumnGroups(String column, List<String> metadataColumns, GroupCounts counts) {
    /** Copies the columns. */
    public ColumnGroups {
        metadataColumns = List.copyOf(metadataColumns);
    }

    /**
     * Counts {@code documents} by their value of {@code column}, in one pass.
     *
     * @throws IllegalArgumentException for an unknown column (the message lists the columns)
     */
    static ColumnGroups count(DocumentSource documents, Analyzer analyzer, String column) {
        GroupCounts.Builder b = new GroupCounts.Builder(analyzer);
        Set<String> columns = new LinkedHashSet<>();
        documents.forEach(d -> {
            columns.addAll(d.metadata().keySet());
            b.add(d, GroupComparison.groupOf(d, column));
        });
        ColumnGroups g = new ColumnGroups(column, List.copyOf(columns), b.build());
        g.values(); // checks the column
        return g;
    }

    /** The column's distinct non-empty values, sorted. */
    public List<String> values() {
        return GroupComparison.values(metadataColumns, counts, column);
    }
}

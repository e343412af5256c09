package dev.framelens;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.DocumentSource;
import dev.framelens.framing.CompareOptions;
import dev.framelens.framing.FrameAnalysis;
import dev.framelens.framing.GroupComparison;
import dev.framelens.framing.VoiceGroups;
import dev.framelens.table.CompareTables;
import dev.framelens.table.VoiceTables;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The group comparisons behind {@link Framelens#compare}, {@link Framelens#compareDocuments},
 * {@link Framelens#compareOneVsRest} and {@link Framelens#frameScoresByVoice(String,
 * dev.framelens.framing.Lexicon)}: counts per group (made by {@link ColumnGroups} or one pass over
 * two id lists), the formulas of {@link GroupComparison} and {@link VoiceGroups}, and the tables.
 */
final class Comparisons {
    private Comparisons() {
    }

    /** {@code column = a} against {@code column = b} from counts made per value. */
    static Table values(ColumnGroups groups, String column, String a, String b, CompareOptions options,
                        Analyzer analyzer) {
        return CompareTables.table(GroupComparison.compareValues(groups.counts(), groups.metadataColumns(), column, a,
                b, options, analyzer));
    }

    /** Two explicit lists of document ids, counted in one pass (an unknown id is named). */
    static Table documents(DocumentSource source, Analyzer analyzer, List<String> a, List<String> b,
                           CompareOptions options) {
        return CompareTables.table(GroupComparison.compare(Folds.documentGroups(source, analyzer, a, b),
                List.of("a"), List.of("b"), options, analyzer));
    }

    /** Each value of the counted column against all other documents, in one table. */
    static Table oneVsRest(ColumnGroups groups, CompareOptions options, Analyzer analyzer) {
        Map<String, List<GroupComparison.Row>> rows = GroupComparison.compareOneVsRest(groups.counts(),
                groups.metadataColumns(), groups.column(), options, analyzer);
        return CompareTables.oneVsRest(new ArrayList<>(rows.keySet()), new ArrayList<>(rows.values()));
    }

    /**
     * The author's and the quoted framing per value of {@code column}.
     *
     * @throws IllegalArgumentException when the corpus has no such column
     */
    static Table voices(Corpus corpus, FrameAnalysis analysis, String column) {
        if (!corpus.metadataColumns().contains(column)) {
            throw new IllegalArgumentException("no metadata column '" + column + "'; columns are "
                    + corpus.metadataColumns());
        }
        return VoiceTables.voiceGroups(VoiceGroups.byGroup(corpus, analysis, column), column);
    }
}

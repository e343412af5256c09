package dev.framelens.report;

import dev.framelens.chart.ChartFixtures;
import dev.framelens.chart.Charts;
import java.util.List;
import tech.tablesaw.api.Table;

/** Reports of the standard sections built from the hand-made tables of {@link ChartFixtures}. */
final class ReportFixtures {

    private ReportFixtures() {}

    /** The standard sections of these tables, in the order of {@link Report#standard}. */
    static Report standard(String title, Report.Summary summary, Table scores, Report.Comparison groups, Table compare,
            Table terms, Table matrix, Table actors, Table similarity, Table hits, Table evidence) {
        return Report.of(title, summary, groups, List.of(
                StandardSections.frameScores(scores),
                StandardSections.categories(scores, hits, actors),
                StandardSections.evidence(evidence, hits, scores),
                StandardSections.distinctive(groups, compare),
                StandardSections.actors(actors),
                StandardSections.cooccurrence(matrix),
                StandardSections.terms(terms),
                StandardSections.similarity(similarity, Charts.articleLabels(scores)),
                StandardSections.hits(hits)));
    }

    /** Every section filled, with plain strings. */
    static Report plain() {
        return plainWith(ChartFixtures.termFrequencies(), ChartFixtures.actorsOverall(), true);
    }

    /** {@link #plain()} with these term frequencies and actors, with or without the comparison. */
    static Report plainWith(Table terms, Table actors, boolean compare) {
        var scores = ChartFixtures.frameScores();
        return standard("framelens report: seeds", Report.Summary.of("seeds", scores), scores,
                compare ? new Report.Comparison("stance", "reassuring", "alarmed") : null,
                compare ? ChartFixtures.compare() : null,
                terms, ChartFixtures.cooccurrenceMatrix(), actors, ChartFixtures.similarity(),
                ChartFixtures.frameHits(), ChartFixtures.evidence());
    }

    /** Every section filled, with hostile strings wherever data reaches the page. */
    static Report hostile() {
        var scores = ChartFixtures.hostileFrameScores();
        return standard("framelens report: " + ChartFixtures.SCRIPT, Report.Summary.of(ChartFixtures.IMG, scores), scores,
                new Report.Comparison(ChartFixtures.PWN_IMG, ChartFixtures.SCRIPT, ChartFixtures.PWN_SCRIPT),
                ChartFixtures.hostileCompare(),
                ChartFixtures.hostileTermFrequencies(),
                ChartFixtures.hostileCooccurrenceMatrix(),
                ChartFixtures.hostileActorsOverall(),
                ChartFixtures.similarity(),
                ChartFixtures.frameHits(),
                ChartFixtures.evidence());
    }
}

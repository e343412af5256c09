package dev.framelens.report;

import dev.framelens.chart.ChartFixtures;

/** {@link ReportData} built from the hand-made tables of {@link ChartFixtures}. */
final class ReportFixtures {

    private ReportFixtures() {}

    /** Every section filled, with plain strings. */
    static ReportData plain() {
        var scores = ChartFixtures.frameScores();
        return new ReportData(
                "framelens report: seeds",
                ReportData.Summary.of("seeds", scores),
                scores,
                new ReportData.Comparison(ChartFixtures.compare(), "stance", "reassuring", "alarmed"),
                ChartFixtures.termFrequencies(),
                ChartFixtures.cooccurrenceMatrix(),
                ChartFixtures.actorsOverall(),
                ChartFixtures.similarity(),
                ChartFixtures.frameHits(),
                ChartFixtures.evidence());
    }

    /** Every section filled, with hostile strings wherever data reaches the page. */
    static ReportData hostile() {
        var scores = ChartFixtures.hostileFrameScores();
        return new ReportData(
                "framelens report: " + ChartFixtures.SCRIPT,
                ReportData.Summary.of(ChartFixtures.IMG, scores),
                scores,
                new ReportData.Comparison(
                        ChartFixtures.hostileCompare(), ChartFixtures.PWN_IMG, ChartFixtures.SCRIPT,
                        ChartFixtures.PWN_SCRIPT),
                ChartFixtures.hostileTermFrequencies(),
                ChartFixtures.hostileCooccurrenceMatrix(),
                ChartFixtures.hostileActorsOverall(),
                ChartFixtures.similarity(),
                ChartFixtures.frameHits(),
                ChartFixtures.evidence());
    }
}

package dev.framelens.report;

import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Everything {@link ReportWriter} puts on the page: a corpus summary and the framelens tables behind
 * every chart and table of the report, each with the columns the {@code Framelens} facade returns.
 *
 * <p>Tablesaw tables are mutable; the writer only reads them. Hand in fresh tables (the facade
 * returns fresh ones) and do not change them while a report is written.
 *
 * @param title the page title, e.g. {@code "framelens report: seeds"}
 * @param summary documents, tokens and outlets of the corpus
 * @param frameScores {@code frameScores()}: {@code doc, <metadata…>, tokens, <category>_per_1k…,
 *     alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, ci_high}
 * @param comparison {@code compare(column, a, b)} with its labels, or {@code null} when the corpus
 *     has no grouping to compare (the section then says how to ask for one)
 * @param termFrequencies {@code termFrequencies()}: {@code term, count, …}
 * @param cooccurrenceMatrix {@code cooccurrenceMatrix(topN)}: {@code term, neighbor, count, …}
 * @param actorsOverall {@code actorsOverall()}: {@code actor, mentions, category, side, hits}
 * @param similarity {@code similarity()}: {@code doc_a, doc_b, cosine, …}
 * @param frameHits {@code frameHits()}: {@code doc, sentence, side, category, entry, matched, start,
 *     end, negated}; {@code start}/{@code end} are offsets into the document text
 * @param evidence the rows of {@code evidence(doc)} for every document, in one table: {@code doc,
 *     side, sentence, hits, start, end, text, entries}, where {@code start}/{@code end} are the
 *     sentence's offsets into the document text
 */
public record ReportData(
        String title,
        Summary summary,
        Table frameScores,
        Comparison comparison,
        Table termFrequencies,
        Table cooccurrenceMatrix,
        Table actorsOverall,
        Table similarity,
        Table frameHits,
        Table evidence) {

    /** Checks that nothing but {@code comparison} is null. */
    public ReportData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(frameScores, "frameScores");
        Objects.requireNonNull(termFrequencies, "termFrequencies");
        Objects.requireNonNull(cooccurrenceMatrix, "cooccurrenceMatrix");
        Objects.requireNonNull(actorsOverall, "actorsOverall");
        Objects.requireNonNull(similarity, "similarity");
        Objects.requireNonNull(frameHits, "frameHits");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * The corpus at a glance.
     *
     * @param corpus what the corpus is called on the page, e.g. its folder name
     * @param documents number of documents
     * @param tokens number of word tokens (stop words included, as in {@code frameScores.tokens})
     * @param outlets distinct outlets in order of first appearance (empty when unknown)
     */
    public record Summary(String corpus, int documents, long tokens, List<String> outlets) {

        /** Copies {@code outlets}. */
        public Summary {
            Objects.requireNonNull(corpus, "corpus");
            if (documents < 0 || tokens < 0) {
                throw new IllegalArgumentException(
                        "documents (" + documents + ") and tokens (" + tokens + ") must be ≥ 0");
            }
            outlets = List.copyOf(outlets);
        }

        /**
         * The summary read off a frame-score table: one document per row, tokens summed over the
         * {@code tokens} column (0 without it), outlets from the {@code outlet} column when present.
         */
        public static Summary of(String corpus, Table frameScores) {
            Cells.require(frameScores, "frameScores", Columns.DOC);
            long tokens = 0;
            Set<String> outlets = new LinkedHashSet<>();
            for (int r = 0; r < frameScores.rowCount(); r++) {
                if (frameScores.containsColumn(Columns.TOKENS)) {
                    double t = Cells.number(frameScores, Columns.TOKENS, r);
                    tokens += Double.isFinite(t) ? (long) t : 0;
                }
                if (frameScores.containsColumn(Columns.OUTLET)) {
                    String o = Cells.text(frameScores, Columns.OUTLET, r).strip();
                    if (!o.isEmpty()) {
                        outlets.add(o);
                    }
                }
            }
            return new Summary(corpus, frameScores.rowCount(), tokens, List.copyOf(outlets));
        }
    }

    /**
     * A two-group comparison.
     *
     * @param table {@code compare(column, a, b)}: {@code term, count_a, count_b, per_1k_a, per_1k_b,
     *     delta, z, g2}
     * @param column the metadata column that defines the groups, e.g. {@code stance}
     * @param a the value of group a, e.g. {@code reassuring}
     * @param b the value of group b, e.g. {@code alarmed}
     */
    public record Comparison(Table table, String column, String a, String b) {
        /** Checks that nothing is null. */
        public Comparison {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }
}

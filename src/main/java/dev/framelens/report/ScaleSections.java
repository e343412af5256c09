package dev.framelens.report;

import dev.framelens.Framelens;
import dev.framelens.Overview;
import dev.framelens.chart.Charts;
import dev.framelens.count.GroupCounts;
import dev.framelens.framing.GroupFrames;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.table.TrendColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import tech.tablesaw.api.Table;

/**
 * The standard report of a large corpus, where one chart row or heatmap cell per article would not
 * fit on a page: the articles' frame scores become each group's pooled alarm index with its
 * interval and the distribution of its articles, the evidence is that of the {@value #EXTREMES} most
 * and least alarmed articles, and article similarity and the list of every hit are left out (the
 * commands give them). Every article's scores are in {@code frame_scores.csv}.
 *
 * <p>A corpus is <b>large</b> when it has more than {@value #LARGE_DOCUMENTS} documents or more
 * than {@value #LARGE_TOKENS} tokens ({@link #isLarge}). The page then holds a bounded number of
 * marks whatever the corpus size — at most {@value #MAX_GROUPS} groups in the charts, 60 histogram
 * bins per group, {@value #EXTREMES} + {@value #EXTREMES} articles of evidence, {@link
 * ReportWriter#MAX_TABLE_ROWS} rows per table, 20 terms per side, {@value #SCATTER_TERMS} terms in
 * the term scatter, a 15 × 15 co-occurrence
 * matrix — so it stays under {@value #PAGE_BOUND_MB} MB (plus the corpus's own headlines in the
 * tables' first rows); the CSV files beside it grow with the corpus.
 *
 * <p>The data come from one pass over the corpus ({@link Framelens#overview}) and a second for the
 * co-occurrence of the top terms; memory holds each article's scores and metadata, the term counts
 * and the extreme articles, never the corpus (the README's memory model).
 */
public final class ScaleSections {
    /** More documents than this make a corpus large. */
    public static final int LARGE_DOCUMENTS = 200;

    /** More tokens than this make a corpus large (about 12 MB of English text). */
    public static final long LARGE_TOKENS = 2_000_000;

    /** The most and the least alarmed articles shown with their evidence, each. */
    public static final int EXTREMES = 10;

    /** Groups drawn in the charts (the largest); every group is in the table and its CSV file. */
    public static final int MAX_GROUPS = 40;

    /** Terms drawn in the term scatter of a large corpus (the most frequent of the two groups). */
    public static final int SCATTER_TERMS = 1_000;

    /** The bound on the page's size, in MB, checked by the tests on a generated corpus. */
    public static final int PAGE_BOUND_MB = 2;

    private ScaleSections() {}

    /** Whether a corpus of this overview is reported at scale. */
    public static boolean isLarge(Overview overview) {
        return overview.documents() > LARGE_DOCUMENTS || overview.tokens() > LARGE_TOKENS;
    }

    /**
     * The column whose groups the report summarises: the one compared ({@code --by}), else {@code
     * outlet}, else {@code stance}, when the corpus has it; null for none (one group of every article).
     */
    static String groupColumn(Table frameScores, ReportOptions options) {
        if (options.column() != null && frameScores.containsColumn(options.column())) {
            return options.column();
        }
        for (String c : List.of(Columns.OUTLET, ReportOptions.DEFAULT_COLUMN)) {
            if (frameScores.containsColumn(c)) {
                return c;
            }
        }
        return null;
    }

    /** The report at scale; see the class notes. */
    static Report report(Framelens f, ReportOptions options, Overview overview) {
        Consumer<String> stage = options.progress();
        Table scores = overview.frameScores();
        dev.framelens.ColumnGroups counts = overview.comparison();
        Report.Comparison groups = StandardSections.groups(counts.metadataColumns(), sizes(counts.counts()), options);
        Table compare = null;
        if (groups != null) {
            stage.accept("comparing " + groups.column() + " = " + groups.a() + " with " + groups.b());
            compare = f.compare(counts, groups.column(), groups.a(), groups.b(),
                    dev.framelens.framing.CompareOptions.defaults());
        }
        String column = groupColumn(scores, options);
        Table summary = overview.groupSummary(column);
        Table histogram = overview.histogram(column);
        Table terms = overview.termFrequencies();
        stage.accept("co-occurrence of the top terms");
        List<String> top = new ArrayList<>();
        for (int r = 0; r < Math.min(StandardSections.COOCCURRENCE_TERMS, terms.rowCount()); r++) {
            top.add(Cells.text(terms, Columns.TERM, r));
        }
        Table matrix = f.cooccurrenceMatrix(top, CooccurrenceOptions.defaults().minCount(1));
        List<Section> sections = List.of(
                frameScores(summary, histogram, scores, column),
                extremes(overview),
                distinctive(groups, compare),
                StandardSections.actors(overview.actorsOverall()),
                StandardSections.cooccurrence(matrix),
                StandardSections.terms(terms),
                atThisSize(overview.documents(), overview.tokens()));
        return Report.of("framelens report: " + f.name(), Report.Summary.of(f.name(), scores), groups, sections)
                .withThreads(f.threads());
    }

    /**
     * Frame scores by group: each group's pooled alarm index with its interval, the distribution of
     * its articles' indices, the group table and every article's scores. {@code groupSummary} and
     * {@code histogram}: {@code Overview.groupSummary(column)} and {@code histogram(column)}; {@code
     * frameScores}: every article's scores.
     */
    public static Section frameScores(Table groupSummary, Table histogram, Table frameScores, String column) {
        Cells.require(groupSummary, "groupSummary", Columns.GROUP, Columns.ALARM_INDEX, Columns.CI_LOW, Columns.CI_HIGH);
        Cells.require(histogram, "histogram", Columns.GROUP, Columns.BIN_LOW, Columns.SHARE);
        String by = column == null ? "the whole corpus" : column;
        String heading = column == null ? "Frame scores of the whole corpus" : "Frame scores by " + column;
        List<String> drawn = largestGroups(groupSummary);
        String shown = drawn.size() < groupSummary.rowCount()
                ? " The charts show the " + drawn.size() + " largest of " + groupSummary.rowCount() + " groups; the"
                        + " table and its CSV file have all." : "";
        List<Section.Part> parts = new ArrayList<>();
        if (groupSummary.rowCount() > 0) {
            parts.add(new Section.Chart("chart-group-alarm-index", "alarm index per group",
                    Charts.groupAlarmIndex(rowsOf(groupSummary, drawn))));
            parts.add(new Section.Chart("chart-alarm-index-histogram", "alarm index distribution",
                    Charts.alarmIndexHistogram(rowsOf(histogram, drawn))));
        } else {
            parts.add(new Section.Note("No article has a value of " + by + "."));
        }
        parts.add(new Section.DataTable(groupSummary, "group_frame_scores.csv", "table-group-frame-scores",
                "Frame scores per " + (column == null ? "corpus" : column) + ", articles pooled", true));
        parts.add(new Section.DataTable(frameScores, "frame_scores.csv", "table-frame-scores",
                "Frame scores: one row per article", false));
        return new Section("frame-scores", "Frame scores", heading,
                "How alarmed each group's coverage is: the alarm index ln((ΣA + ½) / (ΣR + ½)) of the group's"
                        + " summed alarm and reassurance weights (the empirical logit of Lowe et al. 2011, articles"
                        + " pooled), with its 95 % interval from a seeded bootstrap over the group's articles; then"
                        + " the spread of the articles' own indices in bins of " + fmt(GroupFrames.BIN_WIDTH) + " or wider (a strip per"
                        + " group, darker = more of its articles). 0 means the sides balance; +0.69 doubles the"
                        + " odds of alarm language." + shown + " Every article's scores are in frame_scores.csv.",
                parts);
    }

    /**
     * The most and least alarmed articles with their evidence sentences. {@code Overview}: {@code
     * mostAlarmed()}, {@code leastAlarmed()}, {@code extremeScores()}, {@code extremeEvidence()},
     * {@code extremeHits()}.
     */
    public static Section extremes(Overview overview) {
        Table scores = overview.extremeScores();
        Map<String, String> labels = Charts.articleLabels(scores);
        Map<String, String> notes = StandardSections.notes(scores);
        Map<String, String> headings = new LinkedHashMap<>();
        int rank = 0;
        for (String id : overview.mostAlarmed()) {
            headings.putIfAbsent(id, "Most alarmed #" + ++rank + ": " + labels.get(id));
        }
        rank = 0;
        for (String id : overview.leastAlarmed()) {
            headings.putIfAbsent(id, "Least alarmed #" + ++rank + ": " + labels.get(id));
        }
        Table evidence = overview.extremeEvidence();
        return new Section("evidence", "Most and least alarmed", "The most and least alarmed articles",
                "The " + overview.mostAlarmed().size() + " articles with the highest alarm index and the "
                        + overview.leastAlarmed().size() + " with the lowest (ties: the earlier article), each with"
                        + " the sentences that carry the most hits on each side. Marked words are the lexicon"
                        + " entries that matched; a ¬ marks an alarm entry a negator turned into reassurance."
                        + " `framelens evidence CORPUS --doc ID` lists any other article's.",
                List.of(new Section.Evidence(evidence, overview.extremeHits(), headings, notes,
                                StandardSections.EVIDENCE_PER_SIDE),
                        new Section.DataTable(evidence, "evidence.csv", "table-evidence",
                                "Evidence sentences of the most and least alarmed articles", false)));
    }

    /**
     * The distinctive terms, the term scatter drawn for the {@value #SCATTER_TERMS} most frequent terms
     * of the two groups (count_a + count_b, ties by term); the table and its CSV file have every term.
     */
    static Section distinctive(Report.Comparison groups, Table compare) {
        if (groups == null || compare == null || compare.rowCount() <= SCATTER_TERMS) {
            return StandardSections.distinctive(groups, compare);
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < compare.rowCount(); r++) {
            rows.add(r);
        }
        rows.sort(Comparator.comparingDouble((Integer r) -> -(Cells.number(compare, Columns.COUNT_A, r)
                + Cells.number(compare, Columns.COUNT_B, r))).thenComparing(r -> Cells.text(compare, Columns.TERM, r)));
        List<Integer> kept = new ArrayList<>(rows.subList(0, SCATTER_TERMS));
        kept.sort(null);
        Table scatter = compare.rows(kept.stream().mapToInt(Integer::intValue).toArray());
        return StandardSections.distinctive(groups, compare, scatter, String.format(Locale.ROOT,
                " The scatter shows the %,d most frequent of the %,d terms; the table has all.", SCATTER_TERMS,
                compare.rowCount()));
    }

    /** What the report leaves out at this size, and where to find it. */
    public static Section atThisSize(int documents, long tokens) {
        return new Section("at-this-size", "At this size", "What a report of this size shows",
                String.format(Locale.ROOT, "This corpus has %,d articles and %,d tokens, more than %,d articles or"
                        + " %,d tokens, so the report summarises: groups instead of one chart row per article,"
                        + " the evidence of the most and least alarmed articles instead of every article's. Left"
                        + " out: article similarity (`framelens similarity CORPUS --top-k 10` gives each article's"
                        + " nearest), every frame hit (`framelens evidence CORPUS --doc ID`, per article) and the"
                        + " per-article category profile (the *_per_1k columns of frame_scores.csv).",
                        documents, tokens, LARGE_DOCUMENTS, LARGE_TOKENS),
                List.of());
    }

    /** The number of documents of each non-empty value, sorted by value. */
    private static Map<String, Integer> sizes(GroupCounts counts) {
        Map<String, Integer> sizes = new TreeMap<>();
        for (String g : counts.groups()) {
            if (!g.isEmpty()) {
                sizes.put(g, counts.documents(g));
            }
        }
        return sizes;
    }

    /** The {@value #MAX_GROUPS} groups with the most articles (ties by name), in the table's order. */
    private static List<String> largestGroups(Table groupSummary) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < groupSummary.rowCount(); r++) {
            rows.add(r);
        }
        boolean hasDocs = groupSummary.containsColumn(TrendColumns.DOCS);
        rows.sort(Comparator.comparingDouble((Integer r) -> hasDocs ? -Cells.number(groupSummary, TrendColumns.DOCS, r) : 0)
                .thenComparing(r -> Cells.text(groupSummary, Columns.GROUP, r)));
        List<Integer> kept = new ArrayList<>(rows.subList(0, Math.min(MAX_GROUPS, rows.size())));
        kept.sort(null);
        List<String> out = new ArrayList<>();
        kept.forEach(r -> out.add(Cells.text(groupSummary, Columns.GROUP, r)));
        return out;
    }

    /** The rows of {@code t} whose group is one of {@code groups}. */
    private static Table rowsOf(Table t, List<String> groups) {
        return t.where(t.stringColumn(Columns.GROUP).isIn(groups));
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}

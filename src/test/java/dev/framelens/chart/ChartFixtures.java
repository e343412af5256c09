package dev.framelens.chart;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Small hand-made framelens tables with the columns of the facade, for chart and report tests.
 * Numbers are chosen to be exact in binary (halves, quarters, eighths) so expected values in the
 * tests are exact.
 */
public final class ChartFixtures {

    /** An outlet name that would close a script element. */
    public static final String SCRIPT = "</script><script>alert(1)</script>";

    /** An outlet name that would open an element with an event handler. */
    public static final String IMG = "\"><img src=x onerror=alert(1)>";

    /** Hostile strings that also flag themselves on {@code <body>} if they ever run in a browser. */
    public static final String PWN_SCRIPT =
            "<script>document.body.setAttribute('data-pwned','script')</script>";

    /** See {@link #PWN_SCRIPT}. */
    public static final String PWN_IMG =
            "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";

    /** Texts of the three evidence documents 000, 001, 002. */
    public static final String TEXT_000 =
            "Putin and Kim may each have something the other wants. It is a dangerous combination and a"
                    + " grave threat to the region.";

    public static final String TEXT_001 =
            "The sky isn't falling. Fears of the alliance are overblown, and it won't spell doom.";

    public static final String TEXT_002 =
            "Officials said " + SCRIPT + " was a threat.";

    private ChartFixtures() {}

    /** {@code frameScores()} of five articles, with outlets; see the class comment. */
    public static Table frameScores() {
        return frameScores("Daily Alpha", "Op-Ed Weekly", "Gazette", "Morning Wire", "Evening Post");
    }

    /** {@code frameScores()} whose first two outlets are {@link #SCRIPT} and {@link #IMG}. */
    public static Table hostileFrameScores() {
        return frameScores(SCRIPT, IMG, PWN_SCRIPT, PWN_IMG, "Evening \\ Post");
    }

    private static Table frameScores(String... outlets) {
        return Table.create(
                "frame scores",
                StringColumn.create("doc", "000", "001", "002", "003", "004"),
                StringColumn.create("outlet", outlets),
                StringColumn.create("headline",
                        "Alliance alarms the West", "The sky isn't falling", "A grave threat",
                        "Arms for shells", "Two dictators meet"),
                StringColumn.create("stance", "alarmed", "reassuring", "alarmed", "alarmed", "alarmed"),
                IntColumn.create("tokens", 1000, 800, 1250, 500, 2000),
                DoubleColumn.create("threat_per_1k", 8, 2, 10, 5, 10),
                DoubleColumn.create("catastrophe_per_1k", 4, 1, 4, 2, 5),
                DoubleColumn.create("downplaying_per_1k", 1, 6, 1, 1, 0.5),
                DoubleColumn.create("limits_per_1k", 3, 3, 1, 0, 0.5),
                DoubleColumn.create("alarm_per_1k", 12, 3, 14, 7, 15),
                DoubleColumn.create("reassurance_per_1k", 4, 9, 2, 1, 1),
                DoubleColumn.create("alarm_index", 0.5, -0.5, 0.75, 0.75, 0.875),
                DoubleColumn.create("ci_low", 0.25, -0.75, 0.5, 0.5, 0.75),
                DoubleColumn.create("ci_high", 0.875, -0.125, 0.875, 1, 1));
    }

    /** {@code frameHits()} for {@link #TEXT_000}, {@link #TEXT_001}, {@link #TEXT_002}. */
    public static Table frameHits() {
        Table t = Table.create(
                "frame hits",
                StringColumn.create("doc"),
                IntColumn.create("sentence"),
                StringColumn.create("side"),
                StringColumn.create("category"),
                StringColumn.create("entry"),
                StringColumn.create("matched"),
                IntColumn.create("start"),
                IntColumn.create("end"),
                BooleanColumn.create("negated"));
        hit(t, "000", TEXT_000, 2, "alarm", "threat", "dangerous", "dangerous", false);
        hit(t, "000", TEXT_000, 2, "alarm", "threat", "grave threat", "grave threat", false);
        hit(t, "001", TEXT_001, 1, "reassurance", "downplaying", "sky isn't falling", "sky isn't falling", false);
        hit(t, "001", TEXT_001, 2, "reassurance", "downplaying", "overblown", "overblown", false);
        hit(t, "001", TEXT_001, 2, "reassurance", "catastrophe", "doom", "doom", true);
        hit(t, "002", TEXT_002, 1, "alarm", "threat", "threat", "threat", false);
        hit(t, "002", TEXT_002, 1, "reassurance", "limits", "limited", "limited", false);
        return t;
    }

    private static void hit(Table t, String doc, String text, int sentence, String side,
            String category, String entry, String matched, boolean negated) {
        int start = text.indexOf(matched);
        if (start < 0) {
            // a hit whose text is not in the document: must be skipped, never mis-marked
            start = 0;
        }
        t.stringColumn("doc").append(doc);
        t.intColumn("sentence").append(sentence);
        t.stringColumn("side").append(side);
        t.stringColumn("category").append(category);
        t.stringColumn("entry").append(entry);
        t.stringColumn("matched").append(matched);
        t.intColumn("start").append(start);
        t.intColumn("end").append(start + matched.length());
        t.booleanColumn("negated").append(negated);
    }

    /** {@code evidence(doc)} rows of the three documents in one table. */
    public static Table evidence() {
        Table t = Table.create(
                "evidence",
                StringColumn.create("doc"),
                StringColumn.create("side"),
                IntColumn.create("sentence"),
                IntColumn.create("hits"),
                IntColumn.create("start"),
                IntColumn.create("end"),
                StringColumn.create("text"),
                StringColumn.create("entries"));
        int s000 = TEXT_000.indexOf("It is");
        sentence(t, "000", "alarm", 2, 2, TEXT_000, s000, TEXT_000.length(), "dangerous; grave threat");
        int s001 = TEXT_001.indexOf("Fears");
        sentence(t, "001", "reassurance", 2, 2, TEXT_001, s001, TEXT_001.length(), "overblown; doom");
        sentence(t, "001", "reassurance", 1, 1, TEXT_001, 0, s001 - 1, "sky isn't falling");
        sentence(t, "002", "alarm", 1, 1, TEXT_002, 0, TEXT_002.length(), "threat");
        return t;
    }

    private static void sentence(Table t, String doc, String side, int sentence, int hits,
            String text, int start, int end, String entries) {
        t.stringColumn("doc").append(doc);
        t.stringColumn("side").append(side);
        t.intColumn("sentence").append(sentence);
        t.intColumn("hits").append(hits);
        t.intColumn("start").append(start);
        t.intColumn("end").append(end);
        t.stringColumn("text").append(text.substring(start, end));
        t.stringColumn("entries").append(entries);
    }

    /** {@code compare("stance", "reassuring", "alarmed")} of eight terms. */
    public static Table compare() {
        return compare("sky", "falling", "overblown", "putin", "korea", "dangerous", "threat", "pariah");
    }

    /** {@link #compare()} with the first two terms replaced by {@link #SCRIPT} and {@link #IMG}. */
    public static Table hostileCompare() {
        return compare(SCRIPT, IMG, "overblown", "putin", "korea", PWN_SCRIPT, PWN_IMG, "pariah");
    }

    private static Table compare(String... terms) {
        return Table.create(
                "compare",
                StringColumn.create("term", terms),
                IntColumn.create("count_a", 4, 3, 2, 10, 8, 0, 1, 0),
                IntColumn.create("count_b", 0, 0, 1, 40, 40, 12, 20, 6),
                DoubleColumn.create("per_1k_a", 5, 3.75, 2.5, 12.5, 10, 0, 1.25, 0),
                DoubleColumn.create("per_1k_b", 0, 0, 0.25, 10, 10, 3, 5, 1.5),
                DoubleColumn.create("delta", 2.5, 2.25, 1.5, 0.25, 0.125, -1.75, -1.25, -1.25),
                DoubleColumn.create("z", 3.5, 2.5, 1.5, 0.5, 0.0, -2.25, -1.5, -1.5),
                DoubleColumn.create("g2", 12.5, 9.5, 3.25, 0.5, 0.0, -6.5, -3.5, -2.75));
    }

    /** {@code termFrequencies()} of six terms (two tied counts). */
    public static Table termFrequencies() {
        return termFrequencies("putin", "korea", "kim", "russia", "weapons", "dangerous");
    }

    /** {@link #termFrequencies()} with hostile terms. */
    public static Table hostileTermFrequencies() {
        return termFrequencies(SCRIPT, IMG, PWN_SCRIPT, PWN_IMG, "weapons", "dangerous");
    }

    private static Table termFrequencies(String... terms) {
        return Table.create(
                "term frequencies",
                StringColumn.create("term", terms),
                IntColumn.create("count", 50, 48, 48, 30, 12, 12),
                IntColumn.create("doc_freq", 5, 5, 5, 4, 3, 4),
                DoubleColumn.create("per_1k", 10, 9.6, 9.6, 6, 2.4, 2.4));
    }

    /** {@code cooccurrenceMatrix(3)}: a symmetric long table of three terms. */
    public static Table cooccurrenceMatrix() {
        return cooccurrenceMatrix("putin", "kim", "korea");
    }

    /** {@link #cooccurrenceMatrix()} with hostile terms. */
    public static Table hostileCooccurrenceMatrix() {
        return cooccurrenceMatrix(SCRIPT, IMG, PWN_IMG);
    }

    private static Table cooccurrenceMatrix(String t1, String t2, String t3) {
        String[] term = {t1, t1, t2, t2, t3, t3};
        String[] neighbor = {t2, t3, t1, t3, t1, t2};
        return Table.create(
                "cooccurrence",
                StringColumn.create("term", term),
                StringColumn.create("neighbor", neighbor),
                IntColumn.create("count", 20, 12, 20, 15, 12, 15),
                IntColumn.create("term_total", 50, 50, 48, 48, 40, 40),
                IntColumn.create("neighbor_total", 48, 40, 50, 40, 50, 48),
                DoubleColumn.create("pmi", 1.5, 0.5, 1.5, 1.25, 0.5, 1.25),
                DoubleColumn.create("npmi", 0.5, 0.25, 0.5, 0.375, 0.25, 0.375),
                DoubleColumn.create("g2", 30, 8, 30, 20, 8, 20),
                DoubleColumn.create("dice", 0.25, 0.125, 0.25, 0.1875, 0.125, 0.1875),
                DoubleColumn.create("t_score", 3.5, 1.5, 3.5, 2.5, 1.5, 2.5));
    }

    /** {@code actorsOverall()}: three actors, one without a reassurance row. */
    public static Table actorsOverall() {
        return actorsOverall("putin", "kim", "u.s.");
    }

    /** {@link #actorsOverall()} with hostile actor names. */
    public static Table hostileActorsOverall() {
        return actorsOverall(SCRIPT, PWN_IMG, "u.s.");
    }

    private static Table actorsOverall(String a1, String a2, String a3) {
        return Table.create(
                "actors",
                StringColumn.create("actor", a1, a1, a1, a2, a2, a3),
                IntColumn.create("mentions", 40, 40, 40, 35, 35, 12),
                StringColumn.create("category", "threat", "catastrophe", "downplaying", "threat", "downplaying", "threat"),
                StringColumn.create("side", "alarm", "alarm", "reassurance", "alarm", "reassurance", "alarm"),
                IntColumn.create("hits", 9, 3, 2, 7, 1, 4));
    }

    /** {@code similarity()} of three documents, all ordered pairs including self. */
    public static Table similarity() {
        return Table.create(
                "similarity",
                StringColumn.create("doc_a", "000", "000", "000", "001", "001", "001", "002", "002", "002"),
                StringColumn.create("doc_b", "000", "001", "002", "000", "001", "002", "000", "001", "002"),
                DoubleColumn.create("cosine", 1, 0.25, 0.5, 0.25, 1, 0.125, 0.5, 0.125, 1),
                DoubleColumn.create("alarm_index_diff", 0, 1, -0.25, -1, 0, -1.25, 0.25, 1.25, 0));
    }
}

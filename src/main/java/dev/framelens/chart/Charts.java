package dev.framelens.chart;

import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Charts of framelens tables: each function takes a Tablesaw {@link Table} with the columns the
 * framelens facade returns and gives a tablesaw-jsplot {@link Figure} (Plotly), usable alone from
 * Java, JShell and notebooks, and drawn offline with {@link ChartHtml}.
 *
 * <p>Conventions: every figure takes the width of the page or notebook output it is drawn in and
 * follows it when that changes (layout {@code autosize}, config {@code responsive}; the heights are
 * fixed by content), has a title and axis titles with units; alarm is always {@link #ALARM_COLOR} and reassurance always
 * {@link #REASSURANCE_COLOR} (Okabe &amp; Ito's colour-blind-safe vermillion and blue). Articles are
 * labelled "outlet (doc)" when the table has an {@code outlet} column, else by {@code doc}. Text from
 * the tables is escaped so that it shows literally on the chart and cannot reach the page as markup.
 * Input tables are only read, never changed. A table that lacks a column fails with one message
 * naming it.
 *
 * <p>tablesaw-jsplot 0.44.4 has no error bars, hover text or hover templates, heatmap colour scales,
 * cell text or value ranges, axis {@code automargin}, legend placement, annotations or shapes. Bars
 * without hover details use jsplot's {@link BarTrace}; everything else uses an internal
 * {@link Trace} written as JSON. Margins are sized from the longest tick label instead of automargin.
 *
 * <p>This class is the entry point; the charts are drawn by their families (frame scores and actors,
 * group comparison, terms and co-occurrence, similarity) with one shared style, in this package.
 */
public final class Charts {

    /** Colour of the alarm side in every chart (Okabe–Ito vermillion). */
    public static final String ALARM_COLOR = Style.ALARM_COLOR;

    /** Colour of the reassurance side in every chart (Okabe–Ito blue). */
    public static final String REASSURANCE_COLOR = Style.REASSURANCE_COLOR;

    /** Colour for counts that belong to neither side (term frequencies). */
    public static final String NEUTRAL_COLOR = Style.NEUTRAL_COLOR;

    /** Colour of comparison group a when its label names neither side (Okabe–Ito reddish purple). */
    public static final String GROUP_A_COLOR = Style.GROUP_A_COLOR;

    /** Colour of comparison group b when its label names neither side (Okabe–Ito bluish green). */
    public static final String GROUP_B_COLOR = Style.GROUP_B_COLOR;

    /** The value of a {@code side} column for the alarm side ({@code Side.ALARM.label()}). */
    public static final String SIDE_ALARM = Style.SIDE_ALARM;

    /** The value of a {@code side} column for the reassurance side ({@code Side.REASSURANCE.label()}). */
    public static final String SIDE_REASSURANCE = Style.SIDE_REASSURANCE;

    private Charts() {}

    // ---------------------------------------------------------------------------------------------
    // Labels

    /**
     * Article labels in table order: {@code doc} → "outlet (doc)", or {@code doc} alone when the
     * table has no {@code outlet} column or the outlet is blank. Ids of the form {@code
     * PREFIX_rest} (hashed file names such as {@code 000_d54235d511f720fa}) show only their prefix
     * when every prefix is unique: "CNN (000)".
     *
     * @param table any table with a {@code doc} column (frame scores carry the metadata)
     */
    public static Map<String, String> articleLabels(Table table) {
        return FrameCharts.articleLabels(table);
    }

    /**
     * The side of each lexicon category, keyed by the category in snake_case (as in the {@code
     * <category>_per_1k} columns), from a table with {@code category} and {@code side} columns: {@code
     * lexicon()}, {@code frameHits()} or {@code actorsOverall()}. Negated hits (a {@code negated} column that is true) are
     * skipped, since they count for the other side than their category; the first side seen wins.
     */
    public static Map<String, String> categorySides(Table table) {
        return FrameCharts.categorySides(table);
    }

    /**
     * The colour of a comparison group: {@link #ALARM_COLOR} for a label starting with "alarm",
     * {@link #REASSURANCE_COLOR} for one starting with "reassur" (any case), else {@link
     * #GROUP_A_COLOR} for group a and {@link #GROUP_B_COLOR} for group b. Two groups never share a
     * colour.
     *
     * @return the colours of a and b
     */
    public static String[] groupColors(String a, String b) {
        return ComparisonCharts.groupColors(a, b);
    }

    // ---------------------------------------------------------------------------------------------
    // Frame scores

    /**
     * Grouped bars per article: {@code alarm_per_1k} and {@code reassurance_per_1k}.
     *
     * @param frameScores {@code Framelens.frameScores()}: needs {@code doc}, {@code alarm_per_1k},
     *     {@code reassurance_per_1k}; {@code outlet} is used for labels when present
     */
    public static Figure frameScores(Table frameScores) {
        return FrameCharts.frameScores(frameScores);
    }

    /**
     * The {@code alarm_index} of each article, ln((alarm + ½) / (reassurance + ½)) (unbounded, 0 at
     * balance), with its interval {@code [ci_low, ci_high]} as asymmetric error bars; points above
     * zero in the alarm colour, below in the reassurance colour. The value axis is symmetric around
     * 0, from −m to m with m the largest |value| of the indices and interval ends plus 10 %, rounded
     * up to a tenth, and at least 1.1.
     *
     * @param frameScores {@code Framelens.frameScores()}: needs {@code doc}, {@code alarm_index},
     *     {@code ci_low}, {@code ci_high}; {@code outlet} is used for labels when present
     */
    public static Figure alarmIndex(Table frameScores) {
        return FrameCharts.alarmIndex(frameScores);
    }

    /**
     * The pooled alarm index of each group with its interval as horizontal error bars, one row per
     * group labelled with its number of articles; the axis is symmetric around 0 as in {@link
     * #alarmIndex}. Its size follows the number of groups, not of articles.
     *
     * @param groupSummary {@code Overview.groupSummary(column)}: needs {@code group}, {@code
     *     alarm_index}, {@code ci_low}, {@code ci_high}; {@code docs} labels the rows when present
     */
    public static Figure groupAlarmIndex(Table groupSummary) {
        return DistributionCharts.groupAlarmIndex(groupSummary);
    }

    /**
     * Each group's distribution of article alarm indices as a strip of binned shares (a heatmap:
     * groups × bins, darker = a larger share of the group's articles), hover giving the count.
     *
     * @param histogram {@code Overview.histogram(column)}: {@code group, bin_low, bin_high, articles, share}
     */
    public static Figure alarmIndexHistogram(Table histogram) {
        return DistributionCharts.alarmIndexHistogram(histogram);
    }

    /**
     * Per-category densities per article as a heatmap (articles × categories) without the lexicon's
     * sides: every category grey except {@code negated_alarm} (reassurance), and the title says so.
     * For the vermillion/blue scales pass the sides, e.g. {@code categoryProfile(scores,
     * categorySides(corpus.lexicon()))}; see {@link #categoryProfile(Table, Map)}.
     */
    public static Figure categoryProfile(Table frameScores) {
        return FrameCharts.categoryProfile(frameScores);
    }

    /**
     * Per-category densities per article as a heatmap: one row per article, one column per {@code
     * <category>_per_1k} column (other than {@code alarm_per_1k} and {@code reassurance_per_1k}),
     * cells in hits per 1,000 tokens. Alarm categories come first on a scale towards {@link
     * #ALARM_COLOR}, then reassurance categories towards {@link #REASSURANCE_COLOR}, then categories of
     * unknown side in grey; all on one value range so cells compare. {@code negated_alarm} is on the
     * reassurance side unless the map says otherwise. The title names the colours that are used.
     *
     * @param frameScores {@code Framelens.frameScores()}: needs {@code doc} and at least one {@code
     *     <category>_per_1k} column
     * @param categorySides category (snake_case) → {@code alarm} or {@code reassurance}, e.g. {@link
     *     #categorySides(Table)} of {@code Framelens.lexicon()} or {@code frameHits()}
     */
    public static Figure categoryProfile(Table frameScores, Map<String, String> categorySides) {
        return FrameCharts.categoryProfile(frameScores, categorySides);
    }

    // ---------------------------------------------------------------------------------------------
    // Group comparison

    /**
     * Diverging horizontal bars of {@code z} (Fightin' Words, Monroe, Colaresi &amp; Quinn 2008, as
     * in their Figure 5): the {@code perSide} terms with the largest positive z (more frequent in
     * group a) above the {@code perSide} terms with the most negative z (more frequent in b), ordered
     * by z; ties broken by term. Hover shows both counts and rates.
     *
     * @param compare {@code Framelens.compare(column, a, b)}: needs {@code term, count_a, count_b,
     *     per_1k_a, per_1k_b, z}
     * @param a label of group a (e.g. {@code reassuring}); its colour follows {@link #groupColors}
     * @param b label of group b
     * @param perSide terms per side, at least 1
     */
    public static Figure distinctiveTerms(Table compare, String a, String b, int perSide) {
        return ComparisonCharts.distinctiveTerms(compare, a, b, perSide);
    }

    /**
     * A scattertext-style scatter of every term: rate in group b (x) against rate in group a (y),
     * both per 1,000 tokens, coloured by z from b's colour through grey to a's colour, with the
     * diagonal of equal rates. Terms with the same counts in both groups share a position (and, under
     * Monroe et al.'s prior, the same z), so they are drawn as one point whose size grows with the
     * number of terms and whose hover lists them; a single term's hover shows its counts, rates and
     * z. Up to eight of the most distinctive points per side are labelled with their most distinctive
     * term (and how many more share the point), skipping a point whose label would overlap one
     * already placed (estimated from the label lengths and the axis ranges).
     *
     * @param compare {@code Framelens.compare(column, a, b)}: needs {@code term, count_a, count_b,
     *     per_1k_a, per_1k_b, z}
     */
    public static Figure termScatter(Table compare, String a, String b) {
        return ComparisonCharts.termScatter(compare, a, b);
    }

    // ---------------------------------------------------------------------------------------------
    // Actors, co-occurrence, terms, similarity

    /**
     * Actors × frame categories: frame hits of each category within the window around each actor.
     * Rows are actors by mentions (most first, ties by name); alarm categories come first on the
     * alarm scale, then reassurance categories on the reassurance scale; absent pairs count 0.
     *
     * @param actorsOverall {@code Framelens.actorsOverall()}: needs {@code actor, category, side,
     *     hits}; {@code mentions} orders the rows and shows on hover when present
     */
    public static Figure actorsFrames(Table actorsOverall) {
        return FrameCharts.actorsFrames(actorsOverall);
    }

    /**
     * Co-occurrence counts among the top terms as a heatmap: rows and columns are the terms in order
     * of {@code term_total} (or, without it, of summed counts), most frequent first, ties by term;
     * pairs absent from the table count 0 and a term against itself is left blank.
     *
     * @param cooccurrenceMatrix {@code Framelens.cooccurrenceMatrix(topN)}: needs {@code term,
     *     neighbor, count}; {@code term_total} orders the terms when present
     */
    public static Figure cooccurrence(Table cooccurrenceMatrix) {
        return TermCharts.cooccurrence(cooccurrenceMatrix);
    }

    /**
     * Horizontal bars of the {@code n} most frequent terms (by count, ties by term), the most frequent
     * on top.
     *
     * @param termFrequencies {@code Framelens.termFrequencies()}: needs {@code term, count}
     * @param n how many terms; 0 or less shows every term
     */
    public static Figure topTerms(Table termFrequencies, int n) {
        return TermCharts.topTerms(termFrequencies, n);
    }

    /** The similarity heatmap labelled by document id; see {@link #similarity(Table, Map)}. */
    public static Figure similarity(Table similarity) {
        return SimilarityCharts.similarity(similarity);
    }

    /**
     * Article × article cosine similarity of tf-idf vectors as a heatmap on [0, 1], documents in
     * order of first appearance; an article against itself (always 1) and pairs absent from the table
     * are left blank. When the table has {@code alarm_index_diff}, hovering a cell also shows the
     * difference of the two alarm indices (row − column); the colours are the cosine only.
     *
     * @param similarity {@code Framelens.similarity()}: needs {@code doc_a, doc_b, cosine}; {@code
     *     alarm_index_diff} is shown on hover when present
     * @param docLabels doc → label (e.g. {@link #articleLabels}); documents not in it show their id
     */
    public static Figure similarity(Table similarity, Map<String, String> docLabels) {
        return SimilarityCharts.similarity(similarity, docLabels);
    }

    // ---------------------------------------------------------------------------------------------
    // Frames over time

    /**
     * The alarm index per period as a line with its 95 % bootstrap interval as a shaded band, one
     * line per group (Okabe–Ito colours in group order) or one grey line without groups; periods on a
     * category axis in table order (time order for {@code Framelens.trends}), the zero line bold as in
     * {@link #alarmIndex}.
     *
     * @param trends      {@code Framelens.trends(…)}: needs {@code period, alarm_index, ci_low,
     *     ci_high}; {@code docs} shows on hover when present; a band is drawn where the interval is
     *     finite
     * @param groupColumn the table's group column, or {@code null} when it has none
     */
    public static Figure trends(Table trends, String groupColumn) {
        return TrendCharts.trends(trends, groupColumn);
    }

    /**
     * Whose frame: per article, the alarm index of the author's words and of the quoted words as two
     * grouped bars (author grey, quoted purple) with their 95 % intervals as error bars, on a value
     * axis symmetric around 0 as in {@link #alarmIndex}.
     *
     * @param frameScoresByVoice {@code Framelens.frameScoresByVoice()}: needs {@code doc, voice,
     *     alarm_index, ci_low, ci_high}; {@code outlet} labels the articles and {@code tokens} shows on
     *     hover when present
     */
    public static Figure whoseFrame(Table frameScoresByVoice) {
        return VoiceCharts.whoseFrame(frameScoresByVoice);
    }
}

package dev.framelens.report;

import dev.framelens.Framelens;
import dev.framelens.Overview;
import dev.framelens.chart.Charts;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusException;
import dev.framelens.corpus.Document;
import dev.framelens.framing.ActorFrames;
import dev.framelens.framing.Actors;
import dev.framelens.framing.Lexicon;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import dev.framelens.table.FrameTables;
import dev.framelens.table.TrendTables;
import dev.framelens.table.VoiceColumns;
import dev.framelens.trend.Every;
import dev.framelens.trend.FrameTrends;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The sections of the standard report, one factory each, built from the tables the {@code
 * Framelens} facade returns (each factory names the method and the columns it reads), and {@link
 * #report} that computes those tables and puts the sections in order. A custom report can take any
 * of them, leave some out and add its own ({@link Report#of}).
 *
 * <p>A table that lacks a column a section needs fails here, with one message naming the table and
 * the column, before anything is written.
 */
public final class StandardSections {

    /** Terms per side in the distinctive-terms chart. */
    public static final int DISTINCTIVE_PER_SIDE = 20;

    /** Terms in the top-terms chart. */
    public static final int TOP_TERMS = 30;

    /** Terms of the co-occurrence heatmap: the pairs among the most frequent ones. */
    public static final int COOCCURRENCE_TERMS = 15;

    /** Evidence sentences per article and side in the evidence table (and its CSV). */
    public static final int EVIDENCE_ROWS = 5;

    /** Articles up to which the "Whose frame" section draws its chart per article. */
    public static final int WHOSE_FRAME_CHART_ARTICLES = 40;

    /** Speakers named in the "Whose frame" section's text (all are in its table). */
    public static final int WHOSE_FRAME_SPEAKERS = 5;

    /** Evidence sentences per article and side shown on the page. */
    public static final int EVIDENCE_PER_SIDE = 3;

    private StandardSections() {}

    /**
     * Computes the tables of the standard report and returns it; see {@link Report#standard}.
     *
     * @throws IllegalArgumentException when the comparison asked for cannot be made
     */
    static Report report(Framelens f, ReportOptions options) {
        Consumer<String> stage = options.progress();
        if (f.isStreamed() || f.corpus().size() > ScaleSections.LARGE_DOCUMENTS) {
            // one pass decides: a large corpus gets the report at scale, a small one is read into memory
            stage.accept("frame scores, terms and actors (one pass)");
            Overview overview = f.overview(options.frames(), comparisonColumn(options), ScaleSections.EXTREMES,
                    EVIDENCE_ROWS);
            if (ScaleSections.isLarge(overview)) {
                return ScaleSections.report(f, options, overview);
            }
            f = f.inMemory();
        }
        Lexicon lexicon = options.frames().lexicon();
        stage.accept("frame scores");
        Table scores = f.frameScores(options.frames());
        Report.Comparison groups = groups(f.corpus(), options);
        Table compare = null;
        if (groups != null) {
            stage.accept("comparing " + groups.column() + " = " + groups.a() + " with " + groups.b());
            compare = f.compare(groups.column(), groups.a(), groups.b());
        }
        stage.accept("terms and co-occurrence");
        Table terms = f.termFrequencies();
        Table matrix = f.cooccurrenceMatrix(COOCCURRENCE_TERMS);
        stage.accept("actors, similarity and evidence");
        // the actors come with the corpus's story packs (Framelens.frameActors()); without any, the section says so
        Actors storyActors = f.frameActors();
        Table actors = storyActors == null ? FrameTables.actorsOverall(List.of())
                : f.actorsOverall(storyActors, ActorFrames.DEFAULT_WINDOW, lexicon);
        Table similarity = f.similarity(lexicon);
        Table hits = f.frameHits(lexicon);
        Table evidence = FrameTables.evidence(List.of());
        for (Document d : f.corpus()) {
            evidence.append(f.evidence(d.id(), null, EVIDENCE_ROWS, lexicon));
        }
        stage.accept("voices and speakers");
        Table byVoice = f.frameScoresByVoice(options.frames());
        Table byVoiceAndGroup = groups == null ? null : f.frameScoresByVoice(groups.column(), lexicon);
        Table speakers = f.speakers(lexicon);
        Section overTime = overTime(f, options, groups);
        Map<String, String> articles = Charts.articleLabels(scores);
        List<Section> sections = new ArrayList<>(List.of(
                frameScores(scores),
                categories(scores, hits, actors),
                evidence(evidence, hits, scores, f.quotations()),
                whoseFrame(byVoice, byVoiceAndGroup, speakers)));
        if (overTime != null) {
            sections.add(overTime);
        }
        sections.addAll(List.of(
                distinctive(groups, compare),
                actors(actors),
                cooccurrence(matrix),
                terms(terms),
                similarity(similarity, articles),
                hits(hits)));
        return Report.of("framelens report: " + f.name(), Report.Summary.of(f.name(), scores), groups, sections)
                .withThreads(f.threads());
    }

    /**
     * The "Over time" section of {@code options}' time column, or of the first of {@link
     * ReportOptions#TIME_COLUMNS} the corpus has; {@code null} when there is none. A named column must
     * be readable (the error stops the report); a column found by name whose values cannot be read
     * gives a section that says why.
     */
    static Section overTime(Framelens f, ReportOptions options, Report.Comparison groups) {
        String column = options.time();
        boolean named = column != null;
        if (!named) {
            for (String c : ReportOptions.TIME_COLUMNS) {
                if (f.corpus().metadataColumns().contains(c)) {
                    column = c;
                    break;
                }
            }
            if (column == null) {
                return null;
            }
        }
        options.progress().accept("frames over time (" + column + ")");
        FrameTrends.Options trend = FrameTrends.Options.of(column).every(options.every()).frames(options.frames())
                .source(f.name()).groupBy(groups == null ? null : groups.column());
        try {
            FrameTrends.Trend t = f.trend(trend);
            String groupColumn = groups == null ? null : groups.column();
            return overTime(TrendTables.trends(t, groupColumn), t.skipped().size(), column, options.every(), groupColumn);
        } catch (IllegalArgumentException | CorpusException e) {
            if (named) {
                throw e;
            }
            return new Section("over-time", "Over time", "Frames over time",
                    "The column " + column + " was taken for time, but it cannot be read: " + e.getMessage()
                            + ". Name the time column with --time COLUMN.", List.of());
        }
    }

    /**
     * Frames over time: the alarm index per period with its interval (one line per group), and the
     * table. {@code trends(…)}: {@code period, [group,] docs, tokens, alarm_per_1k, reassurance_per_1k,
     * alarm_index, ci_low, ci_high}.
     *
     * @param skipped     documents left out for an empty time value
     * @param groupColumn the trend's group column, or {@code null}
     */
    public static Section overTime(Table trends, int skipped, String column, Every every, String groupColumn) {
        String group = groupColumn == null ? null : TrendTables.groupName(groupColumn);
        String text = "The frame scores of each " + every + " of " + column
                + (groupColumn == null ? "" : ", per " + groupColumn) + ": the articles of a period scored as one"
                + " long article (alarm and reassurance per 1,000 tokens, alarm index ln((A + ½) / (R + ½))), with a"
                + " 95 % interval from a seeded bootstrap over the period's articles. A period of one article has no"
                + " spread; a wide band says the period has few or very different articles."
                + (skipped == 0 ? "" : " " + skipped + (skipped == 1 ? " article has" : " articles have") + " no "
                        + column + " value and " + (skipped == 1 ? "is" : "are") + " left out.");
        return new Section("over-time", "Over time", "Frames over time", text, List.of(
                new Section.Chart("chart-trends", "frames over time", Charts.trends(trends, group)),
                new Section.DataTable(trends, "trends.csv", "table-trends", "Frame scores per period", false)));
    }

    /**
     * Whose frame: the author's and the quoted words' alarm index per article (chart and table), per
     * group when the report compares groups, and the most-quoted speakers with their frame balance.
     * {@code frameScoresByVoice()}: {@code doc, <metadata…>, voice, tokens, …, alarm_index, ci_low,
     * ci_high}; {@code frameScoresByVoice(column, lexicon)} ({@code <column>, voice, docs, tokens,
     * alarm_per_1k, reassurance_per_1k, alarm_index}) or {@code null}; {@code speakers()}: {@code speaker,
     * quotations, docs, tokens, alarm_hits, reassurance_hits, alarm_per_1k, reassurance_per_1k, alarm_index}.
     */
    public static Section whoseFrame(Table byVoice, Table byVoiceAndGroup, Table speakers) {
        Cells.require(speakers, "speakers", VoiceColumns.SPEAKER, VoiceColumns.QUOTATIONS, Columns.ALARM_INDEX,
                VoiceColumns.ALARM_HITS, VoiceColumns.REASSURANCE_HITS);
        List<Section.Part> parts = new ArrayList<>();
        if (byVoice.rowCount() <= 2 * WHOSE_FRAME_CHART_ARTICLES) {
            parts.add(new Section.Chart("chart-whose-frame", "whose frame", Charts.whoseFrame(byVoice)));
        } else {
            parts.add(new Section.Note("More than " + WHOSE_FRAME_CHART_ARTICLES + " articles: no chart per article;"
                    + " the table has every article's two parts" + (byVoiceAndGroup == null ? "." : ", the next one each group's.")));
        }
        parts.add(new Section.DataTable(byVoice, "frame_scores_by_voice.csv", "table-whose-frame",
                "Frame scores of the author's and the quoted words, per article", false));
        if (byVoiceAndGroup != null) {
            parts.add(new Section.DataTable(byVoiceAndGroup, "frame_scores_by_voice_and_group.csv",
                    "table-whose-frame-groups", "The author's and the quoted words per group", true));
        }
        StringBuilder most = new StringBuilder();
        for (int r = 0; r < Math.min(WHOSE_FRAME_SPEAKERS, speakers.rowCount()); r++) {
            most.append(most.length() == 0 ? "Most quoted: " : "; ")
                    .append(Cells.text(speakers, VoiceColumns.SPEAKER, r)).append(" (")
                    .append(Cells.text(speakers, VoiceColumns.QUOTATIONS, r)).append(" quotations, ")
                    .append(Cells.text(speakers, VoiceColumns.ALARM_HITS, r)).append(" alarm and ")
                    .append(Cells.text(speakers, VoiceColumns.REASSURANCE_HITS, r)).append(" reassurance hits, alarm index ")
                    .append(fmt(Cells.number(speakers, Columns.ALARM_INDEX, r))).append(')');
        }
        parts.add(new Section.Note(most.length() == 0 ? "No quotation found." : most + "."));
        parts.add(new Section.DataTable(speakers, "speakers.csv", "table-speakers",
                "Quoted speakers, most quoted first, with their frame balance", speakers.rowCount() > 0));
        return new Section("whose-frame", "Whose frame", "Whose frame: the author's words and the quoted words",
                "An article's framing is partly its own and partly its sources'. Every hit and token is the"
                        + " author's or, inside a quotation (direct, partial or reported speech, found by rule; see"
                        + " docs/QUOTES.md), the quoted source's. The bars show the alarm index of each part with its"
                        + " 95 % bootstrap interval over the part's sentences; the two parts' hits and tokens add up to"
                        + " the article's. The speakers' balance counts the hits inside their quotations.",
                parts);
    }

    /** The column the report compares by: the one asked for, else {@value ReportOptions#DEFAULT_COLUMN}. */
    static String comparisonColumn(ReportOptions options) {
        return options.column() != null ? options.column() : ReportOptions.DEFAULT_COLUMN;
    }

    /** The comparison {@code options} ask for, or null when there is none to make. */
    static Report.Comparison groups(Corpus c, ReportOptions options) {
        String column = comparisonColumn(options);
        Map<String, Integer> sizes = new TreeMap<>();
        for (Document d : c) {
            String v = d.meta(column);
            if (!v.isEmpty()) {
                sizes.merge(v, 1, Integer::sum);
            }
        }
        return groups(c.metadataColumns(), sizes, options);
    }

    /**
     * The comparison {@code options} ask for, from the corpus's metadata columns and the number of
     * documents of each value of {@link #comparisonColumn} (sorted by value); null when there is none
     * to make.
     */
    static Report.Comparison groups(List<String> metadataColumns, Map<String, Integer> sizes, ReportOptions options) {
        String column = options.column();
        if (column == null) {
            if (!metadataColumns.contains(ReportOptions.DEFAULT_COLUMN)) {
                return null;
            }
            column = ReportOptions.DEFAULT_COLUMN;
        } else if (!metadataColumns.contains(column)) {
            throw new IllegalArgumentException(
                    "--by: no metadata column '" + column + "'; columns are " + metadataColumns);
        }
        if (options.a() != null) {
            return new Report.Comparison(column, options.a(), options.b());
        }
        if (sizes.size() != 2) {
            if (options.column() != null) {
                throw new IllegalArgumentException("--by " + column + " has " + sizes.size() + " values " + sizes.keySet()
                        + "; choose two with --a V --b V");
            }
            return null;
        }
        List<String> values = new ArrayList<>(sizes.keySet());
        // the smaller group is a (ties: sorted order), so the odd one out is read against the rest
        boolean swap = sizes.get(values.get(1)) < sizes.get(values.get(0));
        return new Report.Comparison(column, values.get(swap ? 1 : 0), values.get(swap ? 0 : 1));
    }

    /**
     * Frame scores per article: the densities chart, the alarm index with its interval, and the
     * table. {@code frameScores()}: {@code doc, <metadata…>, tokens, <category>_per_1k…, alarm_per_1k,
     * reassurance_per_1k, alarm_index, ci_low, ci_high}.
     */
    public static Section frameScores(Table frameScores) {
        Cells.require(frameScores, "frameScores", Columns.DOC, Columns.ALARM_PER_1K, Columns.REASSURANCE_PER_1K,
                Columns.ALARM_INDEX, Columns.CI_LOW, Columns.CI_HIGH);
        return new Section("frame-scores", "Frame scores", "Frame scores per article",
                "How densely each article uses alarm and reassurance language (lexicon hits per 1,000 word"
                        + " tokens, stop words included), and the alarm index ln((alarm + ½) / (reassurance +"
                        + " ½)), the empirical logit of Lowe et al. (2011), with its 95 % interval from a seeded"
                        + " bootstrap over the article's sentences. 0 means the two sides balance; each +0.69"
                        + " (ln 2) doubles the odds of alarm over reassurance language, each −0.69 halves them.",
                List.of(new Section.Chart("chart-frame-scores", "frame scores", Charts.frameScores(frameScores)),
                        new Section.Chart("chart-alarm-index", "alarm index", Charts.alarmIndex(frameScores)),
                        new Section.DataTable(frameScores, "frame_scores.csv", "table-frame-scores",
                                "Frame scores: one row per article", true)));
    }

    /**
     * The category profile: one cell per article and lexicon category. The side of each category comes
     * from {@code frameHits()} ({@code category, side}) and, for a category whose every hit was
     * negated, from {@code actorsOverall()} when it has those columns.
     */
    public static Section categories(Table frameScores, Table frameHits, Table actorsOverall) {
        Map<String, String> sides = new TreeMap<>(Charts.categorySides(frameHits));
        if (actorsOverall.containsColumn(Columns.CATEGORY) && actorsOverall.containsColumn(Columns.SIDE)) {
            // a category whose every hit was negated has no side in frameHits; actors still know it
            Charts.categorySides(actorsOverall).forEach(sides::putIfAbsent);
        }
        return new Section("categories", "Categories", "Frame categories",
                "Which kinds of frame language each article uses: one cell per lexicon category, in hits"
                        + " per 1,000 tokens. Alarm categories are shaded towards vermillion, reassurance"
                        + " categories towards blue, all on one scale.",
                List.of(new Section.Chart("chart-category-profile", "category profile",
                        Charts.categoryProfile(frameScores, sides))));
    }

    /**
     * The evidence sentences of every article, headed by its label and a line with its headline and
     * alarm index. {@code evidence}: the rows of {@code evidence(doc)} of every article in one table;
     * {@code frameHits()} for the marks; {@code frameScores()} for the articles and their notes.
     */
    public static Section evidence(Table evidence, Table frameHits, Table frameScores) {
        return evidence(evidence, frameHits, frameScores, null);
    }

    /**
     * The evidence sentences with their quoted stretches marked and named by speaker. {@code
     * quotations()}: {@code doc, start, end, speaker}, or {@code null} to mark none.
     */
    public static Section evidence(Table evidence, Table frameHits, Table frameScores, Table quotations) {
        return new Section("evidence", "Evidence", "Evidence: the sentences behind the scores",
                "For each article, the sentences with the most hits on each side. Marked words are the"
                        + " lexicon entries that matched, coloured by the side they count for; a ¬ and a dashed"
                        + " underline mark an alarm entry that a negator turned into reassurance (\"won't spell"
                        + " doom\"). Hover a mark for its category."
                        + (quotations == null ? "" : " A shaded stretch is quoted: the words of the source named"
                                + " after it (quotations as framelens quotes finds them), not the author's."),
                List.of(new Section.Evidence(evidence, frameHits, Charts.articleLabels(frameScores), notes(frameScores),
                                EVIDENCE_PER_SIDE, quotations),
                        new Section.DataTable(evidence, "evidence.csv", "table-evidence",
                                "Evidence sentences of every article", false)));
    }

    /** Document id → “headline” · alarm index x [low, high], the line under an article's evidence heading. */
    static Map<String, String> notes(Table frameScores) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (int r = 0; r < frameScores.rowCount(); r++) {
            String doc = Cells.text(frameScores, Columns.DOC, r);
            StringBuilder note = new StringBuilder();
            if (frameScores.containsColumn(Columns.HEADLINE)) {
                String headline = Cells.text(frameScores, Columns.HEADLINE, r).strip();
                if (!headline.isEmpty()) {
                    note.append('“').append(headline).append("” · ");
                }
            }
            note.append("alarm index ").append(fmt(Cells.number(frameScores, Columns.ALARM_INDEX, r)))
                    .append(" [").append(fmt(Cells.number(frameScores, Columns.CI_LOW, r))).append(", ")
                    .append(fmt(Cells.number(frameScores, Columns.CI_HIGH, r))).append(']');
            notes.putIfAbsent(doc, note.toString());
        }
        return notes;
    }

    /**
     * The distinctive terms of two groups: diverging bars, the term scatter and the table. {@code
     * compare(column, a, b)}: {@code term, count_a, count_b, per_1k_a, per_1k_b, delta, z, g2}; both
     * {@code null} when the report compares nothing (the section then says how to ask for it).
     */
    public static Section distinctive(Report.Comparison groups, Table compare) {
        return distinctive(groups, compare, compare, "");
    }

    /**
     * {@link #distinctive(Report.Comparison, Table)} with the term scatter drawn from {@code scatter}
     * (some of {@code compare}'s rows) and {@code scatterNote} said after the text.
     */
    static Section distinctive(Report.Comparison groups, Table compare, Table scatter, String scatterNote) {
        String id = "distinctive";
        String nav = "Distinctive terms";
        String heading = "Distinctive terms between two groups";
        if (groups == null || compare == null) {
            return new Section(id, nav, heading, "No comparison in this report: choose two groups of articles with"
                    + " --by COLUMN --a VALUE --b VALUE.", List.of());
        }
        String text = "Terms used more by one group than the other: the log-odds ratio with an informative"
                + " Dirichlet prior of Monroe, Colaresi & Quinn (2008, \"Fightin' Words\"), as a z"
                + " score (|z| > 1.96 ≈ the 95 % level). Groups by " + groups.column() + ": a = "
                + groups.a() + ", b = " + groups.b() + "." + scatterNote;
        if (compare.rowCount() == 0) {
            return new Section(id, nav, heading, text, List.of(new Section.Note("No term occurs in either group.")));
        }
        return new Section(id, nav, heading, text, List.of(
                new Section.Chart("chart-distinctive-terms", "distinctive terms",
                        Charts.distinctiveTerms(compare, groups.a(), groups.b(), DISTINCTIVE_PER_SIDE)),
                new Section.Chart("chart-term-scatter", "term scatter",
                        Charts.termScatter(scatter, groups.a(), groups.b())),
                new Section.DataTable(compare, "compare.csv", "table-compare",
                        "All terms of the comparison (" + groups.a() + " vs " + groups.b() + ")", false)));
    }

    /** Actors × frames over the corpus. {@code actorsOverall()}: {@code actor, mentions, category, side, hits}. */
    public static Section actors(Table actorsOverall) {
        return new Section("actors", "Actors", "Actors × frames",
                "Who is framed how: frame hits of each category within a few tokens of each actor's"
                        + " mentions, over the whole corpus.",
                chartAndTable(actorsOverall, "chart-actors-frames", "actors × frames",
                        () -> Charts.actorsFrames(actorsOverall), "No actor mentions found.",
                        new Section.DataTable(actorsOverall, "actors.csv", "table-actors", "Frame hits near each actor",
                                false)));
    }

    /** The co-occurrence heatmap of the top terms. {@code cooccurrenceMatrix(n)}: {@code term, neighbor, count, …}. */
    public static Section cooccurrence(Table cooccurrenceMatrix) {
        return new Section("cooccurrence", "Co-occurrence", "Co-occurrence",
                "How often the most frequent terms appear near each other (count of the pair within the"
                        + " co-occurrence window).",
                chartAndTable(cooccurrenceMatrix, "chart-cooccurrence", "co-occurrence",
                        () -> Charts.cooccurrence(cooccurrenceMatrix), "No co-occurring terms.",
                        new Section.DataTable(cooccurrenceMatrix, "cooccurrence.csv", "table-cooccurrence",
                                "Co-occurrence pairs with association measures", false)));
    }

    /** The top terms. {@code termFrequencies()}: {@code term, count, …}. */
    public static Section terms(Table termFrequencies) {
        return new Section("terms", "Top terms", "Top terms",
                "The most frequent terms of the corpus after stop-word removal.",
                chartAndTable(termFrequencies, "chart-top-terms", "top terms",
                        () -> Charts.topTerms(termFrequencies, TOP_TERMS), "No terms.",
                        new Section.DataTable(termFrequencies, "term_frequencies.csv", "table-terms", "Term frequencies",
                                false)));
    }

    /**
     * Article similarity. {@code similarity()}: {@code doc_a, doc_b, cosine, …}; {@code articles}: document
     * id → label ({@link Charts#articleLabels}).
     */
    public static Section similarity(Table similarity, Map<String, String> articles) {
        return new Section("similarity", "Similarity", "Article similarity",
                "How alike the articles' vocabularies are: cosine similarity of their tf-idf vectors (1 ="
                        + " identical profile, 0 = no term in common).",
                chartAndTable(similarity, "chart-similarity", "similarity",
                        () -> Charts.similarity(similarity, articles), "No similarity rows.",
                        new Section.DataTable(similarity, "similarity.csv", "table-similarity", "Article pairs", false)));
    }

    /** Every frame hit with its offsets. {@code frameHits()}. */
    public static Section hits(Table frameHits) {
        return new Section("hits", "All hits", "All frame hits",
                "Every lexicon match with its offsets in the article text, so each number above can be"
                        + " traced to the words that produced it.",
                List.of(new Section.DataTable(frameHits, "frame_hits.csv", "table-frame-hits", "Frame hits", false)));
    }

    /** The chart of a table, or {@code none} when the table has no rows, then the table. */
    private static List<Section.Part> chartAndTable(Table table, String chartId, String label, Supplier<Figure> chart,
            String none, Section.DataTable data) {
        return List.of(table.rowCount() > 0 ? new Section.Chart(chartId, label, chart.get()) : new Section.Note(none), data);
    }

    private static String fmt(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.2f", d) : "n/a";
    }
}

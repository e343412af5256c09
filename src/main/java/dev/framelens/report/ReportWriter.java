package dev.framelens.report;

import dev.framelens.chart.ChartHtml;
import dev.framelens.chart.Charts;
import dev.framelens.report.internal.EvidenceHtml;
import dev.framelens.report.internal.ReportFolder;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import dev.framelens.table.Html;
import dev.framelens.table.TableWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Writes the framelens report: {@code DIR/index.html} with the corpus summary, every chart of
 * {@link Charts}, the tables behind them (sortable, each with a CSV file written beside), and the
 * evidence sentences with their frame hits highlighted; plus {@value ChartHtml#PLOTLY_JS_FILE}
 * from the webjar, so the page works with no network.
 *
 * <p>{@code DIR} may hold other files: the report replaces or removes only the files its own
 * earlier run listed in the marker file {@value #MARKER} (with their SHA-256), and only while they
 * are unchanged; everything else in {@code DIR} stays byte for byte. It is built in a hidden
 * temporary folder beside {@code DIR} and moved into place with atomic renames, the page last, so
 * an interrupted run never leaves half a report (see {@code ReportFolder} for what a reader may see
 * meanwhile); temporary folders of killed runs are removed by the next run. {@code DIR} must be
 * absent, empty, or an earlier framelens report; any other directory is refused rather than
 * written into, and so is a report whose file names are taken by files framelens did not write.
 *
 * <p>The CSV files are safe to open in a spreadsheet ({@link TableWriter.CsvMode#SPREADSHEET_SAFE})
 * unless {@link #write(ReportData, Path, TableWriter.CsvMode, Consumer)} asks for raw cells.
 *
 * <p>The page loads nothing from the network: its Content-Security-Policy allows only scripts and
 * styles of the page itself and its own directory, and the page records script errors and blocked
 * loads on {@code <body data-errors>}. It counts drawn charts on {@code data-charts-drawn}; {@code
 * data-charts-expected} holds how many there are. Every string from the data is HTML-escaped with
 * {@link Html#escape}.
 */
public final class ReportWriter {

    /** The marker file that identifies a directory as a framelens report. */
    public static final String MARKER = ".framelens-report";

    /** Rows shown in an HTML table; the CSV beside it has every row. */
    public static final int MAX_TABLE_ROWS = 100;

    /** Terms per side in the distinctive-terms chart and table. */
    public static final int DISTINCTIVE_PER_SIDE = 20;

    /** Terms in the top-terms chart. */
    public static final int TOP_TERMS = 30;

    /** Evidence sentences per article and side. */
    public static final int EVIDENCE_PER_SIDE = 3;

    private static final String CSP =
            "default-src 'none'; script-src 'self' 'unsafe-inline' file:; style-src 'unsafe-inline';"
                    + " img-src 'self' data:; font-src 'self' data:; connect-src 'none'; base-uri 'none';"
                    + " form-action 'none'";

    private ReportWriter() {}

    /** {@link #write(ReportData, Path, Consumer)} without progress messages. */
    public static Path write(ReportData data, Path dir) throws IOException {
        return write(data, dir, message -> {});
    }

    /** {@link #write(ReportData, Path, TableWriter.CsvMode, Consumer)} with spreadsheet-safe CSV files. */
    public static Path write(ReportData data, Path dir, Consumer<String> progress) throws IOException {
        return write(data, dir, TableWriter.CsvMode.SPREADSHEET_SAFE, progress);
    }

    /**
     * Writes the report into {@code dir} (created, or updated when it holds an earlier report).
     *
     * @param csv how the CSV files write text cells
     * @param progress receives one line per stage, e.g. {@code "report: chart 3/9 (category
     *     profile)"}; the CLI prints them on stderr
     * @return {@code dir/index.html} ({@code dir} absolute, symbolic links resolved)
     * @throws OutputFolderException when {@code dir} cannot take the report: it is not a framelens
     *     report, or a file the report would write is in the way (nothing was changed)
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when a table lacks a column (the message names it)
     */
    public static Path write(ReportData data, Path dir, TableWriter.CsvMode csv, Consumer<String> progress)
            throws IOException {
        Path target = ReportFolder.check(dir, MARKER);
        progress.accept("report: checking tables");
        Page page = render(data, csv, progress);
        return ReportFolder.write(
                target,
                MARKER,
                "index.html",
                tmp -> {
                    progress.accept("report: writing " + page.csv.size() + " CSV files");
                    for (Map.Entry<String, String> file : page.csv.entrySet()) {
                        Files.writeString(tmp.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
                    }
                    progress.accept("report: writing " + ChartHtml.PLOTLY_JS_FILE + " (Plotly "
                            + ChartHtml.plotlyVersion() + ", from the class path)");
                    ChartHtml.writePlotlyJs(tmp);
                    Files.writeString(tmp.resolve("index.html"), page.html, StandardCharsets.UTF_8);
                    progress.accept("report: moving into place: " + target);
                })
                .resolve("index.html");
    }

    /**
     * Fails now, before any work, if {@code dir} cannot take a report: it exists and is not a
     * directory, or is a non-empty directory that is not a framelens report.
     *
     * @throws OutputFolderException saying why
     */
    public static void check(Path dir) throws IOException {
        ReportFolder.check(dir, MARKER);
    }

    /**
     * Refuses a report folder that is the input, lies inside it or holds it (symbolic links
     * resolved): a report never writes into its own corpus, nor around it.
     *
     * @param input the corpus (file or folder) the report is made from
     * @throws OutputFolderException naming both paths
     */
    public static void checkApart(Path dir, Path input) throws IOException {
        ReportFolder.checkApart(dir, input, "the corpus");
    }

    /**
     * The page alone, without writing anything: {@code index.html}'s text. It expects {@value
     * ChartHtml#PLOTLY_JS_FILE} and the CSV files beside it, as {@link #write} puts them.
     */
    public static String html(ReportData data) {
        return render(data, TableWriter.CsvMode.SPREADSHEET_SAFE, message -> {}).html;
    }

    // ---------------------------------------------------------------------------------------------

    private record Page(String html, Map<String, String> csv) {}

    private record Chart(String id, String label, Figure figure) {}

    private static Page render(ReportData data, TableWriter.CsvMode csvMode, Consumer<String> progress) {
        Table scores = data.frameScores();
        Cells.require(scores, "frameScores", Columns.DOC, Columns.ALARM_PER_1K, Columns.REASSURANCE_PER_1K,
                Columns.ALARM_INDEX, Columns.CI_LOW, Columns.CI_HIGH);
        Map<String, String> labels = Charts.articleLabels(scores);
        ReportData.Comparison cmp = data.comparison();

        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("chart-frame-scores", "frame scores", Charts.frameScores(scores)));
        charts.add(new Chart("chart-alarm-index", "alarm index", Charts.alarmIndex(scores)));
        Map<String, String> sides = new TreeMap<>(Charts.categorySides(data.frameHits()));
        if (data.actorsOverall().containsColumn(Columns.CATEGORY) && data.actorsOverall().containsColumn(Columns.SIDE)) {
            // a category whose every hit was negated has no side in frameHits; actors still know it
            Charts.categorySides(data.actorsOverall()).forEach(sides::putIfAbsent);
        }
        charts.add(new Chart("chart-category-profile", "category profile",
                Charts.categoryProfile(scores, sides)));
        if (cmp != null && cmp.table().rowCount() > 0) {
            charts.add(new Chart("chart-distinctive-terms", "distinctive terms",
                    Charts.distinctiveTerms(cmp.table(), cmp.a(), cmp.b(), DISTINCTIVE_PER_SIDE)));
            charts.add(new Chart("chart-term-scatter", "term scatter",
                    Charts.termScatter(cmp.table(), cmp.a(), cmp.b())));
        }
        if (data.actorsOverall().rowCount() > 0) {
            charts.add(new Chart("chart-actors-frames", "actors × frames",
                    Charts.actorsFrames(data.actorsOverall())));
        }
        if (data.cooccurrenceMatrix().rowCount() > 0) {
            charts.add(new Chart("chart-cooccurrence", "co-occurrence",
                    Charts.cooccurrence(data.cooccurrenceMatrix())));
        }
        if (data.termFrequencies().rowCount() > 0) {
            charts.add(new Chart("chart-top-terms", "top terms",
                    Charts.topTerms(data.termFrequencies(), TOP_TERMS)));
        }
        if (data.similarity().rowCount() > 0) {
            charts.add(new Chart("chart-similarity", "similarity",
                    Charts.similarity(data.similarity(), labels)));
        }
        Map<String, String> chartHtml = new LinkedHashMap<>();
        for (int i = 0; i < charts.size(); i++) {
            Chart c = charts.get(i);
            progress.accept("report: chart " + (i + 1) + "/" + charts.size() + " (" + c.label + ")");
            chartHtml.put(c.id, ChartHtml.div(c.figure, c.id));
        }

        Map<String, String> csv = new LinkedHashMap<>();
        StringBuilder h = new StringBuilder(64 * 1024);
        head(h, data.title(), charts.size());
        summary(h, data, cmp);

        // 1. Frame scores
        section(h, "frame-scores", "Frame scores per article",
                "How densely each article uses alarm and reassurance language (lexicon hits per 1,000 word"
                        + " tokens, stop words included), and the alarm index ln((alarm + ½) / (reassurance +"
                        + " ½)), the empirical logit of Lowe et al. (2011), with its 95 % interval from a seeded"
                        + " bootstrap over the article's sentences. 0 means the two sides balance; each +0.69"
                        + " (ln 2) doubles the odds of alarm over reassurance language, each −0.69 halves them.");
        h.append(chartHtml.get("chart-frame-scores")).append(chartHtml.get("chart-alarm-index"));
        table(h, csv, csvMode, scores, "frame_scores.csv", "table-frame-scores",
                "Frame scores: one row per article", MAX_TABLE_ROWS, true);
        h.append("</section>\n");

        // 2. Category profile
        section(h, "categories", "Frame categories",
                "Which kinds of frame language each article uses: one cell per lexicon category, in hits"
                        + " per 1,000 tokens. Alarm categories are shaded towards vermillion, reassurance"
                        + " categories towards blue, all on one scale.");
        h.append(chartHtml.get("chart-category-profile"));
        h.append("</section>\n");

        // 3. Evidence
        progress.accept("report: evidence sentences");
        section(h, "evidence", "Evidence: the sentences behind the scores",
                "For each article, the sentences with the most hits on each side. Marked words are the"
                        + " lexicon entries that matched, coloured by the side they count for; a ¬ and a dashed"
                        + " underline mark an alarm entry that a negator turned into reassurance (\"won't spell"
                        + " doom\"). Hover a mark for its category.");
        Map<String, String> notes = new LinkedHashMap<>();
        for (int r = 0; r < scores.rowCount(); r++) {
            String doc = Cells.text(scores, Columns.DOC, r);
            StringBuilder note = new StringBuilder();
            if (scores.containsColumn(Columns.HEADLINE)) {
                String headline = Cells.text(scores, Columns.HEADLINE, r).strip();
                if (!headline.isEmpty()) {
                    note.append('“').append(headline).append("” · ");
                }
            }
            note.append("alarm index ").append(fmt(Cells.number(scores, Columns.ALARM_INDEX, r)))
                    .append(" [").append(fmt(Cells.number(scores, Columns.CI_LOW, r))).append(", ")
                    .append(fmt(Cells.number(scores, Columns.CI_HIGH, r))).append(']');
            notes.putIfAbsent(doc, note.toString());
        }
        h.append(EvidenceHtml.html(data.evidence(), data.frameHits(), labels, notes, EVIDENCE_PER_SIDE));
        table(h, csv, csvMode, data.evidence(), "evidence.csv", "table-evidence",
                "Evidence sentences of every article", MAX_TABLE_ROWS, false);
        h.append("</section>\n");

        // 4. Distinctive terms
        section(h, "distinctive", "Distinctive terms between two groups",
                cmp == null
                        ? "No comparison in this report: choose two groups of articles with --by COLUMN --a"
                                + " VALUE --b VALUE."
                        : "Terms used more by one group than the other: the log-odds ratio with an informative"
                                + " Dirichlet prior of Monroe, Colaresi & Quinn (2008, \"Fightin' Words\"), as a z"
                                + " score (|z| > 1.96 ≈ the 95 % level). Groups by " + cmp.column() + ": a = "
                                + cmp.a() + ", b = " + cmp.b() + ".");
        if (cmp != null) {
            if (cmp.table().rowCount() == 0) {
                h.append("<p class=\"no-data\">No term occurs in either group.</p>\n");
            } else {
                h.append(chartHtml.get("chart-distinctive-terms")).append(chartHtml.get("chart-term-scatter"));
                table(h, csv, csvMode, cmp.table(), "compare.csv", "table-compare",
                        "All terms of the comparison (" + cmp.a() + " vs " + cmp.b() + ")", MAX_TABLE_ROWS, false);
            }
        }
        h.append("</section>\n");

        // 5. Actors
        section(h, "actors", "Actors × frames",
                "Who is framed how: frame hits of each category within a few tokens of each actor's"
                        + " mentions, over the whole corpus.");
        chartOrNote(h, chartHtml, "chart-actors-frames", "No actor mentions found.");
        table(h, csv, csvMode, data.actorsOverall(), "actors.csv", "table-actors",
                "Frame hits near each actor", MAX_TABLE_ROWS, false);
        h.append("</section>\n");

        // 6. Co-occurrence
        section(h, "cooccurrence", "Co-occurrence",
                "How often the most frequent terms appear near each other (count of the pair within the"
                        + " co-occurrence window).");
        chartOrNote(h, chartHtml, "chart-cooccurrence", "No co-occurring terms.");
        table(h, csv, csvMode, data.cooccurrenceMatrix(), "cooccurrence.csv", "table-cooccurrence",
                "Co-occurrence pairs with association measures", MAX_TABLE_ROWS, false);
        h.append("</section>\n");

        // 7. Terms
        section(h, "terms", "Top terms",
                "The most frequent terms of the corpus after stop-word removal.");
        chartOrNote(h, chartHtml, "chart-top-terms", "No terms.");
        table(h, csv, csvMode, data.termFrequencies(), "term_frequencies.csv", "table-terms",
                "Term frequencies", MAX_TABLE_ROWS, false);
        h.append("</section>\n");

        // 8. Similarity
        section(h, "similarity", "Article similarity",
                "How alike the articles' vocabularies are: cosine similarity of their tf-idf vectors (1 ="
                        + " identical profile, 0 = no term in common).");
        chartOrNote(h, chartHtml, "chart-similarity", "No similarity rows.");
        table(h, csv, csvMode, data.similarity(), "similarity.csv", "table-similarity",
                "Article pairs", MAX_TABLE_ROWS, false);
        h.append("</section>\n");

        // 9. Hits
        section(h, "hits", "All frame hits",
                "Every lexicon match with its offsets in the article text, so each number above can be"
                        + " traced to the words that produced it.");
        table(h, csv, csvMode, data.frameHits(), "frame_hits.csv", "table-frame-hits",
                "Frame hits", MAX_TABLE_ROWS, false);
        h.append("</section>\n");

        tail(h);
        return new Page(h.toString(), csv);
    }

    private static void head(StringBuilder h, String title, int charts) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"framelens\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(resource("report.css")).append("</style>\n")
                .append("</head>\n<body data-charts-expected=\"").append(charts).append("\">\n")
                .append("<script>\n").append(resource("errors.js")).append("</script>\n")
                .append(ChartHtml.plotlyScriptTag()).append('\n');
    }

    private static void summary(StringBuilder h, ReportData data, ReportData.Comparison cmp) {
        ReportData.Summary s = data.summary();
        h.append("<header>\n<h1>").append(Html.escape(data.title())).append("</h1>\n")
                .append("<p class=\"summary\">Corpus <strong>").append(Html.escape(s.corpus()))
                .append("</strong>: <strong>").append(String.format(Locale.ROOT, "%,d", s.documents()))
                .append("</strong> ").append(s.documents() == 1 ? "document" : "documents")
                .append(", <strong>").append(String.format(Locale.ROOT, "%,d", s.tokens()))
                .append("</strong> tokens");
        if (!s.outlets().isEmpty()) {
            h.append(", ").append(s.outlets().size()).append(s.outlets().size() == 1 ? " outlet: " : " outlets: ")
                    .append(Html.escape(String.join(", ", s.outlets())));
        }
        h.append(".</p>\n");
        if (cmp != null) {
            h.append("<p class=\"summary\">Comparison by <strong>").append(Html.escape(cmp.column()))
                    .append("</strong>: a = <strong>").append(Html.escape(cmp.a()))
                    .append("</strong>, b = <strong>").append(Html.escape(cmp.b())).append("</strong>.</p>\n");
        }
        h.append("<p class=\"key\">Colours throughout:<span class=\"swatch alarm\"></span>alarm")
                .append("<span class=\"swatch reassurance\"></span>reassurance</p>\n</header>\n")
                .append("<nav aria-label=\"sections\">")
                .append("<a href=\"#frame-scores\">Frame scores</a>")
                .append("<a href=\"#categories\">Categories</a>")
                .append("<a href=\"#evidence\">Evidence</a>")
                .append("<a href=\"#distinctive\">Distinctive terms</a>")
                .append("<a href=\"#actors\">Actors</a>")
                .append("<a href=\"#cooccurrence\">Co-occurrence</a>")
                .append("<a href=\"#terms\">Top terms</a>")
                .append("<a href=\"#similarity\">Similarity</a>")
                .append("<a href=\"#hits\">All hits</a>")
                .append("</nav>\n<main>\n");
    }

    private static void section(StringBuilder h, String id, String heading, String explain) {
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(heading))
                .append("</h2>\n<p class=\"explain\">").append(Html.escape(explain)).append("</p>\n");
    }

    private static void chartOrNote(
            StringBuilder h, Map<String, String> chartHtml, String id, String note) {
        String c = chartHtml.get(id);
        h.append(c != null ? c : "<p class=\"no-data\">" + Html.escape(note) + "</p>\n");
    }

    private static void table(
            StringBuilder h,
            Map<String, String> csv,
            TableWriter.CsvMode csvMode,
            Table table,
            String file,
            String id,
            String caption,
            int maxRows,
            boolean open) {
        StringBuilder text = new StringBuilder();
        TableWriter.write(table, TableWriter.Format.CSV, csvMode, text);
        csv.put(file, text.toString());
        int rows = table.rowCount();
        String shown = rows > maxRows
                ? "first " + maxRows + " of " + String.format(Locale.ROOT, "%,d", rows) + " rows"
                : rows + (rows == 1 ? " row" : " rows");
        h.append("<details").append(open ? " open" : "").append(">\n<summary>Table: ")
                .append(Html.escape(caption)).append(" (").append(shown).append(")</summary>\n");
        if (rows > 0) {
            h.append("<div class=\"table-wrap\">")
                    .append(TableWriter.html(table, maxRows,
                            new TableWriter.HtmlTable(id, caption + " (click a header to sort)", true, false)))
                    .append("</div>\n");
        }
        h.append("</details>\n<p class=\"downloads\">Download: <a href=\"").append(Html.escape(file))
                .append("\" download>").append(Html.escape(file)).append("</a> (all ")
                .append(String.format(Locale.ROOT, "%,d", rows)).append(rows == 1 ? " row" : " rows")
                .append(", CSV)</p>\n");
    }

    private static void tail(StringBuilder h) {
        h.append("</main>\n<footer>Written by framelens. Charts are drawn by plotly.js ")
                .append(Html.escape(ChartHtml.plotlyVersion()))
                .append(" from the file ").append(ChartHtml.PLOTLY_JS_FILE)
                .append(" beside this page; nothing is loaded from the network.</footer>\n")
                .append("<script>\n").append(resource("report.js")).append("</script>\n")
                .append("</body>\n</html>\n");
    }

    private static String fmt(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.2f", d) : "n/a";
    }

    private static String resource(String name) {
        try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the framelens jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

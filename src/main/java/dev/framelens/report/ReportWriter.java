package dev.framelens.report;

import dev.framelens.chart.ChartHtml;
import dev.framelens.report.internal.EvidenceHtml;
import dev.framelens.report.internal.ReportFolder;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import tech.tablesaw.api.Table;

/**
 * Writes a {@link Report}: {@code DIR/index.html} with the corpus summary, a navigation bar and
 * each {@link Section} in order — its heading and text, then its charts, tables (sortable, the
 * first {@value #MAX_TABLE_ROWS} rows, each with a CSV file of every row written beside), notes and
 * evidence sentences with their frame hits highlighted; plus {@value ChartHtml#PLOTLY_JS_FILE}
 * (minified, from the class path), so the page works with no network. Tables and their CSV files go through {@link
 * TableWriter}, charts through {@link ChartHtml}: a report's CSV file of a table is the command
 * line's {@code --format csv} of it, byte for byte.
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
 * unless {@link #write(Report, Path, TableWriter.CsvMode, Consumer)} asks for raw cells.
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

    /** Outlets named in the page's summary line; more are counted ("and 12 more"). */
    public static final int MAX_OUTLETS_NAMED = 12;

    /** Rows shown in an HTML table; the CSV beside it has every row. */
    public static final int MAX_TABLE_ROWS = 100;

    private static final String CSP =
            "default-src 'none'; script-src 'self' 'unsafe-inline' file:; style-src 'unsafe-inline';"
                    + " img-src 'self' data:; font-src 'self' data:; connect-src 'none'; base-uri 'none';"
                    + " form-action 'none'";

    private ReportWriter() {}

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
     */
    public static Path write(Report report, Path dir, TableWriter.CsvMode csv, Consumer<String> progress)
            throws IOException {
        Path target = ReportFolder.check(dir, MARKER);
        Page page = render(report, csv, progress);
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
                },
                Map.of(ChartHtml.PLOTLY_JS_FILE, ChartHtml.plotlySha256()))
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
    public static String html(Report report) {
        return render(report, TableWriter.CsvMode.SPREADSHEET_SAFE, message -> {}).html;
    }

    // ---------------------------------------------------------------------------------------------

    /** The page and its CSV files (file name → text), in page order. */
    private record Page(String html, Map<String, String> csv) {}

    private static Page render(Report report, TableWriter.CsvMode csvMode, Consumer<String> progress) {
        Map<String, String> charts = charts(report, progress);
        Map<String, String> csv = new LinkedHashMap<>();
        StringBuilder h = new StringBuilder(64 * 1024);
        head(h, report.title(), charts.size());
        header(h, report);
        nav(h, report.sections());
        for (Section s : report.sections()) {
            section(h, s, charts, csv, csvMode, progress);
        }
        tail(h);
        return new Page(h.toString(), csv);
    }

    /** Every chart's element and script, chart id → HTML, in page order; one progress line each. */
    private static Map<String, String> charts(Report report, Consumer<String> progress) {
        List<Section.Chart> all = new ArrayList<>();
        for (Section s : report.sections()) {
            for (Section.Part p : s.parts()) {
                if (p instanceof Section.Chart c) {
                    all.add(c);
                }
            }
        }
        Map<String, String> html = new LinkedHashMap<>();
        int threads = Math.min(report.threads(), all.size());
        if (threads <= 1) {
            for (int i = 0; i < all.size(); i++) {
                Section.Chart c = all.get(i);
                progress.accept("report: chart " + (i + 1) + "/" + all.size() + " (" + c.label() + ")");
                html.put(c.id(), ChartHtml.div(c.figure(), c.id()));
            }
            return html;
        }
        // each chart's HTML depends on its figure alone: render them side by side, collect in page order
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "framelens-chart");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> done = new ArrayList<>();
            for (Section.Chart c : all) {
                done.add(pool.submit(() -> ChartHtml.div(c.figure(), c.id())));
            }
            for (int i = 0; i < all.size(); i++) {
                Section.Chart c = all.get(i);
                html.put(c.id(), result(done.get(i)));
                progress.accept("report: chart " + (i + 1) + "/" + all.size() + " (" + c.label() + ")");
            }
        } finally {
            pool.shutdownNow();
        }
        return html;
    }

    /** The future's value; its failure rethrown as it was thrown. */
    private static String result(Future<String> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering the charts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
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

    /** The title, the corpus at a glance, the groups compared and the colour key. */
    private static void header(StringBuilder h, Report report) {
        Report.Summary s = report.summary();
        h.append("<header>\n<h1>").append(Html.escape(report.title())).append("</h1>\n")
                .append("<p class=\"summary\">Corpus <strong>").append(Html.escape(s.corpus()))
                .append("</strong>: <strong>").append(String.format(Locale.ROOT, "%,d", s.documents()))
                .append("</strong> ").append(s.documents() == 1 ? "document" : "documents")
                .append(", <strong>").append(String.format(Locale.ROOT, "%,d", s.tokens()))
                .append("</strong> tokens");
        if (!s.outlets().isEmpty()) {
            List<String> named = s.outlets().size() > MAX_OUTLETS_NAMED ? s.outlets().subList(0, MAX_OUTLETS_NAMED) : s.outlets();
            h.append(", ").append(s.outlets().size()).append(s.outlets().size() == 1 ? " outlet: " : " outlets: ")
                    .append(Html.escape(String.join(", ", named)));
            if (named.size() < s.outlets().size()) {
                h.append(" and ").append(s.outlets().size() - named.size()).append(" more");
            }
        }
        h.append(".</p>\n");
        report.comparison().ifPresent(cmp -> h.append("<p class=\"summary\">Comparison by <strong>")
                .append(Html.escape(cmp.column())).append("</strong>: a = <strong>").append(Html.escape(cmp.a()))
                .append("</strong>, b = <strong>").append(Html.escape(cmp.b())).append("</strong>.</p>\n"));
        h.append("<p class=\"key\">Colours throughout:<span class=\"swatch alarm\"></span>alarm")
                .append("<span class=\"swatch reassurance\"></span>reassurance</p>\n</header>\n");
    }

    private static void nav(StringBuilder h, List<Section> sections) {
        h.append("<nav aria-label=\"sections\">");
        for (Section s : sections) {
            h.append("<a href=\"#").append(s.id()).append("\">").append(Html.escape(s.nav())).append("</a>");
        }
        h.append("</nav>\n<main>\n");
    }

    private static void section(StringBuilder h, Section s, Map<String, String> charts, Map<String, String> csv,
            TableWriter.CsvMode csvMode, Consumer<String> progress) {
        h.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(Html.escape(s.heading()))
                .append("</h2>\n<p class=\"explain\">").append(Html.escape(s.text())).append("</p>\n");
        for (Section.Part part : s.parts()) {
            if (part instanceof Section.Chart c) {
                h.append(charts.get(c.id()));
            } else if (part instanceof Section.Note n) {
                h.append("<p class=\"no-data\">").append(Html.escape(n.text())).append("</p>\n");
            } else if (part instanceof Section.Evidence e) {
                progress.accept("report: evidence sentences");
                h.append(EvidenceHtml.html(e.evidence(), e.frameHits(), e.quotations(), e.articles(), e.notes(), e.perSide()));
            } else if (part instanceof Section.DataTable t) {
                csv.put(t.csv(), csv(t.table(), csvMode));
                table(h, t);
            }
        }
        h.append("</section>\n");
    }

    private static String csv(Table table, TableWriter.CsvMode mode) {
        StringBuilder text = new StringBuilder();
        TableWriter.write(table, TableWriter.Format.CSV, mode, text);
        return text.toString();
    }

    /** A folded table of its first rows and the link to its CSV file. */
    private static void table(StringBuilder h, Section.DataTable t) {
        int rows = t.table().rowCount();
        String shown = rows > MAX_TABLE_ROWS
                ? "first " + MAX_TABLE_ROWS + " of " + String.format(Locale.ROOT, "%,d", rows) + " rows"
                : rows + (rows == 1 ? " row" : " rows");
        h.append("<details").append(t.open() ? " open" : "").append(">\n<summary>Table: ")
                .append(Html.escape(t.caption())).append(" (").append(shown).append(")</summary>\n");
        if (rows > 0) {
            // the summary line says how many rows are shown: no footnote in the table
            h.append("<div class=\"table-wrap\">")
                    .append(TableWriter.html(t.table(), MAX_TABLE_ROWS,
                            new TableWriter.HtmlTable(t.id(), t.caption() + " (click a header to sort)", true, false)))
                    .append("</div>\n");
        }
        h.append("</details>\n<p class=\"downloads\">Download: <a href=\"").append(Html.escape(t.csv()))
                .append("\" download>").append(Html.escape(t.csv())).append("</a> (all ")
                .append(String.format(Locale.ROOT, "%,d", rows)).append(rows == 1 ? " row" : " rows")
                .append(", CSV)</p>\n");
    }

    private static void tail(StringBuilder h) {
        h.append("</main>\n<footer>Written by framelens. Charts are drawn by plotly.js ")
                .append(Html.escape(ChartHtml.plotlyVersion()))
                .append(" from the file ").append(ChartHtml.PLOTLY_JS_FILE)
                .append(" beside this page; nothing is loaded from the network.</footer>\n")
                .append("<script>\n").append(TableWriter.sortScript()).append("</script>\n")
                .append("</body>\n</html>\n");
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

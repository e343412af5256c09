package dev.framelens.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import dev.framelens.chart.internal.FigureJson;
import dev.framelens.table.Html;
import dev.framelens.table.Json;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;

/**
 * Offline HTML for jsplot {@link Figure}s: the figure as Plotly data ({@link #json}), the script that
 * draws it into an element with a fixed id ({@link #script}), and Plotly's JavaScript, the minified
 * plotly.js that framelens carries on its class path (never a CDN; version and source in {@code
 * dev/framelens/chart/plotly/plotly.properties}, MIT licence beside it).
 *
 * <p>jsplot's own {@link Figure#asJavascript(String)} is not used: it declares {@code var
 * target_<id>}, which is not a JavaScript identifier for ids with a hyphen; jsplot's {@code
 * HeatmapTrace} always names itself {@code trace0}, whatever its index; and its page template
 * loads Plotly from a CDN. A figure is instead turned into data once ({@code chart.internal.FigureJson}):
 * the same JSON is the notebook's {@code application/vnd.plotly.v1+json} output and the argument of
 * {@code Plotly.newPlot} in the report, so both draw the same chart.
 *
 * <p>Safety: the strings our {@link Charts} put into figures never contain {@code <} (see {@code
 * PlotlyText}), and as a second line of defence {@link #json} writes {@code < > &} inside strings as
 * {@code \u003c}-style escapes ({@code Json.Escape.SCRIPT}), so no data can end the {@code <script>}
 * element the figure sits in.
 *
 * <p>Each drawn chart increments the {@code data-charts-drawn} attribute of {@code <body>}, and a
 * failed draw appends to {@code data-errors}, so a headless browser can check what was drawn.
 */
public final class ChartHtml {

    /** The file name under which {@link #writePlotlyJs} writes Plotly's (minified) script. */
    public static final String PLOTLY_JS_FILE = "plotly.js";

    private static final String PLOTLY_DIR = "dev/framelens/chart/plotly/";
    private static final String PLOTLY_PROPERTIES = PLOTLY_DIR + "plotly.properties";
    private static final String PLOTLY_RESOURCE = PLOTLY_DIR + "plotly.min.js";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private ChartHtml() {}

    /** The version of the plotly.js on the class path, e.g. {@code 4.1.1}. */
    public static String plotlyVersion() {
        return plotlyProperty("version");
    }

    /**
     * The SHA-256 (lower-case hex) of the plotly.js on the class path, as its properties file
     * records it beside the script (the build's tests check that it is the script's): what a report
     * lists for {@value #PLOTLY_JS_FILE} without hashing 4.8 MB on every run.
     */
    public static String plotlySha256() {
        String h = plotlyProperty("sha256");
        if (!h.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException(PLOTLY_PROPERTIES + ": sha256 is not 64 hex digits");
        }
        return h;
    }

    private static String plotlyProperty(String key) {
        try (InputStream in = resource(PLOTLY_PROPERTIES)) {
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key);
            if (v == null || v.isBlank()) {
                throw new IllegalStateException(PLOTLY_PROPERTIES + " names no " + key);
            }
            return v.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class-path resource name of Plotly's minified script. */
    public static String plotlyJsResource() {
        return PLOTLY_RESOURCE;
    }

    /** Opens Plotly's script from the class path. The caller closes the stream. */
    public static InputStream openPlotlyJs() {
        return resource(plotlyJsResource());
    }

    /** Plotly's whole (minified) script as text, about 4.8 MB, for pages that inline it. */
    public static String plotlyJs() {
        try (InputStream in = openPlotlyJs()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The figure as the JSON of a Plotly figure, {@code {"data":[…],"layout":{…},"config":{…}}}: what
     * {@code Plotly.newPlot(element, figure)} takes and what the MIME type {@code
     * application/vnd.plotly.v1+json} carries. Titles are written as {@code {"text": …}} objects and a
     * layout with {@code autosize} has no width, so the chart fills its container (see {@code
     * chart.internal.FigureJson}). Strings are escaped for a {@code <script>} element.
     *
     * @throws IllegalArgumentException if a jsplot trace or layout wrote JavaScript that is not plain
     *     data (it cannot be drawn from JSON)
     */
    public static String json(Figure figure) {
        return Json.write(FigureJson.of(figure));
    }

    /**
     * Writes Plotly's script as {@code dir/}{@value #PLOTLY_JS_FILE}, unless a file of the same size
     * is already there.
     *
     * @return the written (or existing) file
     */
    public static Path writePlotlyJs(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(PLOTLY_JS_FILE);
        try (InputStream in = openPlotlyJs()) {
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                return target;
            }
            Path tmp = Files.createTempFile(dir, ".plotly", ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    // temporary files are created private (rw-------); the script is an ordinary file
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException notPosix) {
                    // other file systems keep their defaults
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return target;
    }

    /**
     * The element for a figure: {@code <div id="ID" class="framelens-chart"></div>} followed by the
     * {@code <script>} from {@link #script}. Plotly must be loaded before (see {@link
     * #plotlyScriptTag}).
     *
     * @param id lower-case letters, digits and hyphens, starting with a letter, e.g. {@code
     *     chart-frame-scores}; unique on the page
     */
    public static String div(Figure figure, String id) {
        return "<div id=\"" + checkId(id) + "\" class=\"framelens-chart\"></div>\n<script>\n"
                + script(figure, id) + "\n</script>\n";
    }

    /** {@code <script src="plotly.js"></script>}: Plotly from beside the page, never a CDN. */
    public static String plotlyScriptTag() {
        return "<script src=\"" + PLOTLY_JS_FILE + "\"></script>";
    }

    /**
     * The JavaScript that draws {@code figure} into the element with id {@code id}: an immediately
     * invoked function that calls {@code Plotly.newPlot} with the figure's {@link #json} and records
     * the outcome on {@code <body>} (see the class comment). Safe inside a {@code <script>} element.
     */
    public static String script(Figure figure, String id) {
        checkId(id);
        String json = json(figure);
        StringBuilder js = new StringBuilder(json.length() + 512);
        js.append("(function () {\n");
        js.append("var el = document.getElementById(\"").append(id).append("\");\n");
        js.append("var figure = ").append(json).append(";\n");
        js.append("Plotly.newPlot(el, figure).then(function () {\n")
                .append("  var b = document.body;\n")
                .append("  b.setAttribute(\"data-charts-drawn\",")
                .append(" String((parseInt(b.getAttribute(\"data-charts-drawn\") || \"0\", 10)) + 1));\n")
                .append("}, function (err) {\n")
                .append("  var b = document.body;\n")
                .append("  b.setAttribute(\"data-errors\", (b.getAttribute(\"data-errors\") || \"\")")
                .append(" + \"")
                .append(id)
                .append(": \" + err + \"\\n\");\n")
                .append("});\n");
        js.append("})();");
        return scriptSafe(js.toString());
    }

    /**
     * A standalone page of figures that loads {@value #PLOTLY_JS_FILE} from its own directory; write
     * it with {@link #writePage} so the script is there.
     *
     * @param charts the figures with their element ids, in page order
     */
    public static String page(String title, List<Chart> charts) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n</head>\n<body>\n")
                .append("<script>window.onerror = function (m) { var b = document.body;")
                .append(" b.setAttribute(\"data-errors\", (b.getAttribute(\"data-errors\") || \"\") + m + \"\\n\"); };")
                .append("</script>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n")
                .append(plotlyScriptTag()).append('\n');
        for (Chart c : charts) {
            html.append(div(c.figure(), c.id()));
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** Writes {@link #page} as {@code file} and Plotly's script beside it. */
    public static Path writePage(Path file, String title, List<Chart> charts) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        writePlotlyJs(dir);
        Files.writeString(file, page(title, charts), StandardCharsets.UTF_8);
        return file;
    }

    /** A figure and the id of the element it is drawn into. */
    public record Chart(String id, Figure figure) {
        /** Checks the id (see {@link ChartHtml#div}). */
        public Chart {
            checkId(id);
            if (figure == null) {
                throw new IllegalArgumentException("chart " + id + " has no figure");
            }
        }
    }

    private static String checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "chart id '" + id + "' must be lower-case letters, digits and hyphens starting with a"
                            + " letter, e.g. chart-frame-scores");
        }
        return id;
    }

    private static String scriptSafe(String js) {
        return js.replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    private static InputStream resource(String name) {
        InputStream in = ChartHtml.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(
                    name + " is not on the class path: run framelens from its jar (it carries plotly.js)");
        }
        return in;
    }
}

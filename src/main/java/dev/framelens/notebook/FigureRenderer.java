package dev.framelens.notebook;

import dev.framelens.chart.ChartHtml;
import dev.framelens.table.Html;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;

/**
 * Shows a jsplot {@link Figure} in a notebook as plotly.py does, so that the chart survives saving,
 * sharing and git: the figure's data in the MIME type {@value #PLOTLY_MIME}, a {@code text/html}
 * fallback and a line of {@code text/plain}.
 *
 * <ul>
 *   <li>{@link #json}: {@code {"data", "layout", "config"}} from {@link ChartHtml#json}, the one way
 *       framelens turns a figure into Plotly data (the report draws the same JSON). JupyterLab draws it
 *       with the renderer extension of the {@code plotly} Python package ({@code scripts/pyenv.sh}
 *       installs it), which is a safe renderer: the chart shows in an untrusted notebook, after a
 *       reload and after re-running any one cell, since no output depends on another. VS Code draws
 *       the MIME type natively. The output holds the figure's data only, never plotly.js.
 *   <li>{@link #html}: what a frontend without that renderer shows, and what nbconvert's HTML export
 *       uses (its output priority prefers {@code text/html}): a {@code div} with a one-line note that
 *       says how to see the chart, and a script that replaces the note by the chart when the page has
 *       {@code window.Plotly}. The {@code framelens} nbconvert template ({@code scripts/jupyter-setup.sh}
 *       installs it) puts one minified plotly.js into the exported page's head, so the export draws
 *       every chart without network. Where scripts do not run (untrusted HTML) the note stays.
 * </ul>
 *
 * <p>Every figure gets its own {@code div} id. The script is {@link ChartHtml#script} (data strings
 * escaped so that they cannot end the script element).
 */
public final class FigureRenderer {

    /** The MIME type of a Plotly figure's JSON, as plotly.py and the JupyterLab extension use it. */
    public static final String PLOTLY_MIME = "application/vnd.plotly.v1+json";

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]*");

    private final String idPrefix;
    private final AtomicInteger counter = new AtomicInteger();

    /** A renderer with a random id prefix (figures of two kernel sessions never share an id). */
    public FigureRenderer() {
        this("framelens-fig-" + randomHex());
    }

    /**
     * @param idPrefix the start of every div id: lower-case letters, digits and hyphens, starting with
     *                 a letter (the chart ids of {@link ChartHtml})
     */
    public FigureRenderer(String idPrefix) {
        if (!PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("id prefix '" + idPrefix
                    + "' must be lower-case letters, digits and hyphens, starting with a letter");
        }
        this.idPrefix = idPrefix;
    }

    /** The figure as Plotly JSON for {@value #PLOTLY_MIME}: {@link ChartHtml#json}. */
    public String json(Figure figure) {
        return ChartHtml.json(figure);
    }

    /**
     * The {@code text/html} fallback: a note in a {@code div}, replaced by the chart where the page
     * has {@code window.Plotly} (see the class comment). Carries no plotly.js.
     */
    public String html(Figure figure) {
        String id = idPrefix + "-" + counter.incrementAndGet();
        String body = ChartHtml.script(figure, id);
        StringBuilder html = new StringBuilder(body.length() + 768);
        html.append("<div id=\"").append(id).append("\" class=\"framelens-figure\" style=\"width: 100%\">")
                .append("<p class=\"framelens-figure-note\">").append(Html.escape(text(figure)))
                .append(": drawn by JupyterLab's plotly extension (scripts/pyenv.sh installs it)")
                .append(" and in HTML exported with jupyter nbconvert --to html --template framelens")
                .append(" (scripts/jupyter-setup.sh).</p></div>\n");
        html.append("<script type=\"text/javascript\">\nif (window.Plotly) {\n");
        html.append("document.getElementById(\"").append(id).append("\").textContent = \"\";\n");
        html.append(body);
        html.append("\n}\n</script>");
        return html.toString();
    }

    /** A one-line description, for {@code text/plain}: {@code Figure "title" (2 traces)}. */
    public String text(Figure figure) {
        int traces = figure.getTraces() == null ? 0 : figure.getTraces().length;
        String title = figure.getLayout() == null ? null : figure.getLayout().getTitle();
        return String.format(Locale.ROOT, "Figure%s (%d trace%s)",
                title == null || title.isBlank() ? "" : " \"" + title + "\"", traces, traces == 1 ? "" : "s");
    }

    private static String randomHex() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format(Locale.ROOT, "%02x", b & 0xFF));
        }
        return hex.toString();
    }
}

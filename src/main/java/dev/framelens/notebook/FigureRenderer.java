package dev.framelens.notebook;

import dev.framelens.chart.ChartHtml;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;

/**
 * Shows a jsplot {@link Figure} as an interactive Plotly chart in {@code text/html} that works
 * without network access, in JupyterLab and in nbconvert's HTML export.
 *
 * <p>The figure's script is {@link ChartHtml#script}, the one way framelens turns a figure into
 * JavaScript (the report uses it too); this class only places it in a notebook output. The first
 * figure of a renderer (one per kernel session) carries Plotly.js itself, {@link
 * ChartHtml#plotlyJs()} from the webjar on the class path; later figures use the {@code
 * window.Plotly} it defines.
 * Plotly's UMD bundle registers itself with an AMD loader when it sees a global
 * {@code define} (RequireJS in the classic notebook and some nbconvert templates) instead of
 * setting {@code window.Plotly}; the bundle therefore runs with {@code define} hidden, and the
 * previous value is restored afterwards. Every figure gets its own {@code div} id, and its
 * script runs in a function scope so that figures do not share variables. {@code </script}
 * inside a script is written as {@code <\/script} so that data cannot end the script element.
 * A figure waits for {@code window.Plotly} (JupyterLab may draw outputs out of order) and says so
 * in its {@code div} when it never comes.
 */
public final class FigureRenderer {

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CLOSING = Pattern.compile("(?i)</(script)");

    /**
     * A figure whose output is drawn before the one carrying Plotly.js (JupyterLab renders
     * long notebooks lazily) waits up to {@code WAIT_ATTEMPTS × WAIT_MILLIS} ms for it.
     */
    private static final int WAIT_ATTEMPTS = 50;
    private static final int WAIT_MILLIS = 200;

    private final String idPrefix;
    private final Supplier<String> plotly;
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicBoolean plotlyEmitted = new AtomicBoolean();

    /** A renderer with a random id prefix and Plotly.js from the class path. */
    public FigureRenderer() {
        this("framelens-fig-" + randomHex(), ChartHtml::plotlyJs);
    }

    /**
     * @param idPrefix  the start of every div id: lower-case letters, digits and hyphens, starting
     *                  with a letter (the chart ids of {@link ChartHtml})
     * @param plotlyJs  supplies the Plotly.js source for the first figure
     */
    public FigureRenderer(String idPrefix, Supplier<String> plotlyJs) {
        if (!PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("id prefix '" + idPrefix
                    + "' must be lower-case letters, digits and hyphens, starting with a letter");
        }
        this.idPrefix = idPrefix;
        this.plotly = plotlyJs;
    }

    /** Whether Plotly.js was already written into an output of this session. */
    public boolean plotlyEmitted() {
        return plotlyEmitted.get();
    }

    /** The HTML of one figure (with Plotly.js before it if this is the session's first figure). */
    public String html(Figure figure) {
        String id = idPrefix + "-" + counter.incrementAndGet();
        String body = ChartHtml.script(figure, id);
        StringBuilder html = new StringBuilder(body.length() + 512);
        if (plotlyEmitted.compareAndSet(false, true)) {
            String source;
            try {
                source = plotly.get();
            } catch (RuntimeException e) {
                plotlyEmitted.set(false);
                throw e;
            }
            html.append("<script type=\"text/javascript\">window.__framelensDefine = window.define; window.define = undefined;</script>\n");
            html.append("<script type=\"text/javascript\">\n").append(safeScript(source)).append("\n</script>\n");
            html.append("<script type=\"text/javascript\">window.define = window.__framelensDefine; try { delete window.__framelensDefine; } catch (e) { window.__framelensDefine = undefined; }</script>\n");
        }
        html.append("<div id=\"").append(id).append("\" class=\"framelens-figure\"></div>\n");
        html.append("<script type=\"text/javascript\">\n(function () {\n");
        html.append("  var attempts = 0;\n");
        html.append("  function draw() {\n");
        html.append("    if (!window.Plotly) {\n");
        html.append("      if (++attempts < ").append(WAIT_ATTEMPTS).append(") { setTimeout(draw, ").append(WAIT_MILLIS).append("); return; }\n");
        html.append("      document.getElementById('").append(id).append("').textContent = ")
                .append("'Plotly.js is not loaded on this page: run the notebook from the top (the first chart of a kernel session carries Plotly.js).';\n");
        html.append("      return;\n    }\n");
        html.append(body);
        html.append("\n  }\n  draw();\n})();\n</script>");
        return html.toString();
    }

    /** A one-line description, for {@code text/plain}. */
    public String text(Figure figure) {
        int traces = figure.getTraces() == null ? 0 : figure.getTraces().length;
        String title = figure.getLayout() == null ? null : figure.getLayout().getTitle();
        return String.format(Locale.ROOT, "Figure%s (%d trace%s)",
                title == null || title.isBlank() ? "" : " \"" + title + "\"", traces, traces == 1 ? "" : "s");
    }

    /** Makes Plotly.js safe to place inside a script element. */
    static String safeScript(String javascript) {
        return CLOSING.matcher(javascript).replaceAll("<\\\\/$1").replace("<!--", "<\\!--");
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

package dev.framelens.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framelens.report.Chromium;
import dev.framelens.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every notebook in notebooks/ executed headless through the framelens kernel with nbclient
 * (Python venv under target/, created by this test), then 03-framing exported to HTML with
 * nbconvert's framelens template and opened in headless Chromium. Runs after `package`: the kernel spec points at the
 * shaded jar. Under CI=true nothing here may skip.
 */
class NotebooksIT {
    static final Path VENV = Path.of("target/pyenv");
    static final Path OUT = Path.of("target/notebooks-executed");
    static JsonNode report;

    @BeforeAll
    static void executeAll() throws Exception {
        Tools.require("python3", "the notebooks are executed with nbclient (Python)");
        Tools.Run venv = Tools.run(Path.of("."), 1200, List.of("bash", "scripts/pyenv.sh", VENV.toString()));
        assertEquals(0, venv.exit(), venv.out() + venv.err());
        Tools.Run setup = Tools.run(Path.of("."), 120, List.of("bash", "scripts/jupyter-setup.sh", VENV.toString()));
        assertEquals(0, setup.exit(), setup.out() + setup.err());
        Tools.Run install = Tools.run(Path.of("."), 120, List.of("java", "-jar", "target/framelens.jar", "kernel", "install",
                "--prefix", VENV.toAbsolutePath().toString()));
        assertEquals(0, install.exit(), install.out() + install.err());
        Tools.Run list = Tools.run(Path.of("."), 120, List.of(VENV.resolve("bin/jupyter").toString(), "kernelspec", "list"));
        assertTrue(list.out().contains("framelens"), "jupyter kernelspec list: " + list.out() + list.err());
        List<String> cmd = new ArrayList<>(List.of(VENV.resolve("bin/python").toString(), "src/test/python/run_notebooks.py",
                "--kernel", "framelens", "--out", OUT.toString(), "--html", "03-framing"));
        try (Stream<Path> s = Files.list(Path.of("notebooks"))) {
            s.filter(p -> p.toString().endsWith(".ipynb")).sorted().forEach(p -> cmd.add(p.toString()));
        }
        Tools.Run run = Tools.run(Path.of("."), 1500, cmd);
        assertEquals(0, run.exit(), run.err());
        report = new ObjectMapper().readTree(run.out());
    }

    static int outputsWith(JsonNode cells, String mime, String kind) {
        int n = 0;
        for (JsonNode cell : cells) {
            for (JsonNode o : cell.get("outputs")) {
                boolean hasMime = false;
                for (JsonNode m : o.get("mimes")) {
                    hasMime |= m.asText().equals(mime);
                }
                if (hasMime && (kind == null || o.get(kind).asBoolean())) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void everyNotebookRunsWithoutACellError() {
        assertEquals(5, report.size(), report.toString());
        report.fields().forEachRemaining(nb -> {
            for (JsonNode cell : nb.getValue()) {
                assertTrue(cell.get("count").isInt(), nb.getKey() + " cell " + cell.get("index") + " did not run");
                for (JsonNode o : cell.get("outputs")) {
                    assertTrue(!o.get("type").asText().equals("error"),
                            nb.getKey() + " cell " + cell.get("index") + ": " + o.get("ename") + ": " + o.get("evalue")
                                    + "\n" + cell.get("source").asText());
                }
            }
        });
    }

    @Test
    void tablesAndChartsAreShown() {
        assertTrue(outputsWith(report.get("01-term-frequencies"), "text/html", "table") >= 3, report.get("01-term-frequencies").toString());
        assertTrue(outputsWith(report.get("01-term-frequencies"), "text/html", "figure") >= 1);
        assertTrue(outputsWith(report.get("02-cooccurrence"), "text/html", "table") >= 5);
        assertTrue(outputsWith(report.get("02-cooccurrence"), "text/html", "figure") >= 1);
        assertTrue(outputsWith(report.get("03-framing"), "text/html", "table") >= 4);
        assertTrue(outputsWith(report.get("03-framing"), "text/html", "figure") >= 7);
        assertTrue(outputsWith(report.get("04-bring-your-own-corpus"), "text/html", "table") >= 4);
        // every chart is also Plotly JSON (what JupyterLab's plotly renderer and VS Code draw)
        for (String nb : List.of("01-term-frequencies", "02-cooccurrence", "03-framing", "05-voices-and-time")) {
            assertEquals(outputsWith(report.get(nb), "text/html", "figure"), outputsWith(report.get(nb), FigureRenderer.PLOTLY_MIME, "plotly"), nb);
        }
        // 05: the voice tables (by voice, evidence ×2, hits, speakers, who says what, years) and charts (whose frame, trend)
        assertTrue(outputsWith(report.get("05-voices-and-time"), "text/html", "table") >= 7, report.get("05-voices-and-time").toString());
        assertTrue(outputsWith(report.get("05-voices-and-time"), "text/html", "figure") >= 2);
        // tables also carry plain text for consoles
        assertTrue(outputsWith(report.get("03-framing"), "text/plain", null) >= 4);
    }

    /** The voices notebook shows the story it tells: the speakers in its tables and the years of its trend. */
    @Test
    void voicesNotebookShowsTheSpeakersAndTheYears() throws Exception {
        JsonNode nb = new ObjectMapper().readTree(OUT.resolve("05-voices-and-time.ipynb").toFile());
        StringBuilder shown = new StringBuilder();
        for (JsonNode cell : nb.get("cells")) {
            for (JsonNode o : cell.path("outputs")) {
                JsonNode html = o.path("data").path("text/html");
                JsonNode text = o.path("data").path("text/plain");
                JsonNode stream = o.path("text");
                for (JsonNode part : List.of(html, text, stream)) {
                    if (part.isArray()) {
                        part.forEach(line -> shown.append(line.asText()));
                    } else if (part.isTextual()) {
                        shown.append(part.asText());
                    }
                }
            }
        }
        String out = shown.toString();
        for (String expected : List.of("quoted: Rahm Emanuel", "Andrei Lankov", "extremely dangerous arrangement",
                "Jake Sullivan", "1996", "2011", "quoted tokens: ")) {
            assertTrue(out.contains(expected), "05-voices-and-time shows " + expected);
        }
    }

    @Test
    void framingNotebookExportedToHtmlDrawsItsChartsOffline() throws Exception {
        Path html = OUT.resolve("03-framing.html");
        assertTrue(Files.exists(html));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        // plotly.js is inlined once by the framelens template (scripts/jupyter-setup.sh); nbconvert's lab
        // template links require.js and MathJax, which fail without network, and the charts must draw anyway
        assertEquals(1, page.split("\\* plotly\\.js v", -1).length - 1, "one plotly.js in the export");
        assertTrue(!java.util.regex.Pattern.compile("<script[^>]+src=\"[^\"]*plotly").matcher(page).find(), "Plotly from a URL");
        Chromium.require();
        String dom = Chromium.dumpDom(html.toAbsolutePath());
        int figures = 0;
        for (int i = dom.indexOf("class=\"framelens-figure"); i >= 0; i = dom.indexOf("class=\"framelens-figure", i + 1)) {
            figures++;
        }
        int svgs = 0;
        for (int i = dom.indexOf("class=\"main-svg\""); i >= 0; i = dom.indexOf("class=\"main-svg\"", i + 1)) {
            svgs++;
        }
        assertTrue(figures >= 7, "figures in the export: " + figures + " in a DOM of " + dom.length() + " chars: " + dom.substring(0, Math.min(300, dom.length())));
        assertTrue(svgs >= figures, "Plotly drew " + svgs + " svg layers for " + figures + " figures");
    }
}

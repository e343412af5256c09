package dev.framelens.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framelens.report.Chromium;
import dev.framelens.testing.Tools;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * 03-framing in a real browser, as a user meets it: JupyterLab from the project's venv
 * ({@code scripts/pyenv.sh}, {@code scripts/jupyter-setup.sh}, the kernel spec of the shaded jar) on
 * 127.0.0.1 with a random port and token, driven in Debian's headless Chromium by {@code
 * puppeteer-core} ({@code src/test/browser}, installed into {@code target/browser-test} with {@code
 * npm ci}, no browser download).
 *
 * <ol>
 *   <li>The Launcher offers "Java (framelens)" first and the server's default kernel is framelens.
 *   <li>A copy of 03-framing is opened, all cells are run, then the last chart cell once more on its
 *       own; every chart has Plotly's {@code main-svg}, no cell has an error, and the charts are as
 *       wide as their output area, also after the window narrows. The notebook is saved: under 1 MB.
 *   <li>A second server with fresh Jupyter data (another secret, so the saved file is untrusted, as a
 *       colleague's copy is) opens it in a new page without running anything: every cell is
 *       untrusted and every chart draws.
 *   <li>The saved file exported by {@code jupyter nbconvert --to html} (the venv's config picks the
 *       framelens template) and by the server's own export (JupyterLab's File menu) carries one
 *       plotly.js, and in Chromium without network every chart draws.
 * </ol>
 *
 * Servers are stopped by the process id of what this test started. Under {@code CI=true} a missing
 * tool (python3, node, npm, chromium) fails the test instead of skipping it.
 */
class NotebookBrowserIT {

    static final Path VENV = Path.of("target/pyenv").toAbsolutePath();
    static final Path WORK = Path.of("target/browser-nb").toAbsolutePath();
    static final Path DRIVER = Path.of("target/browser-test").toAbsolutePath();
    static final String NOTEBOOK = "notebooks/03-framing.ipynb";
    static final int CHARTS = 7;
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void framingNotebookRunsSavesAndReopensUntrustedWithEveryChart() throws Exception {
        Tools.require("python3", "JupyterLab runs from the project's venv (scripts/pyenv.sh)");
        Path node = Tools.require("node", "the browser is driven with puppeteer-core (Debian: apt-get install nodejs npm)");
        Path npm = Tools.require("npm", "puppeteer-core is installed with npm ci (Debian: apt-get install npm)");
        Path chromium = Chromium.require();
        prepareVenv();
        prepareDriver(npm);
        Path root = prepareWorkspace();

        // 1 + 2: a user runs the notebook and saves it
        JsonNode run;
        try (Server first = Server.start(root, WORK.resolve("server-1"))) {
            JsonNode specs = JSON.readTree(first.get("/api/kernelspecs"));
            assertEquals("framelens", specs.get("default").asText(), "the default kernel: " + specs);
            run = drive(node, chromium, "run", first);
        }
        assertEquals("Java (framelens)", run.get("launcherFirstNotebook").asText(), "first notebook card of the Launcher");
        assertTrue(run.get("runAll").get("done").asBoolean(), run.toString());
        checkCharts(run, true);
        for (JsonNode w : run.get("widths")) {
            assertTrue(Math.abs(w.get("chart").asInt() - w.get("area").asInt()) <= 2, "chart fills its output: " + w);
        }
        for (int i = 0; i < CHARTS; i++) {
            int wide = run.get("widths").get(i).get("chart").asInt();
            int narrow = run.get("narrowWidths").get(i).get("chart").asInt();
            assertTrue(narrow < wide - 300, "chart " + i + " follows the window: " + wide + " px, then " + narrow + " px");
        }
        Path saved = root.resolve(NOTEBOOK);
        long savedBytes = Files.size(saved);
        assertTrue(savedBytes < 1_000_000, "saved 03-framing is " + savedBytes + " bytes");
        String savedText = Files.readString(saved, StandardCharsets.UTF_8);
        assertFalse(savedText.contains("* plotly.js v"), "plotly.js travels in no output");

        // 3: a colleague opens the saved file: untrusted, nothing run
        JsonNode reopen;
        String serverExport;
        try (Server second = Server.start(root, WORK.resolve("server-2"))) {
            reopen = drive(node, chromium, "reopen", second);
            serverExport = second.get("/nbconvert/html/" + NOTEBOOK + "?download=false");
        }
        checkCharts(reopen, false);
        for (JsonNode cell : reopen.get("outputs").get("cells")) {
            assertFalse(cell.get("trusted").asBoolean(), "a copy from elsewhere is untrusted: " + cell);
        }
        assertEquals(1, count(serverExport, "* plotly.js v"), "JupyterLab's HTML export carries one plotly.js");

        // 4: the offline HTML export
        Path export = WORK.resolve("export");
        Tools.Run convert = Tools.run(root.resolve("notebooks"), 300, List.of(VENV.resolve("bin/jupyter").toString(),
                "nbconvert", "--to", "html", "--output-dir", export.toString(), saved.toString()));
        assertEquals(0, convert.exit(), convert.err());
        Path html = export.resolve("03-framing.html");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertEquals(1, count(page, "* plotly.js v"), "one plotly.js in the exported page");
        String dom = Chromium.dumpDom(html);
        assertEquals(CHARTS, number(dom, "data-charts-drawn=\"(\\d+)\""), "charts drawn offline in the export");
        assertEquals(3 * CHARTS, count(dom, "class=\"main-svg\""), "Plotly's three svg layers per chart");
        assertFalse(dom.contains("data-errors="), "a chart failed to draw");

        String measured = "saved 03-framing.ipynb: " + savedBytes + " bytes; nbconvert HTML export: " + Files.size(html)
                + " bytes; JupyterLab export: " + serverExport.getBytes(StandardCharsets.UTF_8).length + " bytes";
        Files.writeString(WORK.resolve("measurements.txt"), measured + "\n");
        System.out.println("NotebookBrowserIT: " + measured);
    }

    /** Every chart of a driver report drew, no cell failed, and (after a run) every code cell ran. */
    private static void checkCharts(JsonNode report, boolean ran) {
        // each chart as the driver visited it first: the cells' counts below are taken after the visits
        for (JsonNode chart : report.get("charts")) {
            assertTrue(chart.get("svg").asBoolean(), "chart without main-svg after moving the mouse over it: " + chart);
        }
        int plotly = 0;
        for (JsonNode cell : report.get("outputs").get("cells")) {
            assertEquals(0, cell.get("errors").size(), "cell " + cell.get("index") + ": " + cell.get("errors"));
            assertTrue(cell.get("count").isInt(), "cell " + cell.get("index") + " has not run: " + cell);
            assertEquals(cell.get("plotly").asInt(), cell.get("drawn").asInt(), "charts drawn in cell " + cell);
            plotly += cell.get("plotly").asInt();
        }
        assertEquals(CHARTS, plotly, "plotly outputs in 03-framing: " + report.get("outputs"));
        assertEquals(CHARTS, report.get("charts").size());
        for (JsonNode chart : report.get("charts")) {
            if (!ran) {
                // plotly's renderer saved a PNG of each chart; the reopened notebook shows it at once
                assertTrue(chart.get("pngSnapshot").asBoolean() || chart.get("svgBeforeHover").asBoolean(), chart.toString());
            }
        }
        for (JsonNode error : report.get("pageErrors")) {
            // JupyterLab's debugger asks every kernel; ours has no debugger
            assertTrue(error.asText().contains("No active debugger session"), "page error: " + error);
        }
    }

    private static void prepareVenv() throws IOException, InterruptedException {
        Tools.Run venv = Tools.run(Path.of("."), 1200, List.of("bash", "scripts/pyenv.sh", VENV.toString()));
        assertEquals(0, venv.exit(), venv.out() + venv.err());
        Tools.Run setup = Tools.run(Path.of("."), 120, List.of("bash", "scripts/jupyter-setup.sh", VENV.toString()));
        assertEquals(0, setup.exit(), setup.out() + setup.err());
        Tools.Run install = Tools.run(Path.of("."), 120, List.of("java", "-jar", "target/framelens.jar", "kernel", "install",
                "--prefix", VENV.toString()));
        assertEquals(0, install.exit(), install.out() + install.err());
    }

    /** puppeteer-core from the lock file, without the browser it would download. */
    private static void prepareDriver(Path npm) throws IOException, InterruptedException {
        Files.createDirectories(DRIVER);
        Path source = Path.of("src/test/browser");
        boolean same = true;
        for (String f : List.of("package.json", "package-lock.json", "notebook.js")) {
            Path target = DRIVER.resolve(f);
            same &= Files.exists(target) && Files.mismatch(source.resolve(f), target) == -1;
            Files.copy(source.resolve(f), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (same && Files.isDirectory(DRIVER.resolve("node_modules/puppeteer-core"))) {
            return;
        }
        ProcessBuilder pb = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(DRIVER.toFile()).redirectErrorStream(true);
        pb.environment().put("PUPPETEER_SKIP_DOWNLOAD", "1");
        pb.redirectOutput(DRIVER.resolve("npm.log").toFile());
        Process p = pb.start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("npm ci did not finish in 600 s");
        }
        if (p.exitValue() != 0) {
            String why = "npm ci of puppeteer-core failed (is the npm registry reachable?):\n"
                    + Files.readString(DRIVER.resolve("npm.log"));
            if (Tools.ci()) {
                fail(why + "\n(CI=true: not skipping)");
            }
            Assumptions.abort(why);
        }
    }

    /** target/browser-nb/root: a copy of 03-framing beside the seeds and lexicons it reads. */
    private static Path prepareWorkspace() throws IOException {
        if (Files.exists(WORK)) {
            try (var walk = Files.walk(WORK)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path root = WORK.resolve("root");
        Files.createDirectories(root.resolve("notebooks"));
        for (String dir : List.of("seeds", "lexicons")) {
            Files.createSymbolicLink(root.resolve(dir), Path.of(dir).toAbsolutePath());
        }
        Files.copy(Path.of(NOTEBOOK), root.resolve(NOTEBOOK));
        return root;
    }

    private static JsonNode drive(Path node, Path chromium, String mode, Server server) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(node.toString(), DRIVER.resolve("notebook.js").toString(), mode,
                server.base, server.token, NOTEBOOK).directory(DRIVER.toFile());
        pb.environment().put("FRAMELENS_CHROMIUM", chromium.toString());
        Path out = WORK.resolve(mode + ".json");
        Path err = WORK.resolve(mode + ".log");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(900, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("the browser driver (" + mode + ") did not finish in 900 s:\n" + Files.readString(err) + server.logTail());
        }
        if (p.exitValue() != 0) {
            fail("the browser driver (" + mode + ") failed:\n" + Files.readString(err) + server.logTail());
        }
        return JSON.readTree(Files.readString(out));
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    static int number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " not found");
        return Integer.parseInt(m.group(1));
    }

    /** A JupyterLab server on 127.0.0.1 with its own Jupyter config, data and runtime folders. */
    static final class Server implements AutoCloseable {
        final Process process;
        final String base;
        final String token;
        final Path log;
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Server(Process process, String base, String token, Path log) {
            this.process = process;
            this.base = base;
            this.token = token;
            this.log = log;
        }

        static Server start(Path root, Path home) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                port = s.getLocalPort();
            }
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            List<String> cmd = new ArrayList<>(List.of(VENV.resolve("bin/jupyter").toString(), "lab", "--no-browser",
                    "--ServerApp.ip=127.0.0.1", "--ServerApp.port=" + port, "--ServerApp.port_retries=0",
                    "--IdentityProvider.token=" + token, "--ServerApp.root_dir=" + root,
                    "--LabApp.expose_app_in_browser=True"));
            if ("root".equals(System.getProperty("user.name"))) {
                cmd.add("--allow-root");
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            for (String dir : List.of("config", "data", "runtime")) {
                Files.createDirectories(home.resolve(dir));
            }
            // fresh config (no user settings), data (a new notebook secret: files signed elsewhere are untrusted)
            env.put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
            env.put("JUPYTER_DATA_DIR", home.resolve("data").toString());
            env.put("JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString());
            Path log = home.resolve("server.log");
            pb.redirectOutput(log.toFile());
            Server server = new Server(pb.start(), "http://127.0.0.1:" + port, token, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                if (!server.process.isAlive()) {
                    fail("JupyterLab exited with " + server.process.exitValue() + server.logTail());
                }
                try {
                    server.get("/api/status");
                    return server;
                } catch (IOException notYet) {
                    Thread.sleep(500);
                }
            }
            server.close();
            fail("JupyterLab did not answer on " + server.base + " within 120 s" + server.logTail());
            return server;
        }

        String get(String pathAndQuery) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                    .header("Authorization", "token " + token).timeout(Duration.ofSeconds(120)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException("GET " + pathAndQuery + ": HTTP " + response.statusCode());
            }
            return response.body();
        }

        String logTail() {
            try {
                String text = Files.readString(log);
                return "\nJupyterLab's log (end):\n" + text.substring(Math.max(0, text.length() - 3000));
            } catch (IOException e) {
                return "";
            }
        }

        /** Stops the server (it shuts its kernels down), then anything it left running, by process id. */
        @Override
        public void close() throws InterruptedException {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            }
        }
    }
}

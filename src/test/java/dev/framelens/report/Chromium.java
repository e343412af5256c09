package dev.framelens.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for tests that check what a page really renders (reused by the report and
 * notebook tests).
 *
 * <p>{@link #require()} finds the browser ({@code $FRAMELENS_CHROMIUM}, then {@code
 * /usr/bin/chromium} and the usual names on the {@code PATH}); when there is none the calling test
 * is skipped with a message saying so, except under {@code CI=true}, where it fails. Runs use a
 * fresh profile directory (deleted afterwards), a virtual time budget of 10 s, and no network: all
 * HTTP(S) goes to a closed local proxy port and host names do not resolve, so a page that needs the
 * internet shows it.
 */
public final class Chromium {

    /** Longest a single browser run may take before it is killed and the test fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(180);

    private static final List<String> CANDIDATES = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable", "/snap/bin/chromium");

    private static final List<String> NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private Chromium() {}

    /** The output of one browser run. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /** The Chromium executable, if one is installed. */
    public static Optional<Path> find() {
        String env = System.getenv("FRAMELENS_CHROMIUM");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env.strip());
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String c : CANDIDATES) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                for (String name : NAMES) {
                    Path p = Path.of(dir, name);
                    if (!dir.isEmpty() && Files.isExecutable(p)) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The Chromium executable; skips the calling test when there is none, or fails it when the
     * environment variable {@code CI} is {@code true}.
     */
    public static Path require() {
        Optional<Path> found = find();
        if (found.isPresent()) {
            return found.get();
        }
        String env = System.getenv("FRAMELENS_CHROMIUM");
        String message = env != null && !env.isBlank()
                ? "FRAMELENS_CHROMIUM=" + env + " is not an executable file; point it at Chromium or unset it"
                : "no Chromium found ($FRAMELENS_CHROMIUM, " + String.join(", ", CANDIDATES)
                + " or " + String.join("/", NAMES) + " on the PATH); install Debian's chromium package"
                + " (apt-get install chromium) to run this browser test";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + ". CI=true, so browser tests must run, not skip.");
        }
        Assumptions.abort(message + "; skipped.");
        throw new AssertionError("unreachable");
    }

    /** The DOM of {@code html} after its scripts ran ({@code --dump-dom}). */
    public static String dumpDom(Path html) throws IOException, InterruptedException {
        Result r = run(html, List.of("--dump-dom"));
        if (r.exitCode != 0 || r.stdout.isBlank()) {
            Assertions.fail("chromium --dump-dom " + html + " exited " + r.exitCode + " with no DOM;"
                    + " stderr:\n" + r.stderr);
        }
        return r.stdout;
    }

    /** Writes a PNG screenshot of {@code html} at the given window size. */
    public static Path screenshot(Path html, Path png, int width, int height)
            throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        Result r = run(html, List.of(
                "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars"));
        if (!Files.isRegularFile(png)) {
            Assertions.fail("chromium --screenshot wrote no " + png + " (exit " + r.exitCode + ");"
                    + " stderr:\n" + r.stderr);
        }
        return png;
    }

    /** Runs headless Chromium on the file {@code html} with {@code extra} arguments. */
    public static Result run(Path html, List<String> extra) throws IOException, InterruptedException {
        Path chromium = require();
        Path profile = Files.createTempDirectory("framelens-chromium-");
        Path out = Files.createTempFile("framelens-chromium-", ".out");
        Path err = Files.createTempFile("framelens-chromium-", ".err");
        try {
            List<String> cmd = new ArrayList<>(List.of(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--proxy-server=http://127.0.0.1:9",
                    "--host-resolver-rules=MAP * ~NOTFOUND",
                    "--user-data-dir=" + profile,
                    "--virtual-time-budget=10000"));
            cmd.addAll(extra);
            cmd.add(html.toAbsolutePath().toUri().toString());
            Process p = new ProcessBuilder(cmd)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                Assertions.fail("chromium did not finish within " + TIMEOUT.toSeconds() + " s on " + html
                        + "; stderr:\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the browser may still hold a lock file; the temp directory is cleaned by the OS
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}

package dev.framelens.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * External tools for tests. A missing tool skips the test with a message on a user's machine,
 * but fails it under {@code CI=true}, where every tool must be installed.
 */
public final class Tools {
    private Tools() {
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The path of an executable on PATH, or skip (fail under CI) with {@code why}. */
    public static Path require(String name, String why) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        String msg = name + " not found on PATH: " + why;
        if (ci()) {
            Assertions.fail(msg + " (CI=true: every tool must be installed)");
        }
        Assumptions.abort(msg);
        return null;
    }

    /** Result of a process run. */
    public record Run(int exit, String out, String err) {
    }

    /** Runs a command with a timeout, collecting stdout and stderr. */
    public static Run run(Path workDir, long timeoutSeconds, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("framelens-out", ".txt");
        Path err = Files.createTempFile("framelens-err", ".txt");
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                Assertions.fail("timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}

package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that runs out of heap on its analysis threads ends with the one-line message and the
 * bad-data exit code, however the threads die: it must never wait forever for a worker or a reader
 * that an {@link OutOfMemoryError} killed before it could hand its result over (a child JVM with a
 * heap far too small for its documents, on two analysis threads).
 */
class OutOfMemoryExitTest {
    @TempDir
    Path tmp;

    @Test
    void aHeapTooSmallGivesTheMessageNotAHang() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("big"));
        SplittableRandom random = new SplittableRandom(7);
        String[] words = {"threat", "summit", "korea", "missile", "calm", "talks", "danger", "no", "the", "of"};
        for (int d = 0; d < 12; d++) {
            try (Writer w = Files.newBufferedWriter(corpus.resolve(String.format("doc-%02d.txt", d)), StandardCharsets.UTF_8)) {
                for (int i = 0; i < 250_000; i++) {
                    w.write(words[random.nextInt(words.length)]);
                    w.write(i % 20 == 19 ? ". " : " ");
                }
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "frames", corpus.toString(), "--threads", "2", "--resamples", "10", "--format", "csv")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(tmp.resolve("err").toFile()).start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(ended, "the command hung after running out of memory");
        List<String> err = lines(tmp.resolve("err"));
        assertEquals(Main.BAD_DATA, child.exitValue(), String.join("\n", err));
        assertTrue(err.get(err.size() - 1).startsWith("framelens: out of memory"), String.join("\n", err));
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }
}

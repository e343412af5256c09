package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.testing.DocBlocks;
import dev.framelens.testing.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JShell session the README and docs/*.md show (blocks marked {@code <!-- framelens: shell
 * -->}) is what {@code ./framelens shell} prints for its inputs now: the lines after {@code
 * jshell> } are piped into the shell with the jar, as {@link JShellIT} does, and the transcript is
 * rebuilt from the prompts and compared (see {@link DocBlocks}). {@code mvn -o -B verify
 * -Dit.test=DocSessionsIT -Dframelens.updateDocs=true} rewrites the sessions.
 */
class DocSessionsIT {
    static final Path ROOT = Path.of("").toAbsolutePath();

    /** What JShell prints for a prompt when its input comes from a pipe: the prompt, a space and a backspace. */
    static final String PROMPT = "jshell>  \b";

    /** The inputs of a session: each line after a {@code jshell> } prompt. */
    static List<String> inputs(String block) {
        List<String> inputs = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.startsWith("jshell> ")) {
                inputs.add(line.substring("jshell> ".length()));
            }
        }
        return inputs;
    }

    /**
     * The transcript a terminal shows: the command, then what the shell printed with each input
     * written after its prompt; the goodbye of {@code /exit} left out.
     */
    static String transcript(List<String> inputs, String printed) {
        String[] parts = printed.split(java.util.regex.Pattern.quote(PROMPT), -1);
        assertEquals(inputs.size() + 2, parts.length, "one prompt per input and one for /exit:\n" + printed);
        StringBuilder t = new StringBuilder("$ ./framelens shell\n").append(parts[0]);
        for (int i = 0; i < inputs.size(); i++) {
            t.append("jshell> ").append(inputs.get(i)).append('\n').append(parts[i + 1]);
        }
        return t.toString();
    }

    @Test
    void everyMarkedSessionPrintsItsBlock() {
        Tools.require("jshell", "the documented sessions run in the JDK's jshell");
        List<DocBlocks.Example> sessions = DocBlocks.examples(DocBlocks.documents(Path.of("")), DocBlocks.SHELL::equals);
        assertFalse(sessions.isEmpty(), "the README shows a JShell session");
        List<String> problems = DocBlocks.check(sessions, e -> {
            List<String> inputs = inputs(e.block());
            assertFalse(inputs.isEmpty(), e.where() + ": a session needs at least one 'jshell> ' line");
            try {
                Path script = Files.createTempFile("session", ".jsh");
                Files.writeString(script, String.join("\n", inputs) + "\n/exit\n", StandardCharsets.UTF_8);
                Tools.Run r = Tools.run(ROOT, 300, List.of("bash", "-c", "./framelens shell < " + script));
                Files.delete(script);
                assertEquals(0, r.exit(), e.where() + ": " + r.err());
                assertFalse(r.out().contains("Exception"), r.out());
                return DocBlocks.output(transcript(inputs, r.out()), ROOT);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(x);
            }
        }, DocBlocks.updating());
        assertEquals(List.of(), problems, String.join("\n\n", problems));
    }

    @Test
    void aTranscriptIsRebuiltFromThePrompts() {
        String printed = "banner\n\n" + PROMPT + "x ==> 1\n\n" + PROMPT + "|  Goodbye\n";
        assertEquals("$ ./framelens shell\nbanner\n\njshell> var x = 1;\nx ==> 1\n\n", transcript(List.of("var x = 1;"), printed));
        assertEquals(List.of("var x = 1;", "x + 1"), inputs("$ ./framelens shell\nbanner\njshell> var x = 1;\nx ==> 1\njshell> x + 1\n"));
        assertTrue(PROMPT.endsWith("\b"));
    }
}

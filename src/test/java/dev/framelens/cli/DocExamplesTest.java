package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.testing.DocBlocks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command output the README and docs/*.md show is what the command prints now: each block
 * marked {@code <!-- framelens: ARGS -->} is run through the CLI in-process and compared (see
 * {@link DocBlocks}). {@code mvn -o -B test -Dtest=DocExamplesTest -Dframelens.updateDocs=true}
 * rewrites the blocks; the JShell sessions are {@link DocSessionsIT}'s.
 */
class DocExamplesTest {
    static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void everyMarkedCommandPrintsItsBlock() {
        List<DocBlocks.Example> examples = DocBlocks.examples(DocBlocks.documents(Path.of("")), c -> !c.equals(DocBlocks.SHELL));
        assertTrue(examples.stream().anyMatch(e -> e.command().equals("kwic seeds --term pariahs")), examples.toString());
        assertTrue(examples.size() >= 5, examples.toString());
        List<String> problems = DocBlocks.check(examples, e -> {
            CliRunner.Result r = CliRunner.run(e.args().toArray(new String[0]));
            assertEquals(0, r.exit(), e.where() + ": " + r.err());
            return DocBlocks.output("$ ./framelens " + e.command() + "\n" + r.out(), ROOT);
        }, DocBlocks.updating());
        assertEquals(List.of(), problems, String.join("\n\n", problems));
    }
}

package dev.framelens.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marked blocks: found, compared after normalising, rewritten in update mode and nowhere else. */
class DocBlocksTest {
    @TempDir Path tmp;

    private static final String DOC = String.join("\n",
            "# Title",
            "",
            "<!-- framelens: terms seeds --top \"2\" -->",
            "```",
            "$ ./framelens terms seeds --top 2",
            "old   ",
            "```",
            "",
            "```",
            "an unmarked block stays",
            "```",
            "<!-- framelens: shell -->",
            "```text",
            "jshell> 1+1",
            "```",
            "");

    @Test
    void blocksAreFoundComparedAndRewritten() throws IOException {
        Path doc = tmp.resolve("README.md");
        Files.writeString(doc, DOC);
        List<DocBlocks.Example> all = DocBlocks.examples(List.of(doc), c -> true);
        assertEquals(2, all.size());
        DocBlocks.Example terms = all.get(0);
        assertEquals(3, terms.line());
        assertEquals(List.of("terms", "seeds", "--top", "2"), terms.args());
        assertEquals("$ ./framelens terms seeds --top 2\nold   \n", terms.block());
        assertEquals("jshell> 1+1\n", all.get(1).block());

        List<DocBlocks.Example> one = DocBlocks.examples(List.of(doc), c -> !c.equals("shell"));
        // trailing blanks and blank lines do not count
        assertEquals(List.of(), DocBlocks.check(one, e -> "$ ./framelens terms seeds --top 2\nold\n\n\n", false));
        List<String> problems = DocBlocks.check(one, e -> "$ ./framelens terms seeds --top 2\nnew\n", false);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(doc + ":3 (framelens: terms seeds --top \"2\"): the block is not what the"
                + " command prints; line 2 of the block is 'old' but the command printed 'new'"), problems.get(0));
        assertEquals(DOC, Files.readString(doc), "checking never writes");

        assertEquals(List.of(), DocBlocks.check(one, e -> "$ ./framelens terms seeds --top 2\nnew  \nrow\n", true));
        assertEquals(DOC.replace("old   \n", "new\nrow\n"), Files.readString(doc));
    }

    @Test
    void theJShellVersionAndTheProjectFolderDoNotCount() {
        assertEquals(DocBlocks.normalize("|  Welcome to JShell -- Version 17.0.15\n"),
                DocBlocks.normalize("|  Welcome to JShell -- Version 21.0.2\n"));
        assertEquals("$1 ==> ~/framelens/target/r/index.html\n",
                DocBlocks.output("$1 ==> " + tmp.toAbsolutePath() + "/target/r/index.html\r\n", tmp));
    }

    @Test
    void aMarkerWithoutABlockIsAnError() throws IOException {
        Path doc = tmp.resolve("bad.md");
        Files.writeString(doc, "<!-- framelens: terms seeds -->\ntext\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DocBlocks.examples(List.of(doc), c -> true));
        assertEquals(doc + ":1: a framelens marker must be followed by a fenced block", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DocBlocks.split("kwic \"open"));
    }
}

package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Pipes a short session into {@code ./framelens shell} and checks the table it prints. */
class JShellIT {
    @Test
    void shellPrintsTheEnginesTable() throws Exception {
        Tools.require("jshell", "the JShell test needs the JDK's jshell");
        Path script = Files.createTempFile("session", ".jsh");
        Files.writeString(script, "var corpus = Framelens.load(\"seeds\");\ncorpus.termFrequencies(5)\n/exit\n", StandardCharsets.UTF_8);
        Tools.Run r = Tools.run(Path.of("."), 300, List.of("bash", "-c", "./framelens shell < " + script));
        Files.delete(script);
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("framelens — engine loaded"), out);
        assertTrue(out.contains("corpus ==> Framelens[5 documents]"), out);
        Table expected = Framelens.load("seeds").termFrequencies(5);
        assertTrue(out.matches("(?s).*term\\s+\\|\\s+count\\s+\\|\\s+doc_freq\\s+\\|\\s+per_1k\\s+\\|.*"), out);
        for (int row = 0; row < expected.rowCount(); row++) {
            String line = expected.stringColumn("term").get(row) + "\\s+\\|\\s+" + expected.intColumn("count").get(row)
                    + "\\s+\\|\\s+" + expected.intColumn("doc_freq").get(row) + "\\s+\\|";
            assertTrue(out.matches("(?s).*" + line + ".*"), line + " in\n" + out);
        }
        assertTrue(!out.contains("Exception"), out);
    }

}

package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds only the subcommand it runs, and behaves exactly as with every subcommand built. */
class StartupTest {
    private static String[] run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void aRunBuildsOnlyItsSubcommand() {
        assertEquals(List.of("terms"), List.copyOf(Main.commandLine("terms").getSubcommands().keySet()));
        assertEquals(List.of("lexicon"), List.copyOf(Main.commandLine("lexicon").getSubcommands().keySet()));
        assertEquals(List.of("suggest"), List.copyOf(Main.commandLine("lexicon").getSubcommands().get("lexicon")
                .getSubcommands().keySet()));
        assertEquals(Main.commandLine().getSubcommands().keySet(), Main.commandLine("--help").getSubcommands().keySet());
        assertEquals(Main.commandLine().getSubcommands().keySet(), Main.commandLine("nope").getSubcommands().keySet());
    }

    @Test
    void subcommandNamesAreTheirCommandsNames() {
        for (Map.Entry<String, CommandLine> e : Main.commandLine().getSubcommands().entrySet()) {
            assertEquals(e.getKey(), e.getValue().getCommandName());
        }
        assertEquals(List.of("tokens", "terms", "cooccur", "collocations", "kwic", "frames", "evidence", "compare",
                "actors", "similarity", "quotes", "trends", "lexicon", "validate", "report", "kernel", "help"),
                List.copyOf(Main.commandLine().getSubcommands().keySet()));
    }

    @Test
    void oneSubcommandPrintsWhatAllPrint() {
        for (String[] args : List.of(new String[] {"terms", "seeds", "--top", "3"},
                new String[] {"terms", "seeds", "--bogus"}, new String[] {"terms", "--help"},
                new String[] {"cooccur", "seeds", "--term", "kim", "--window", "0"},
                new String[] {"lexicon", "suggest", "--help"})) {
            assertEquals(List.of(run(Main.commandLine(), args)), List.of(run(Main.commandLine(args[0]), args)),
                    String.join(" ", args));
        }
    }
}

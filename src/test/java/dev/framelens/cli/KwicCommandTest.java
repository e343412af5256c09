package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code framelens kwic} as printed: the words next to the keyword are always in view. */
class KwicCommandTest {
    @Test
    void pariahsGoldenLines() {
        CliRunner.Result r = CliRunner.run("kwic", "seeds", "--term", "pariahs");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(
                "doc                   sentence  start   end                             left  keyword  right",
                "--------------------  --------  -----  ----  -------------------------------  -------  -----",
                "000_d54235d511f720fa        15   2217  2224  …two countries that are seen as  pariahs  ."),
                r.out().lines().toList());
    }

    @Test
    void longContextsAreCutAwayFromTheKeyword() {
        CliRunner.Result r = CliRunner.run("kwic", "seeds", "--term", "putin", "--width", "12");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        // the keyword column starts at the same place on every line: the left context is right-aligned
        int keyword = lines.get(0).indexOf("keyword");
        assertEquals(keyword, lines.get(0).indexOf("left") + "left".length() + 2);
        assertEquals("000_d54235d511f720fa         5    699   704    …for the Russian far east – by mocking  Putin    "
                + ", warning North Korea and trying to…", lines.get(3));
        for (String line : lines.subList(2, lines.size())) {
            assertTrue(line.startsWith("Putin", keyword) || line.startsWith("putin", keyword), line);
        }
    }

    @Test
    void csvAndJsonKeepTheWholeContexts() {
        String csv = CliRunner.run("kwic", "seeds", "--term", "pariahs", "--format", "csv").out();
        assertEquals("doc,sentence,start,end,left,keyword,right\n"
                + "000_d54235d511f720fa,15,2217,2224,\"If the overarching goal of Russia’s invasion of Ukraine was to "
                + "recreate Moscow’s empire, Emanuel told CNN “that empire is now dependent on North Korea, it is "
                + "dependent on Iran – two isolated countries, two countries that are seen as \",pariahs,.\n", csv);
        String json = CliRunner.run("kwic", "seeds", "--term", "pariahs", "--format", "json").out();
        assertTrue(json.contains("\"left\": \"If the overarching goal of Russia’s invasion"), json);
        assertTrue(json.contains("two countries that are seen as \", \"keyword\": \"pariahs\", \"right\": \".\"}"), json);
    }
}

package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code framelens quotes}: the two examples, the filters and the errors. */
class QuotesCommandTest {
    @Test
    void emanuelAndLankovWithTheirSpeakers() {
        CliRunner.Result r = CliRunner.run("quotes", "seeds", "--format", "csv", "--csv-raw");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Arrays.asList(r.out().split("\n"));
        assertEquals("doc,start,end,text,speaker,speaker_start,speaker_end,cue,kind", lines.get(0));
        assertTrue(lines.contains("000_d54235d511f720fa,2091,2275,\"that empire is now dependent on North Korea, it is "
                + "dependent on Iran – two isolated countries, two countries that are seen as pariahs. That tells you how "
                + "much of a failure this war is.\",Rahm Emanuel,2073,2080,told,direct"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("002_245de9c93e9a4803,") && l.contains(
                "will predictably be inferior to Russia’s,\",Andrei Lankov,") && l.endsWith(",told,direct")), r.out());
        assertEquals(58, lines.size()); // header + 57 quotations
    }

    @Test
    void filtersByDocumentAndKind() {
        CliRunner.Result r = CliRunner.run("quotes", "seeds", "--doc", "001_3c2068cdf05ec9b9", "--kind", "partial",
                "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("doc,start,end,text,speaker,speaker_start,speaker_end,cue,kind",
                "001_3c2068cdf05ec9b9,773,805,a full-fledged military alliance,Victor Cha,635,645,alleged,partial",
                "001_3c2068cdf05ec9b9,3261,3311,the other party shall immediately provide military,Article 4,3135,3144,"
                        + "stresses,partial"), Arrays.asList(r.out().split("\n")));
    }

    @Test
    void usageErrors() {
        CliRunner.Result kind = CliRunner.run("quotes", "seeds", "--kind", "direct,quoted");
        assertEquals(2, kind.exit());
        assertEquals("framelens: --kind quoted is unknown; use direct, indirect or partial\n", kind.err());
        CliRunner.Result doc = CliRunner.run("quotes", "seeds", "--doc", "nope");
        assertEquals(2, doc.exit());
        assertEquals("framelens: --doc nope: no such document in seeds\n", doc.err());
    }
}

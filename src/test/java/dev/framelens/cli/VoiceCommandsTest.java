package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.cli.FramingCommandsTest.Run;
import dev.framelens.table.TableWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The voice views of the framing commands: {@code frames --by voice}. */
class VoiceCommandsTest {
    @Test
    void framesByVoicePrintsTheFacadeTable() {
        Run r = FramingCommandsTest.run("frames", "seeds", "--by", "voice", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(TableWriter.toString(FramingCommandsTest.SEEDS.frameScoresByVoice(), TableWriter.Format.CSV), r.out());
        assertTrue(r.out().startsWith("doc,outlet,published,headline,stance,voice,tokens,threat_per_1k,"), r.out());
        // 000's quoted part: 160 tokens, Emanuel's "pariahs", Sullivan's "open question" and "attack":
        // index ln(2.5 / 1.5); the percentile interval runs from ln(0.5 / 2.5) to ln(4.5 / 0.5)
        assertEquals("000_d54235d511f720fa,CNN,2024-06-08,US scorns Putin's possible turn toward North Korea,alarmed,"
                + "quoted,160,6.25,0.0,0.0,0.0,6.25,0.0,0.0,6.25,0.0,12.5,6.25,0.5108256237659907,-1.6094379124341003,2.1972245773362196",
                r.out().lines().toList().get(2));
    }

    @Test
    void evidenceMarksQuotedTextAndItsSpeaker() {
        Run r = FramingCommandsTest.run("evidence", "seeds", "--doc", "002", "--side", "reassurance", "--top", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("002_245de9c93e9a4803  reassurance  sentence 41  2 hits  [6207, 6485)\n"
                + "  But they will most likely produce such weaponry in small quantities, and the quality of such "
                + "cutting-edge weaponry will predictably be inferior to Russia\u2019s,\u201D Kookmin University professor "
                + "Andrei Lankov told the website NK News, which specializes in information about North Korea.\n"
                + "  entries: small quantities (limits, quoted: Andrei Lankov); inferior (limits, quoted: Andrei Lankov)\n"
                + "  quoted: Andrei Lankov: \u201CBut they will most likely produce such weaponry in small quantities, and "
                + "the quality of such cutting-edge weaponry will predictably be inferior to Russia\u2019s,\u201D\n\n"), r.out());
        // an author's sentence has no quoted line
        assertTrue(r.out().contains("  entries: limited (limits); cannot manufacture (limits)\n\n"), r.out());
    }

    @Test
    void actorsBySpeakerSaysWhoSaysWhatAboutWhom() {
        Run r = FramingCommandsTest.run("actors", "seeds", "--by", "speaker", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(TableWriter.toString(FramingCommandsTest.SEEDS.actorsBySpeaker(), TableWriter.Format.CSV), r.out());
        List<String> lines = r.out().lines().toList();
        assertEquals("voice,speaker,actor,side,hits", lines.get(0));
        assertEquals("author,,Putin,alarm,11", lines.get(1)); // lexicon v7 drops missile* (12 under v6, 9 under v5, 11 under v4)
        // Lankov's reassurance (002: small quantities, inferior to Russia's; 003: not compatible — lexicon v3
        // drops his "Probably not", which names no danger): two of the three within 10 tokens of Russia, one of
        // North Korea
        assertTrue(lines.contains("quoted,Andrei Lankov,Russia,reassurance,2"), r.out());
        assertTrue(lines.contains("quoted,Andrei Lankov,North Korea,reassurance,1"), r.out());
        // Emanuel's pariahs: "dependent on Iran \u2013 two isolated countries, two countries that are seen as pariahs"
        assertTrue(lines.contains("quoted,Rahm Emanuel,Iran,alarm,1"), r.out());
        assertTrue(lines.contains("quoted,Rahm Emanuel,North Korea,alarm,0"), r.out());
    }

    @Test
    void anUnknownViewIsAUsageError() {
        FramingCommandsTest.usageError("--by", "frames", "seeds", "--by", "speaker");
        FramingCommandsTest.usageError("--by takes 'doc' or 'speaker' (got 'voice')", "actors", "seeds", "--by", "voice");
    }
}

package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.cli.FramingCommandsTest.Run;
import dev.framelens.table.TableWriter;
import org.junit.jupiter.api.Test;

/** The voice views of the framing commands: {@code frames --by voice}. */
class VoiceCommandsTest {
    @Test
    void framesByVoicePrintsTheFacadeTable() {
        Run r = FramingCommandsTest.run("frames", "seeds", "--by", "voice", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(TableWriter.toString(FramingCommandsTest.SEEDS.frameScoresByVoice(), TableWriter.Format.CSV), r.out());
        assertTrue(r.out().startsWith("doc,outlet,published,headline,stance,voice,tokens,threat_per_1k,"), r.out());
        // 000's quoted part: 160 tokens, Emanuel's "pariahs" and Sullivan's "open question"
        // index ln(1.5 / 1.5) = 0; the percentile interval is ±ln 7 = ±ln(3.5 / 0.5), symmetric as the two sides are
        assertEquals("000_d54235d511f720fa,CNN,2024-06-08,US scorns Putin's possible turn toward North Korea,alarmed,"
                + "quoted,160,0.0,0.0,0.0,0.0,6.25,0.0,0.0,6.25,0.0,6.25,6.25,0.0,-1.9459101490553135,1.9459101490553132",
                r.out().lines().toList().get(2));
    }

    @Test
    void anUnknownViewIsAUsageError() {
        FramingCommandsTest.usageError("--by", "frames", "seeds", "--by", "speaker");
    }
}

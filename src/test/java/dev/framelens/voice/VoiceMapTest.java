package dev.framelens.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.framelens.corpus.Document;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Offsets to voices and speakers. */
class VoiceMapTest {
    // 0         1         2         3         4         5         6         7         8
    // 012345678901234567890123456789012345678901234567890123456789012345678901234567890
    // Talks stalled. "We are worried," Ann Lee said. Lee said that the risk was growing.
    static final String TEXT = "Talks stalled. \"We are worried,\" Ann Lee said. Lee said that the risk was growing.";

    @Test
    void offsetsInsideQuotationsAreQuoted() {
        VoiceMap v = VoiceMap.of(new Document("d", "", TEXT, Map.of()));
        assertEquals(2, v.quotations().size());
        assertEquals(Voice.AUTHOR, v.voiceAt(0));
        assertEquals(Voice.AUTHOR, v.voiceAt(15)); // the opening mark
        assertEquals(Voice.QUOTED, v.voiceAt(16)); // "We"
        assertEquals(Voice.QUOTED, v.voiceAt(30)); // the comma inside the marks
        assertEquals(Voice.AUTHOR, v.voiceAt(31)); // the closing mark
        assertEquals("Ann Lee", v.speakerAt(16));
        assertEquals("", v.speakerAt(40));
        assertEquals(Voice.QUOTED, v.voiceAt(61)); // "the risk was growing": indirect
        assertEquals("Ann Lee", v.speakerAt(61));
        assertEquals(Voice.AUTHOR, v.voiceAt(TEXT.length() - 1)); // the final period
        assertEquals("author", Voice.AUTHOR.label());
        assertEquals("quoted", Voice.QUOTED.label());
    }

    @Test
    void indirectSpeechCanCountAsTheAuthors() {
        List<Quotation> q = QuoteFinder.find(TEXT);
        VoiceMap v = VoiceMap.of(q, EnumSet.of(Quotation.Kind.DIRECT, Quotation.Kind.PARTIAL));
        assertEquals(1, v.quotations().size());
        assertEquals(Voice.QUOTED, v.voiceAt(16));
        assertEquals(Voice.AUTHOR, v.voiceAt(61));
        assertNull(v.quotationAt(61));
    }

    @Test
    void theInnermostOfOverlappingQuotationsWins() {
        Quotation outer = new Quotation(0, 10, "0123456789", "A", -1, -1, "said", Quotation.Kind.INDIRECT);
        Quotation inner = new Quotation(4, 6, "45", "B", -1, -1, "", Quotation.Kind.PARTIAL);
        VoiceMap v = VoiceMap.of(List.of(inner, outer));
        assertSame(outer, v.quotationAt(3));
        assertSame(inner, v.quotationAt(4));
        assertSame(inner, v.quotationAt(5));
        assertSame(outer, v.quotationAt(6));
        assertNull(v.quotationAt(10));
        assertNull(VoiceMap.of(List.of()).quotationAt(0));
    }
}

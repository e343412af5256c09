package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers × frames on hand-made texts; the counts are written out next to each value. */
class SpeakerFramesTest {
    /*
     * d1: "Putin is a threat," Lee said. Kim called it overblown.
     *     tokens putin(0) is(1) a(2) threat(3) | lee(4) said(5) kim(6) called(7) it(8) overblown(9)
     *     quotation 1 (direct, Lee): putin is a threat — 4 tokens; threat is Lee's (alarm)
     *     overblown is the author's (reassurance): near putin (gap 9) and kim (gap 3)
     * d2: Lee said that Iran is a threat. "It is overblown," Kim said.
     *     tokens lee(0) said(1) that(2) iran(3) is(4) a(5) threat(6) | it(7) is(8) overblown(9) kim(10) said(11)
     *     quotation 2 (indirect, Lee): iran is a threat — 4 tokens; threat is Lee's: near iran (3) and kim (4)
     *     quotation 3 (direct, Kim): it is overblown — 3 tokens; overblown is Kim's: near iran (6) and kim (1)
     */
    static FrameAnalysis run() {
        return ActorFramesTest.run("\"Putin is a threat,\" Lee said. Kim called it overblown.",
                "Lee said that Iran is a threat. \"It is overblown,\" Kim said.");
    }

    @Test
    void speakersAndTheirFrameBalance() {
        List<String> rows = new ArrayList<>();
        for (SpeakerFrames.Speaker s : SpeakerFrames.speakers(run())) {
            rows.add(s.speaker() + " " + s.quotations() + " " + s.documents() + " " + s.tokens() + " " + s.alarmHits() + " "
                    + s.reassuranceHits() + " " + s.per1k(s.alarm()) + " " + s.per1k(s.reassurance()) + " " + s.alarmIndex());
        }
        assertEquals(List.of(
                // Lee: 2 quotations in 2 documents, 8 tokens, A = 2: 1000 · 2 / 8 = 250, ln(2.5 / 0.5) = ln 5
                "Lee 2 2 8 2 0 250.0 0.0 " + Math.log(5),
                // Kim: 1 quotation, 3 tokens, R = 1: 1000 / 3, ln(0.5 / 1.5) = −ln 3
                "Kim 1 1 3 0 1 0.0 " + 1000.0 / 3 + " " + Math.log(0.5 / 1.5)), rows);
    }

    @Test
    void whoSaysWhatAboutWhom() {
        List<String> rows = new ArrayList<>();
        for (SpeakerFrames.Row r : SpeakerFrames.byActor(run(), ActorFrames.DEFAULT_WINDOW)) {
            rows.add(r.voice().label() + " " + r.speaker() + " " + r.actor() + " " + r.side().label() + " " + r.hits());
        }
        assertEquals(List.of(
                "author  Putin alarm 0", "author  Putin reassurance 1", "author  Kim alarm 0", "author  Kim reassurance 1",
                "author  Iran alarm 0", "author  Iran reassurance 0",
                "quoted Lee Putin alarm 1", "quoted Lee Putin reassurance 0", "quoted Lee Kim alarm 2",
                "quoted Lee Kim reassurance 0", "quoted Lee Iran alarm 1", "quoted Lee Iran reassurance 0",
                "quoted Kim Putin alarm 0", "quoted Kim Putin reassurance 0", "quoted Kim Kim alarm 0",
                "quoted Kim Kim reassurance 1", "quoted Kim Iran alarm 0", "quoted Kim Iran reassurance 1"), rows);
        // window 2: only Kim's overblown next to kim (gap 1) is near; Lee, with no hit near an actor, has no rows
        List<String> near2 = new ArrayList<>();
        SpeakerFrames.byActor(run(), 2).forEach(r -> near2.add(r.speaker() + " " + r.hits()));
        assertEquals(List.of(" 0", " 0", " 0", " 0", " 0", " 0", "Kim 0", "Kim 0", "Kim 0", "Kim 1", "Kim 0", "Kim 0"), near2);
    }

    @Test
    void misuseIsExplained() {
        FrameAnalysis noActors = FrameAnalysis.run(List.of(), dev.framelens.text.Analyzer.standard(), ActorFramesTest.LEXICON,
                null);
        assertEquals("this frame analysis was run without actors; run it with an Actors list",
                assertThrows(IllegalArgumentException.class, () -> SpeakerFrames.byActor(noActors, 10)).getMessage());
        assertEquals("window (-1) must be ≥ 0 tokens (default 10)",
                assertThrows(IllegalArgumentException.class, () -> SpeakerFrames.byActor(run(), -1)).getMessage());
    }
}

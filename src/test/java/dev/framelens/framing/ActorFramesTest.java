package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framelens.corpus.Document;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorFramesTest {
    static final Lexicon LEXICON = FrameScorerTest.lexicon(
            "threat\talarm\tthreat*",
            "downplaying\treassurance\toverblown");
    static final Actors ACTORS = Actors.parse("a.tsv", List.of("actor\tterm", "Putin\tputin", "Kim\tkim",
            "Kim\tkim jong un", "Iran\tiran"));

    static FrameAnalysis run(String... texts) {
        List<Document> docs = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            docs.add(new Document("d" + (k + 1), "", texts[k], Map.of()));
        }
        return FrameAnalysis.run(docs, Analyzer.standard(), LEXICON, ACTORS);
    }

    /** "doc actor mentions category side hits" per row. */
    static List<String> rows(List<ActorFrames.Row> rows) {
        List<String> out = new ArrayList<>();
        for (ActorFrames.Row r : rows) {
            out.add((r.doc().isEmpty() ? "" : r.doc() + " ") + r.actor() + " " + r.mentions() + " " + r.category() + " "
                    + r.side() + " " + r.hits());
        }
        return out;
    }

    @Test
    void hitsWithinTheWindowCountOncePerActorAndEveryCategoryIsListed() {
        /*
         * tokens: putin(0) called(1) kim(2) a(3) threat(4) and(5) putin(6) agreed(7) . a(8) b(9) c(10) d(11)
         *         overblown(12)
         * window 2: threat(4) is 2 from kim(2) → Kim; 2 from putin(6) → Putin once (putin(0) is 4 away).
         * overblown(12) is 6 from putin(6): not near with window 2, near with window 6.
         */
        FrameAnalysis a = run("Putin called Kim a threat and Putin agreed. A b c d overblown.");
        assertEquals(List.of(
                "d1 Putin 2 threat alarm 1", "d1 Putin 2 downplaying reassurance 0", "d1 Putin 2 negated_alarm reassurance 0",
                "d1 Kim 1 threat alarm 1", "d1 Kim 1 downplaying reassurance 0", "d1 Kim 1 negated_alarm reassurance 0"),
                rows(ActorFrames.byDocument(a, 2)));
        assertEquals(List.of(
                "d1 Putin 2 threat alarm 1", "d1 Putin 2 downplaying reassurance 1", "d1 Putin 2 negated_alarm reassurance 0",
                "d1 Kim 1 threat alarm 1", "d1 Kim 1 downplaying reassurance 0", "d1 Kim 1 negated_alarm reassurance 0"),
                rows(ActorFrames.byDocument(a, 6)));
        // window 1: threat(4) is 2 tokens from each mention
        assertEquals(List.of(0, 0, 0, 0, 0, 0), ActorFrames.byDocument(a, 1).stream().map(ActorFrames.Row::hits).toList());
    }

    @Test
    void negatedHitsCountAsNegatedAlarmAndOverallSums() {
        // d1: kim(0) is(1) not(2) a(3) threat(4): negated, 4 from kim; d2: iran(0) threat(1); kim(2)
        FrameAnalysis a = run("Kim is not a threat.", "Iran: threat. Kim Jong-un.");
        assertEquals(List.of(
                "d1 Kim 1 threat alarm 0", "d1 Kim 1 downplaying reassurance 0", "d1 Kim 1 negated_alarm reassurance 1",
                "d2 Kim 1 threat alarm 1", "d2 Kim 1 downplaying reassurance 0", "d2 Kim 1 negated_alarm reassurance 0",
                "d2 Iran 1 threat alarm 1", "d2 Iran 1 downplaying reassurance 0", "d2 Iran 1 negated_alarm reassurance 0"),
                rows(ActorFrames.byDocument(a, 10)));
        assertEquals(List.of(
                "Kim 2 threat alarm 1", "Kim 2 downplaying reassurance 0", "Kim 2 negated_alarm reassurance 1",
                "Iran 1 threat alarm 1", "Iran 1 downplaying reassurance 0", "Iran 1 negated_alarm reassurance 0"),
                rows(ActorFrames.overall(a, 10)));
    }

    @Test
    void misuseFailsWithAMessage() {
        assertEquals("window (-1) must be ≥ 0 tokens (default 10)",
                assertThrows(IllegalArgumentException.class, () -> ActorFrames.byDocument(run("Kim"), -1)).getMessage());
        FrameAnalysis noActors = FrameAnalysis.run(List.of(), Analyzer.standard(), LEXICON, null);
        assertEquals("this frame analysis was run without actors; run it with an Actors list",
                assertThrows(IllegalArgumentException.class, () -> ActorFrames.overall(noActors, 10)).getMessage());
    }
}

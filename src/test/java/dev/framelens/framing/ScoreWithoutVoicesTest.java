package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framelens.Framelens;
import dev.framelens.corpus.Document;
import dev.framelens.text.Analyzer;
import dev.framelens.voice.Voice;
import org.junit.jupiter.api.Test;

/** Scoring without the quote rules gives every document the same scores and hits, all in the author's voice. */
class ScoreWithoutVoicesTest {
    @Test
    void theScoresAreThoseOfTheScoringWithVoices() {
        Framelens seeds = Framelens.load("seeds");
        FrameOptions options = seeds.frameOptions();
        FrameScorer scorer = new FrameScorer(Analyzer.standard(), seeds.frameLexicon());
        int quoted = 0;
        for (Document d : seeds.corpus()) {
            DocumentFrames with = scorer.score(d);
            DocumentFrames without = scorer.scoreWithoutVoices(d);
            assertEquals(FrameScore.of(with, options), FrameScore.of(without, options), d.id());
            assertEquals(with.hits().size(), without.hits().size(), d.id());
            for (int k = 0; k < with.hits().size(); k++) {
                FrameHit a = with.hits().get(k);
                FrameHit b = without.hits().get(k);
                assertEquals(a.start() + " " + a.end() + " " + a.entry() + " " + a.rule() + " " + a.side(),
                        b.start() + " " + b.end() + " " + b.entry() + " " + b.rule() + " " + b.side());
                assertEquals(Voice.AUTHOR, b.voice());
                quoted += a.voice() == Voice.QUOTED ? 1 : 0;
            }
        }
        assertEquals(true, quoted > 10, "the seeds have quoted hits, so the two scorings differ in voice: " + quoted);
    }
}

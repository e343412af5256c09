package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framelens.corpus.Document;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    static final Lexicon LEXICON = FrameScoreTest.LEXICON;

    /*
     * s1 "The threat is grave."                                   alarm: threat, grave            (2)
     * s2 "A threat?”"                                             alarm: threat                   (1)
     * s3 "Calm down."                                             –
     * s4 "It is not a disaster, and the threat is overblown."     alarm: threat (1; 'not' is in reach but in
     *                                                             the clause before the comma); reassurance:
     *                                                             disaster (negated by not), overblown (2)
     * s5 "Overblown!"                                             reassurance: overblown          (1)
     */
    static final String TEXT = "The threat is grave. A threat?” Calm down. It is not a disaster, and the threat is "
            + "overblown. Overblown!";
    static final Document DOC = new Document("d", "", TEXT, Map.of());
    static final DocumentFrames FRAMES = new FrameScorer(Analyzer.standard(), LEXICON).score(DOC);

    static List<String> summary(List<EvidenceSentence> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.side() + " " + r.sentence() + " " + r.hits()));
        return out;
    }

    @Test
    void sentencesRankedByHitsTiesBySentenceSideBySide() {
        List<EvidenceSentence> rows = Evidence.sentences(DOC, FRAMES, null, 0);
        assertEquals(List.of("alarm 1 2", "alarm 2 1", "alarm 4 1", "reassurance 4 2", "reassurance 5 1"), summary(rows));
    }

    @Test
    void sideFilterAndTopPerSide() {
        assertEquals(List.of("reassurance 4 2", "reassurance 5 1"), summary(Evidence.sentences(DOC, FRAMES, Side.REASSURANCE, 0)));
        assertEquals(List.of("alarm 1 2", "reassurance 4 2"), summary(Evidence.sentences(DOC, FRAMES, null, 1)));
        assertEquals(List.of("alarm 1 2", "alarm 2 1"), summary(Evidence.sentences(DOC, FRAMES, Side.ALARM, 2)));
    }

    @Test
    void sentenceTextAndOffsetsAsWrittenWithClosingPunctuation() {
        List<EvidenceSentence> rows = Evidence.sentences(DOC, FRAMES, null, 0);
        List<String> texts = new ArrayList<>();
        for (EvidenceSentence r : rows) {
            assertEquals(TEXT.substring(r.start(), r.end()), r.text());
            texts.add(r.text());
        }
        assertEquals(List.of("The threat is grave.", "A threat?”", "It is not a disaster, and the threat is overblown.",
                "It is not a disaster, and the threat is overblown.", "Overblown!"), texts);
        assertEquals(0, rows.get(0).start());
        assertEquals(20, rows.get(0).end());
    }

    @Test
    void aSentenceEndingInAPossessiveKeepsIt() {
        // the tokenizer ends the token 'putin' before ’s; the evidence sentence still ends with "Putin’s."
        String text = "The threat is Putin’s. Calm.";
        Document d = new Document("p", "", text, Map.of());
        List<EvidenceSentence> rows = Evidence.sentences(d, new FrameScorer(Analyzer.standard(), LEXICON).score(d), null, 0);
        assertEquals("The threat is Putin’s.", rows.get(0).text());
        assertEquals(22, rows.get(0).end());
    }

    @Test
    void entriesNameTheCategoryAndTheNegator() {
        List<EvidenceSentence> rows = Evidence.sentences(DOC, FRAMES, null, 0);
        assertEquals("threat* (threat); grave (threat)", rows.get(0).entries());
        assertEquals("threat* (threat, not negated: clause_boundary after not)", rows.get(2).entries());
        assertEquals("disaster (catastrophe, negated by not); overblown (downplaying)", rows.get(3).entries());
    }

    @Test
    void everyHitLiesInsideItsEvidenceSentence() {
        for (EvidenceSentence r : Evidence.sentences(DOC, FRAMES, null, 0)) {
            int inside = 0;
            for (FrameHit h : FRAMES.hits()) {
                if (h.sentence() == r.sentence() && h.side() == r.side()) {
                    assertEquals(true, r.start() <= h.start() && h.end() <= r.end());
                    inside++;
                }
            }
            assertEquals(r.hits(), inside);
        }
    }

    @Test
    void misuseFailsWithAMessage() {
        assertEquals("top (-1) must be ≥ 0 (0 lists every sentence)",
                assertThrows(IllegalArgumentException.class, () -> Evidence.sentences(DOC, FRAMES, null, -1)).getMessage());
        Document other = new Document("e", "", TEXT, Map.of());
        assertEquals("the hits are of document 'd', not 'e'",
                assertThrows(IllegalArgumentException.class, () -> Evidence.sentences(other, FRAMES, null, 0)).getMessage());
    }
}

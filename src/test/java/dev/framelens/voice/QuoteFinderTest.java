package dev.framelens.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quotation rules one pattern at a time, on invented news sentences: each test gives the exact
 * quotations (kind, text, speaker, cue) and, where it matters, their offsets.
 */
class QuoteFinderTest {

    /** {@code kind|text|speaker|cue} per quotation, in text order. */
    static List<String> quotes(String text) {
        List<String> out = new ArrayList<>();
        for (Quotation q : QuoteFinder.find(text)) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
            if (q.speakerStart() >= 0) {
                // the mention is in the text
                text.substring(q.speakerStart(), q.speakerEnd());
            }
            out.add(q.kind().label() + "|" + q.text() + "|" + q.speaker() + "|" + q.cue());
        }
        return out;
    }

    @Test
    void straightQuotesWithTheCueAfter() {
        String t = "\"We will not back down,\" the minister said.";
        List<Quotation> q = QuoteFinder.find(t);
        assertEquals(1, q.size());
        assertEquals(1, q.get(0).start());
        assertEquals(23, q.get(0).end());
        assertEquals("We will not back down,", q.get(0).text());
        assertEquals("the minister", q.get(0).speaker());
        assertEquals(25, q.get(0).speakerStart());
        assertEquals(37, q.get(0).speakerEnd());
        assertEquals("said", q.get(0).cue());
        assertEquals(Quotation.Kind.DIRECT, q.get(0).kind());
    }

    @Test
    void curlyAndGuillemetsAndSingleQuotes() {
        assertEquals(List.of("direct|We will stay.|The minister|said"),
                quotes("The minister said: «We will stay.»"));
        assertEquals(List.of("direct|We are ready,|the general|told"),
                quotes("“We are ready,” the general told reporters."));
        assertEquals(List.of("direct|We don’t know what comes next,|Ann Lee|said"),
                quotes("‘We don’t know what comes next,’ said Ann Lee."));
    }

    @Test
    void appositiveAndInvertedCues() {
        assertEquals(List.of("direct|Prices will rise,|Jane Doe|said"),
                quotes("\"Prices will rise,\" Jane Doe, an economist at the bank, said on Tuesday."));
        assertEquals(List.of("direct|It is over,|Maria Lopez|said"),
                quotes("\"It is over,\" said Maria Lopez, a spokeswoman for the ministry."));
    }

    @Test
    void aQuotationOverTwoParagraphsIsOne() {
        String t = "\"The first part of the statement comes here.\n\"And the second part ends it,\" Smith said.";
        assertEquals(List.of("direct|The first part of the statement comes here.\n\"And the second part ends it,|Smith|said"),
                quotes(t));
        // a paragraph that opens a quotation without closing it and is not continued ends it there
        assertEquals(List.of("direct|We are leaving now and not coming back|Tom Hart|said"),
                quotes("Tom Hart said: “We are leaving now and not coming back\nThe road was closed."));
    }

    @Test
    void indirectSpeech() {
        assertEquals(List.of("indirect|the suspect fled on foot|the police|According to"),
                quotes("According to the police, the suspect fled on foot."));
        assertEquals(List.of("indirect|the bridge would reopen next week|The mayor|said"),
                quotes("The mayor said on Monday that the bridge would reopen next week."));
        assertEquals(List.of("indirect|he was confident|Smith|told"),
                quotes("Smith told reporters he was confident."));
        assertEquals(List.of("indirect|The economy will grow this year|officials|said"),
                quotes("The economy will grow this year, officials said."));
        assertEquals(List.of("indirect|the talks had stalled over the border||reported"),
                quotes("It was reported that the talks had stalled over the border."));
        assertEquals(List.of("indirect|Kyiv to hold the line at any cost|The envoy|urged"),
                quotes("The envoy urged Kyiv to hold the line at any cost."));
    }

    @Test
    void namesInTheirFullestFormAndPronouns() {
        String t = "Senator Ann Carter spoke first. \"We need answers,\" Carter said. She added that the hearing "
                + "would continue into the night.";
        assertEquals(List.of("direct|We need answers,|Ann Carter|said",
                "indirect|the hearing would continue into the night|Ann Carter|added"), quotes(t));
        // "he" after a woman is not resolved to her
        String u = "\"We need answers,\" said Mrs. Carter. He said that the hearing would go on for days.";
        assertEquals(List.of("direct|We need answers,|Carter|said",
                "indirect|the hearing would go on for days||said"), quotes(u));
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotations() {
        assertEquals(List.of(), quotes("The so-called \"peace dividend\" never came."));
        assertEquals(List.of(), quotes("She wrote the book “Cold Peace” in 2010."));
    }

    @Test
    void partialQuotations() {
        assertEquals(List.of("partial|a reckless gamble|The minister|called"),
                quotes("The minister called the plan \"a reckless gamble\" on Friday."));
        assertEquals(List.of("partial|deeply concerned|the ministry|said"),
                quotes("The ministry was “deeply concerned” about the vote, the ministry said."));
    }

    @Test
    void theAuthorsOwnVoiceIsNoQuotation() {
        assertEquals(List.of(), quotes("I believe that the plan will fail. We think that it cannot work."));
        assertEquals(List.of(), quotes("Prices vary according to season and region."));
    }

    @Test
    void aSplitQuotationIsTwoRows() {
        assertEquals(List.of("direct|The plan,|Ann Lee|said", "direct|has failed.|Ann Lee|said"),
                quotes("\"The plan,\" said Ann Lee, \"has failed.\""));
    }

    @Test
    void moreNewsPatterns() {
        assertEquals(List.of("direct|We have no choice,|Jane Roe|said"),
                quotes("Prime Minister Jane Roe spoke on Monday. “We have no choice,” she said."));
        assertEquals(List.of("indirect|it would appeal the ruling|The company|said"),
                quotes("The company said in a statement that it would appeal the ruling."));
        assertEquals(List.of("direct|He told me ‘never again’ and meant it,|Kate Moss|said"),
                quotes("“He told me ‘never again’ and meant it,” said Kate Moss."));
        assertEquals(List.of("direct|I'm not going anywhere,|Johnson|told"),
                quotes("\"I'm not going anywhere,\" Johnson told the BBC on Sunday."));
        assertEquals(List.of("direct|Why now?|Green|asked"), quotes("“Why now?” asked Ms. Green."));
    }

    @Test
    void clausesEndWhereTheNextAttributionStarts() {
        assertEquals(List.of("indirect|the deal is close|Officials|say", "indirect|it is not|the opposition|says"),
                quotes("Officials say the deal is close, but the opposition says it is not."));
        assertEquals(List.of("direct|This is a disaster,|one diplomat|said"),
                quotes("\"This is a disaster,\" said one diplomat, who asked not to be named."));
        assertEquals(List.of(), quotes("Asked whether he would resign, Mr. Brown said no."));
    }

    @Test
    void aSpecificDescriptionNeedsAMatchingEarlierSpeaker() {
        String t = "\"No comment,\" said Mr. Brown.\nThe minister told parliament: \"The situation is under control.\"";
        assertEquals(List.of("direct|No comment,|Brown|said", "direct|The situation is under control.|The minister|told"),
                quotes(t));
        String u = "\"We are ready,\" said Defence Minister Ana Ruiz.\nThe minister told parliament: \"The situation is calm.\"";
        assertEquals(List.of("direct|We are ready,|Ana Ruiz|said", "direct|The situation is calm.|Ana Ruiz|told"),
                quotes(u));
    }
}

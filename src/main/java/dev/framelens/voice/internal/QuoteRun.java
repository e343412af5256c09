package dev.framelens.voice.internal;

import dev.framelens.voice.Quotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pass of the quotation rules over a text, in their order: quoted spans ({@link QuotedSpans}),
 * then indirect speech with the cues the spans left ({@link ReportedSpeech}), then the speakers of
 * all of them in cue order ({@link Speakers}). {@code QuoteFinder} is its public face.
 */
public final class QuoteRun {
    private QuoteRun() {
    }

    /** The quotations of {@code text}, in text order (by start offset). */
    public static List<Quotation> find(String text) {
        QuoteText reading = new QuoteText(text);
        QuotedSpans quoted = new QuotedSpans(reading);
        ReportedSpeech reported = new ReportedSpeech(reading);
        Speakers speakers = new Speakers(reading);
        List<Candidate> marked = new ArrayList<>();
        for (int k = 0; k < reading.spans.size(); k++) {
            Candidate c = quoted.quoted(k, marked);
            if (c != null) {
                marked.add(c);
            }
        }
        List<Candidate> indirect = new ArrayList<>();
        for (int i = 0; i < reading.u.size(); i++) {
            if (reading.cueAt[i] != null && !reading.used[i]) {
                Candidate c = reported.indirect(reading.cueAt[i]);
                if (c != null) {
                    indirect.add(c);
                }
            }
            Candidate p = reported.possessive(i);
            if (p != null) {
                indirect.add(p);
            }
        }
        List<Candidate> all = new ArrayList<>(marked);
        all.addAll(reported.keepIndirect(indirect, marked));
        all.sort(Comparator.comparingInt((Candidate c) -> c.anchor).thenComparingInt(c -> c.first));
        for (Candidate c : all) {
            speakers.resolve(c);
        }
        all.sort(Comparator.comparingInt((Candidate c) -> c.first));
        List<Quotation> out = new ArrayList<>();
        for (Candidate c : all) {
            int start = reading.u.start(c.first);
            int end = reading.u.end(c.last);
            out.add(new Quotation(start, end, reading.u.text().substring(start, end), c.speaker, c.speakerStart,
                    c.speakerEnd, c.cueText, c.kind));
        }
        return out;
    }
}

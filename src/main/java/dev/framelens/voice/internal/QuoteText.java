package dev.framelens.voice.internal;

import dev.framelens.voice.internal.Cues.Cue;
import dev.framelens.voice.internal.Phrases.Np;
import java.util.Arrays;
import java.util.List;

/**
 * One text read for quotations: its units, names, paired quotation marks, the cue at each unit
 * and which cues a quotation has used. The rules that read it ({@link QuotedSpans},
 * {@link ReportedSpeech}, {@link Speakers}) share one reading: each is built on the same
 * instance and sees the others' marks on {@link #used}.
 */
class QuoteText {
    final Units u;
    final Names names;
    final List<Marks.Span> spans;
    final int[] spanOf;
    final Cue[] cueAt;
    final Cue[] cueEndingAt;
    final boolean[] used;

    QuoteText(String text) {
        u = Units.of(text);
        names = Names.of(u);
        spans = Marks.pair(u);
        spanOf = new int[u.size()];
        Arrays.fill(spanOf, -1);
        for (int k = 0; k < spans.size(); k++) {
            Marks.Span s = spans.get(k);
            int from = s.open() >= 0 ? s.open() : s.first();
            int to = s.close() >= 0 ? s.close() : s.last();
            for (int i = from; i <= to; i++) {
                spanOf[i] = k;
            }
        }
        cueAt = new Cue[u.size()];
        cueEndingAt = new Cue[u.size()];
        for (int i = 0; i < u.size(); i++) {
            if (spanOf[i] >= 0) {
                continue;
            }
            Cue c = Cues.at(u, i);
            if (c != null && spanOf[c.last()] < 0 && !authorsOwn(c)) {
                cueAt[i] = c;
                cueEndingAt[c.last()] = c;
            }
        }
        used = new boolean[u.size()];
    }

    /** Another view of the same reading: the arrays are shared, not copied. */
    QuoteText(QuoteText reading) {
        u = reading.u;
        names = reading.names;
        spans = reading.spans;
        spanOf = reading.spanOf;
        cueAt = reading.cueAt;
        cueEndingAt = reading.cueEndingAt;
        used = reading.used;
    }

    /**
     * A cue of the author's own voice ("I believe", "we can say", "as you know") or an
     * {@code according to} that names no source ("according to nationality").
     */
    private boolean authorsOwn(Cue c) {
        if (c.type() == Cues.Type.ACCORDING) {
            Np np = Phrases.forward(u, c.last() + 1);
            return np == null || !Phrases.namesSource(u, np);
        }
        Np np = Phrases.subject(u, c.first());
        return np != null && np.first() >= 0 && np.first() == np.last() && u.in(np.first(), Phrases.FIRST_PERSON);
    }

    String cueText(Cue cue) {
        return u.span(cue.first(), cue.last());
    }

    int skipTime(int j) {
        int k = j;
        while (u.isWord(k) && (Phrases.TIME.contains(u.lower(k)) || u.is(k, "on") && u.in(k + 1, Phrases.TIME))) {
            k++;
        }
        return k;
    }

    boolean demonstrative(Np np) {
        return np.first() == np.last() && u.is(np.first(), "that", "this", "it", "there", "which", "what");
    }

    int wordsIn(int a, int b) {
        int n = 0;
        for (int i = Math.max(a, 0); i <= b && i < u.size(); i++) {
            if (u.isWord(i)) {
                n++;
            }
        }
        return n;
    }

    boolean startsLowerCase(int i) {
        return u.isWord(i) && Character.isLowerCase(u.text().codePointAt(u.start(i)));
    }
}

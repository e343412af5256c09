package dev.framelens.voice.internal;

import dev.framelens.voice.Quotation.Kind;
import dev.framelens.voice.internal.Candidate.Source;
import dev.framelens.voice.internal.Cues.Cue;
import dev.framelens.voice.internal.Phrases.Np;
import java.util.List;

/**
 * Quoted spans and their attribution (rule 2 of {@code QuoteFinder}): a cue right after the
 * closing mark, a cue right before the opening mark, a colon and an earlier cue; a span standing
 * alone continues the previous quotation's speaker; a span inside the author's sentence is partial.
 */
final class QuotedSpans extends QuoteText {
    QuotedSpans(QuoteText reading) {
        super(reading);
    }

    Candidate quoted(int k, List<Candidate> before) {
        Marks.Span sp = spans.get(k);
        int openU = sp.open() >= 0 ? sp.open() : sp.first();
        int closeU = sp.close() >= 0 ? sp.close() : sp.last();
        int lo = u.sentenceFirst(openU);
        if (k > 0) {
            Marks.Span prev = spans.get(k - 1);
            int prevEnd = prev.close() >= 0 ? prev.close() : prev.last();
            lo = Math.max(lo, prevEnd + 1);
        }
        while (lo < openU && u.paragraph(lo) != u.paragraph(openU)) {
            lo++;
        }
        int preEnd = sp.open() >= 0 ? openU - 1 : sp.first() - 1;
        int postStart = closeU + 1;
        int postEnd = -1;
        boolean newSentence = false;
        if (sp.close() >= 0 && postStart < u.size() && u.paragraph(postStart) == u.paragraph(closeU)) {
            postEnd = u.sentenceLast(postStart);
            if (k + 1 < spans.size()) {
                Marks.Span next = spans.get(k + 1);
                postEnd = Math.min(postEnd, (next.open() >= 0 ? next.open() : next.first()) - 1);
            }
            while (postEnd >= postStart && u.paragraph(postEnd) != u.paragraph(postStart)) {
                postEnd--;
            }
            newSentence = u.sentence(postStart) != u.sentence(closeU);
        }
        Candidate c = new Candidate();
        c.first = sp.first();
        c.last = sp.last();
        c.marked = true;
        c.anchor = sp.first();
        if (attributeAfter(c, postStart, postEnd, newSentence)) {
            c.kind = wordsIn(lo, preEnd) > 0 && startsLowerCase(sp.first()) ? Kind.PARTIAL : Kind.DIRECT;
            return c;
        }
        if (wordsIn(lo, preEnd) > 0 && title(sp)) {
            return null;
        }
        if (attributeBefore(c, lo, preEnd)) {
            c.kind = Kind.DIRECT;
            if (c.cue.type() == Cues.Type.ACCORDING && startsLowerCase(sp.first()) && wordsIn(lo, c.cue.first() - 1) > 0) {
                c.kind = Kind.PARTIAL;
            }
            return c;
        }
        boolean standsAlone = wordsIn(lo, preEnd) == 0 && (postEnd < postStart || newSentence || wordsIn(postStart, postEnd) == 0);
        if (standsAlone) {
            c.kind = Kind.DIRECT;
            Candidate prev = before.isEmpty() ? null : before.get(before.size() - 1);
            int para = u.paragraph(sp.first());
            boolean opensParagraph = openU == 0 || u.paragraph(openU - 1) != u.paragraph(openU);
            if (prev != null && prev.source != Source.NONE && (u.paragraph(prev.first) == para
                    || opensParagraph && u.paragraph(prev.last) == para - 1)) {
                c.source = Source.CONTINUATION;
                c.previous = prev;
                return c;
            }
            return wordsIn(sp.first(), sp.last()) >= 4 ? c : null;
        }
        Cue cue = title(sp) ? null : sentenceCue(openU, closeU);
        if (cue == null) {
            return null; // a scare quote, a title, a term
        }
        c.kind = Kind.PARTIAL;
        attach(c, cue, true);
        return c;
    }

    /**
     * A title, not a quotation: at most six words, every word of four letters or more
     * capitalised ("the book “Cold Peace”", "the work “On the Trail of Kim Jong Un.”").
     */
    private boolean title(Marks.Span sp) {
        int words = 0;
        for (int i = sp.first(); i <= sp.last(); i++) {
            if (!u.isWord(i)) {
                continue;
            }
            words++;
            if (u.word(i).length() >= 4 && !u.capitalized(i) || words > 6) {
                return false;
            }
        }
        return words > 0 && u.capitalized(sp.first());
    }

    /** {@code “…,” X said} / {@code “…,” said X} right after the closing mark. */
    private boolean attributeAfter(Candidate c, int lo, int hi, boolean newSentence) {
        if (hi < lo) {
            return false;
        }
        int j = lo;
        if (u.isPunct(j, ',')) {
            j++;
        }
        if (j > hi || newSentence && wordsIn(lo, hi) > 10) {
            return false;
        }
        Cue first = cueAt[j];
        if (first != null && first.type() != Cues.Type.NAME && first.form() != Cues.Form.PARTICIPLE) {
            Np np = Phrases.forward(u, skipTime(first.last() + 1));
            return np != null && np.first() <= hi && attributed(c, first, np);
        }
        for (int m = j + 1; m <= Math.min(hi, j + 14); m++) {
            if (!u.isWord(m) && !u.isPunct(m, ',')) {
                return false;
            }
            Cue cue = cueAt[m];
            if (cue != null && cue.type() == Cues.Type.SAY && cue.form() != Cues.Form.PARTICIPLE) {
                Np np = Phrases.subject(u, m);
                return np != null && np.first() == j && !demonstrative(np) && attributed(c, cue, np);
            }
        }
        return false;
    }

    /** Attributes {@code c} to the speaker phrase {@code np} by {@code cue}, which it uses up. */
    private boolean attributed(Candidate c, Cue cue, Np np) {
        c.cue = cue;
        c.cueText = cueText(cue);
        c.np = np;
        c.source = Source.PHRASE;
        used[cue.first()] = true;
        c.anchor = cue.first();
        return true;
    }

    /** {@code X told CNN “…”}, {@code X said: “…”}, {@code according to X, “…”} before the opening mark. */
    private boolean attributeBefore(Candidate c, int lo, int hi) {
        if (hi < lo) {
            return false;
        }
        int j = hi;
        boolean colon = false;
        if (u.isPunct(j, ':')) {
            colon = true;
            j--;
        } else if (u.isPunct(j, ',')) {
            j--;
        }
        if (u.is(j, "that")) {
            j--;
        }
        for (int gap = 0; gap <= 6 && j >= lo; gap++, j--) {
            Cue cue = cueEndingAt[j];
            if (cue != null && cue.first() >= lo && cue.type() != Cues.Type.NAME) {
                attach(c, cue, true);
                return c.source != Source.NONE;
            }
            // the object of the cue: words, no clause of its own ("said the plan was “…”" is partial)
            if (!u.isWord(j) || u.is(j, "that") || u.in(j, Phrases.AUX)) {
                break;
            }
        }
        if (colon) {
            // "X called on Y to …: “…”": the cue also governs its own clause, so it stays free for it
            for (int i = lo; i <= hi; i++) {
                Cue cue = cueAt[i];
                if (cue != null && cue.type() != Cues.Type.NAME) {
                    attach(c, cue, false);
                    return c.source != Source.NONE;
                }
            }
        }
        return false;
    }

    /** The nearest cue of the quotation's sentence that no other quotation uses: before it, else after it. */
    private Cue sentenceCue(int openU, int closeU) {
        int s = u.sentence(openU);
        for (int i = openU - 1; i >= 0 && u.sentence(i) == s; i--) {
            if (cueAt[i] != null && !used[i]) {
                return cueAt[i];
            }
        }
        int t = u.sentence(closeU);
        for (int i = closeU + 1; i < u.size() && u.sentence(i) == t; i++) {
            if (cueAt[i] != null && !used[i]) {
                return cueAt[i];
            }
        }
        return null;
    }

    /** Sets the cue and the way to its speaker; marks the cue used when {@code use}. */
    private void attach(Candidate c, Cue cue, boolean use) {
        c.cue = cue;
        c.cueText = cueText(cue);
        c.anchor = cue.first();
        used[cue.first()] |= use;
        if (cue.type() == Cues.Type.ACCORDING) {
            c.np = Phrases.forward(u, cue.last() + 1);
            c.source = c.np == null ? Source.NONE : Source.PHRASE;
        } else if (cue.form() == Cues.Form.PARTICIPLE) {
            c.source = Source.PARTICIPLE;
        } else {
            c.np = Phrases.subject(u, cue.first());
            if (c.np == null && cue.form() != Cues.Form.BASE) {
                c.np = Phrases.forward(u, skipTime(cue.last() + 1)); // "“…,” said X, “…”"
            }
            c.source = c.np == null ? Source.NONE : Source.PHRASE;
        }
    }
}

package dev.framelens.voice.internal;

import dev.framelens.voice.Quotation.Kind;
import dev.framelens.voice.internal.Candidate.Source;
import dev.framelens.voice.internal.Cues.Cue;
import dev.framelens.voice.internal.Phrases.Np;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Indirect speech (rule 3 of {@code QuoteFinder}): a cue no quoted span uses and the reported
 * clause it governs, the possessive {@code X’s claim that CLAUSE}, and which indirect clauses are
 * kept (none that overlaps a quoted span; of overlapping ones, the shorter).
 */
final class ReportedSpeech extends QuoteText {
    ReportedSpeech(QuoteText reading) {
        super(reading);
    }

/** Words that may open what follows a clause-final cue: "…, the paper wrote in an editorial." */
private static final Set<String> TAIL_STARTS = Set.of(
        "in", "on", "at", "to", "during", "after", "before", "from", "via", "with", "by", "for", "last", "this",
        "late", "early", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "separately", "recently");

    Candidate indirect(Cue cue) {
        int sf = u.sentenceFirst(cue.first());
        int sl = u.sentenceLast(cue.first());
        Candidate c = new Candidate();
        c.kind = Kind.INDIRECT;
        c.cue = cue;
        c.cueText = cueText(cue);
        c.anchor = cue.first();
        int[] clause;
        switch (cue.type()) {
            case NAME:
                return null;
            case ACCORDING: {
                Np np = Phrases.forward(u, cue.last() + 1);
                if (np == null) {
                    return null;
                }
                c.np = np;
                c.source = Source.PHRASE;
                int after = skipTime(np.last() + 1);
                if (u.isPunct(after, ',')) {
                    after++;
                }
                int start = clauseStart(sf);
                int[] beforePart = start < cue.first() ? trimmed(start, cue.first() - 1) : null;
                int[] afterPart = after <= sl && wordsIn(after, sl) > 0 ? clauseFrom(after, false) : null;
                clause = longer(beforePart, afterPart);
                break;
            }
            default: {
                clause = cue.form() == Cues.Form.PARTICIPLE ? participleClause(c, cue) : verbClause(c, cue, sf, sl);
                break;
            }
        }
        if (clause == null || wordsIn(clause[0], clause[1]) < 3) {
            return null;
        }
        c.first = clause[0];
        c.last = clause[1];
        return c;
    }

    private int[] participleClause(Candidate c, Cue cue) {
        if (!(u.isPunct(cue.first() - 1, ',') || u.is(cue.first() - 1, "and") || u.isPunct(cue.first() - 1, '\u2014'))) {
            return null;
        }
        c.source = Source.PARTICIPLE;
        return complement(cue, false);
    }

    private int[] verbClause(Candidate c, Cue cue, int sf, int sl) {
        Np np = Phrases.subject(u, cue.first());
        if (np == null) {
            // ", said X, …" (the longer side) or "…, said X."
            if (!u.isPunct(cue.first() - 1, ',') || cue.form() == Cues.Form.BASE) {
                return null;
            }
            Np after = Phrases.forward(u, skipTime(cue.last() + 1));
            if (after == null) {
                return null;
            }
            c.np = after;
            c.source = Source.PHRASE;
            int start = clauseStart(sf);
            int[] beforePart = start < cue.first() - 1 ? trimmed(start, cue.first() - 2) : null;
            int rest = skipTime(after.last() + 1);
            if (u.isPunct(rest, ',') && wordsIn(rest, sl) > 0) {
                return longer(beforePart, clauseFrom(rest + 1, false));
            }
            return wordsIn(rest, sl) == 0 ? beforePart : null;
        }
        c.np = np;
        c.source = Source.PHRASE;
        if (np.passive() && np.first() >= 0 && !u.is(np.first(), "it")) {
            return null; // "the plan was announced": what was announced is no clause
        }
        int[] clause = complement(cue, np.relative());
        if (clause != null) {
            return clause;
        }
        if (np.passive() || np.first() <= sf || !u.isPunct(np.first() - 1, ',')) {
            return null;
        }
        // "CLAUSE, X said." or "A, X said, B"
        int tailEnd = cue.last() + 1;
        int tailWords = 0;
        while (tailEnd <= sl && u.isWord(tailEnd) && !u.is(tailEnd, "that")) {
            tailEnd++;
            tailWords++;
        }
        if (tailWords > 8 || tailWords > 0 && !cue.lemma().equals("tell") && !u.in(cue.last() + 1, TAIL_STARTS)) {
            return null; // "…, Mr. Brown said no."
        }
        int start = clauseStart(sf);
        if (u.lower(start).endsWith("ed") && u.capitalized(start) || u.lower(start).endsWith("ing") && u.capitalized(start)) {
            return null; // "Asked whether he would resign, X said …": a participle phrase, no clause
        }
        int[] beforePart = start <= np.first() - 2 ? trimmed(start, np.first() - 2) : null;
        if (u.isPunct(tailEnd, ',') && wordsIn(tailEnd, sl) > 0 && tailWords == 0) {
            return longer(beforePart, clauseFrom(tailEnd + 1, false));
        }
        if (tailEnd > sl || u.isPunct(tailEnd) && !u.isPunct(tailEnd, ',') || u.isPunct(tailEnd, ',')) {
            return beforePart;
        }
        return null;
    }

    /** What follows a cue verb: {@code (object) that CLAUSE}, {@code OBJECT to …}, {@code to …}, a bare clause. */
    private int[] complement(Cue cue, boolean relative) {
        int j = cue.last() + 1;
        String lemma = cue.lemma();
        if (cue.type() == Cues.Type.URGE || lemma.equals("tell") || lemma.equals("warn")) {
            // an object, then to: "called on Pyongyang to keep", "warned Seoul to" (not "asked not to be named")
            for (int m = j + 1; m <= j + 6 && u.isWord(m) && !u.is(j, "not", "to"); m++) {
                if (u.is(m, "to")) {
                    return clauseFrom(j, relative);
                }
                if (u.is(m, "that", "and", "or", "but") || u.lower(m).endsWith("ing") || u.in(m, Phrases.AUX)) {
                    break;
                }
            }
            if (cue.type() == Cues.Type.URGE) {
                return null;
            }
        }
        if (cue.takesTo() && u.is(j, "to")) {
            return clauseFrom(j, relative);
        }
        for (int m = j; m <= j + 6 && u.isWord(m); m++) {
            if (u.is(m, "that")) {
                return m > j && cueAt[m - 1] == null && u.is(m - 1, "and") ? null : clauseFrom(m + 1, relative);
            }
            if (m > j && cueAt[m] != null) {
                break;
            }
        }
        if (cue.takesBareClause()) {
            int m = skipTime(j);
            if (lemma.equals("tell") && !bareClause(m)) {
                for (int k = 0; k < 3 && u.isWord(m) && !bareClause(m); k++) {
                    m++;
                }
            }
            if (bareClause(m)) {
                return clauseFrom(m, relative);
            }
        }
        return null;
    }

    /** A clause starts here: a subject pronoun, or a phrase and an auxiliary within four words. */
    private boolean bareClause(int m) {
        if (!u.isWord(m) || spanOf[m] >= 0) {
            return false;
        }
        if (u.in(m, Phrases.PRONOUNS) && !u.is(m, "it", "you") || u.is(m, "there")) {
            return u.isWord(m + 1);
        }
        if (u.is(m, "it")) {
            return u.in(m + 1, Phrases.AUX); // "says it is not", not "said it twice"
        }
        if (!(u.capitalized(m) || u.is(m, "the", "a", "an", "its", "his", "her", "their", "no", "any", "some"))) {
            return false;
        }
        for (int k = m + 1; k <= m + 4 && u.isWord(k); k++) {
            if (u.in(k, Phrases.AUX) && !u.is(k, "not", "never", "be", "been", "being")) {
                return true;
            }
            if (cueAt[k] != null) {
                return false;
            }
        }
        return false;
    }

    /** {@code X’s claim that CLAUSE}: a possessive, a statement noun and {@code that}. */
    Candidate possessive(int i) {
        if (spanOf[i] >= 0 || !u.in(i, Cues.NOUNS) || !u.isWord(i - 1) || !u.possessive(i - 1) || !u.is(i + 1, "that")
                || u.sentence(i - 1) != u.sentence(i)) {
            return null;
        }
        Np np = Phrases.subject(u, i);
        if (np == null) {
            return null;
        }
        int[] clause = clauseFrom(i + 2, false);
        if (clause == null || wordsIn(clause[0], clause[1]) < 3) {
            return null;
        }
        Candidate c = new Candidate();
        c.kind = Kind.INDIRECT;
        c.cueText = u.word(i);
        c.np = np;
        c.source = Source.PHRASE;
        c.anchor = i;
        c.first = clause[0];
        c.last = clause[1];
        return c;
    }

    /**
     * The clause from unit {@code m}: to the sentence end, before a quotation, a semicolon or a
     * trailing attribution ({@code , according to …}, {@code , X said}), for a relative clause
     * before the next comma; trailing punctuation and a final appositive ({@code , a …} with no
     * comma after it) cut off.
     */
    private int[] clauseFrom(int m, boolean relative) {
        if (m >= u.size()) {
            return null;
        }
        int sl = u.sentenceLast(m);
        int end = -1;
        for (int i = m; i <= sl; i++) {
            if (spanOf[i] >= 0 || u.isPunct(i, ';')) {
                break;
            }
            if (u.isPunct(i, ',') && (relative || attributionFollows(i + 1)
                    || u.is(i + 1, "but", "while", "and", "whereas") && attributionFollows(i + 2))) {
                break;
            }
            end = i;
        }
        if (end < m) {
            return null;
        }
        int[] t = trimmed(m, end);
        if (t == null) {
            return null;
        }
        for (int i = t[1]; i > t[0]; i--) {
            if (u.isPunct(i, ',')) {
                if (u.is(i + 1, "a", "an") && i - 1 >= t[0]) {
                    return trimmed(t[0], i - 1);
                }
                break;
            }
        }
        return t;
    }

    /** {@code according to …}, {@code said X} or {@code X said} (then a comma or the sentence end) starts at {@code i}. */
    private boolean attributionFollows(int i) {
        if (!u.isWord(i)) {
            return false;
        }
        if (u.is(i, "according") && u.is(i + 1, "to")) {
            return true;
        }
        Cue first = cueAt[i];
        if (first != null && first.type() == Cues.Type.SAY && (first.form() == Cues.Form.PAST
                || first.form() == Cues.Form.PRESENT)) {
            return Phrases.forward(u, first.last() + 1) != null;
        }
        for (int m = i + 1; m <= i + 7 && u.isWord(m); m++) {
            Cue cue = cueAt[m];
            if (cue != null && cue.type() == Cues.Type.SAY && cue.form() != Cues.Form.PARTICIPLE) {
                Np np = Phrases.subject(u, m);
                if (np == null || np.first() != i || np.passive() || demonstrative(np)) {
                    return false;
                }
                int k = cue.last() + 1;
                int words = 0;
                while (u.isWord(k) && u.sentence(k) == u.sentence(i) && !u.is(k, "that") && words <= 8) {
                    k++;
                    words++;
                }
                return words <= 8 && !u.is(k, "that") && (!u.isWord(k) || u.sentence(k) != u.sentence(i));
            }
        }
        return false;
    }

    /** The first unit of a clause that starts the sentence: after a dateline ({@code SEOUL, South Korea —}) and a conjunction. */
    private int clauseStart(int sf) {
        int i = sf;
        if (u.isWord(i) && allCaps(i)) {
            int k = i + 1;
            if (u.isPunct(k, ',')) {
                k++;
                while (u.capitalized(k)) {
                    k++;
                }
            }
            if (u.isPunct(k, '\u2014') || u.isPunct(k, '\u2013') || u.isPunct(k, '-')) {
                i = k + 1;
            }
        }
        if (u.is(i, "but", "and", "yet", "so", "still", "however", "meanwhile") && u.sentence(i + 1) == u.sentence(i)) {
            i++;
            if (u.isPunct(i, ',')) {
                i++;
            }
        }
        return i;
    }

    private boolean allCaps(int i) {
        String w = u.word(i);
        if (w.length() < 3) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [a, b]} without leading and trailing punctuation, or {@code null} when nothing is left. */
    private int[] trimmed(int a, int b) {
        while (a <= b && !u.isWord(a)) {
            a++;
        }
        while (b >= a && !u.isWord(b)) {
            b--;
        }
        return a <= b ? new int[] {a, b} : null;
    }

    private int[] longer(int[] a, int[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int la = u.end(a[1]) - u.start(a[0]);
        int lb = u.end(b[1]) - u.start(b[0]);
        return la >= lb ? a : b;
    }

    /** Indirect clauses that overlap no quoted span; of overlapping ones, the shorter. */
    List<Candidate> keepIndirect(List<Candidate> indirect, List<Candidate> marked) {
        boolean[] taken = new boolean[u.size()];
        for (Candidate m : marked) {
            Marks.Span s = spans.get(spanOf[m.first]);
            int from = s.open() >= 0 ? s.open() : s.first();
            int to = s.close() >= 0 ? s.close() : s.last();
            Arrays.fill(taken, from, to + 1, true);
        }
        List<Candidate> sorted = new ArrayList<>(indirect);
        sorted.sort(Comparator.comparingInt((Candidate c) -> u.end(c.last) - u.start(c.first))
                .thenComparingInt(c -> c.first));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean free = true;
            for (int i = c.first; i <= c.last && free; i++) {
                free = !taken[i];
            }
            if (free) {
                Arrays.fill(taken, c.first, c.last + 1, true);
                kept.add(c);
            }
        }
        return kept;
    }
}

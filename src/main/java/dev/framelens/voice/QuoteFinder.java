package dev.framelens.voice;

import dev.framelens.corpus.Document;
import dev.framelens.voice.Quotation.Kind;
import dev.framelens.voice.internal.Cues;
import dev.framelens.voice.internal.Cues.Cue;
import dev.framelens.voice.internal.Marks;
import dev.framelens.voice.internal.Names;
import dev.framelens.voice.internal.Phrases;
import dev.framelens.voice.internal.Phrases.Np;
import dev.framelens.voice.internal.Units;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotations of a text and their speakers with rules for English news; the rules, what
 * they were learnt from and where they fail are in {@code docs/QUOTES.md}. Stateless and
 * thread-safe.
 *
 * <ol>
 *   <li><b>Quoted spans</b>: quotation marks are paired ({@code " “ ” « » ‘ ’}, paragraphs continued
 *       by a re-opening mark, a missing opening mark after the sentence start); the text between
 *       them is a candidate.</li>
 *   <li><b>Attribution of a quoted span</b>, first rule that applies: a cue right after the closing
 *       mark ({@code “…,” X said}, {@code “…,” said X}, {@code “…,” X, a …, said}); a cue right
 *       before the opening mark, at most six words away ({@code X told CNN “…”},
 *       {@code X said: “…”}, {@code according to X, “…”}, {@code X said that “…”}); a colon before the
 *       opening mark and a cue earlier in the sentence ({@code X called on Y to …: “…”}). These are
 *       {@code direct}. A span that stands as its own sentence without a cue continues the speaker
 *       of the previous quotation in its paragraph (or the previous paragraph, when it opens its
 *       own); a span inside an author's sentence is {@code partial} and takes the nearest cue of
 *       that sentence no other quotation uses; without one it is a scare quote or a title and is
 *       not reported.</li>
 *   <li><b>Indirect speech</b>: a cue that no quoted span uses and the reported clause it governs —
 *       {@code X said (that) CLAUSE}, {@code X called on Y to …}, {@code X claimed to …},
 *       {@code CLAUSE, X said.}, {@code CLAUSE, according to X.}, {@code According to X, CLAUSE},
 *       {@code A, said X, B} (the longer side), {@code X’s claim that CLAUSE}. The clause ends at the
 *       sentence end, before a quotation, a semicolon or a trailing attribution, and without a final
 *       appositive ({@code …, a huge supplement to …}). An indirect clause that overlaps a quoted
 *       span is dropped (the statement is counted once, as its quoted part); of two overlapping
 *       indirect clauses the shorter is kept.</li>
 *   <li><b>Speakers</b>: the subject phrase of the cue (or the phrase after an inverted cue or
 *       {@code according to}); a person's name without its title or role ({@code Kremlin spokesman
 *       Dmitry Peskov} → {@code Dmitry Peskov}); the fullest form of the name in the document;
 *       {@code he}/{@code she} → the most recent person speaker of the last three paragraphs whose
 *       honorifics do not contradict it; a description ({@code the spokesman}, {@code the paper}) →
 *       the most recent speaker whose phrase had that noun, else the most recent speaker of this or
 *       the previous paragraph; a participle cue ({@code …, adding: “…”}) → the subject of the
 *       sentence's previous cue.</li>
 * </ol>
 */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    /** The quotations of a document's text, in text order. */
    public static List<Quotation> find(Document document) {
        return find(document.text());
    }

    /** The quotations of {@code text}, in text order (by start offset). */
    public static List<Quotation> find(String text) {
        return new Run(text).find();
    }

    /** How a candidate's speaker is found. */
    private enum Source { PHRASE, PARTICIPLE, CONTINUATION, NONE }

    private static final class Candidate {
        Kind kind;
        int first;
        int last;
        Cue cue;
        String cueText = "";
        Np np;
        Source source = Source.NONE;
        Candidate previous;
        int anchor;
        boolean marked;
        String speaker = "";
        int speakerStart = -1;
        int speakerEnd = -1;
    }

    private record Resolved(String speaker, int start, int end, boolean person, char gender) {
        static final Resolved NONE = new Resolved("", -1, -1, false, '?');
    }

    private record Said(String speaker, List<String> phrase, boolean person, char gender, int paragraph) {
    }

    /** Words that may open what follows a clause-final cue: "…, the paper wrote in an editorial." */
    private static final java.util.Set<String> TAIL_STARTS = java.util.Set.of(
            "in", "on", "at", "to", "during", "after", "before", "from", "via", "with", "by", "for", "last", "this",
            "late", "early", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today", "separately", "recently");

    /**
     * Descriptions that may name any earlier source ("The official" after "a government source"):
     * they fall back to the most recent speaker when no earlier speaker's phrase has the noun.
     */
    private static final java.util.Set<String> GENERIC_SOURCES = java.util.Set.of(
            "official", "source", "spokesman", "spokeswoman", "spokesperson", "aide", "insider", "person");

    private static final class Run {
        private final Units u;
        private final Names names;
        private final List<Marks.Span> spans;
        private final int[] spanOf;
        private final Cue[] cueAt;
        private final Cue[] cueEndingAt;
        private final boolean[] used;
        private final List<Said> history = new ArrayList<>();

        Run(String text) {
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

        List<Quotation> find() {
            List<Candidate> marked = new ArrayList<>();
            for (int k = 0; k < spans.size(); k++) {
                Candidate c = quoted(k, marked);
                if (c != null) {
                    marked.add(c);
                }
            }
            List<Candidate> indirect = new ArrayList<>();
            for (int i = 0; i < u.size(); i++) {
                if (cueAt[i] != null && !used[i]) {
                    Candidate c = indirect(cueAt[i]);
                    if (c != null) {
                        indirect.add(c);
                    }
                }
                Candidate p = possessive(i);
                if (p != null) {
                    indirect.add(p);
                }
            }
            List<Candidate> all = new ArrayList<>(marked);
            all.addAll(keepIndirect(indirect, marked));
            all.sort(Comparator.comparingInt((Candidate c) -> c.anchor).thenComparingInt(c -> c.first));
            for (Candidate c : all) {
                resolve(c);
            }
            all.sort(Comparator.comparingInt((Candidate c) -> c.first));
            List<Quotation> out = new ArrayList<>();
            for (Candidate c : all) {
                int start = u.start(c.first);
                int end = u.end(c.last);
                out.add(new Quotation(start, end, u.text().substring(start, end), c.speaker, c.speakerStart,
                        c.speakerEnd, c.cueText, c.kind));
            }
            return out;
        }

        // ------------------------------------------------------------------ quoted spans

        private Candidate quoted(int k, List<Candidate> before) {
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

        // ------------------------------------------------------------------ indirect speech

        private Candidate indirect(Cue cue) {
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
        private Candidate possessive(int i) {
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
        private List<Candidate> keepIndirect(List<Candidate> indirect, List<Candidate> marked) {
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

        // ------------------------------------------------------------------ speakers

        private void resolve(Candidate c) {
            Resolved r = switch (c.source) {
                case PHRASE -> phrase(c.np, u.paragraph(c.anchor));
                case PARTICIPLE -> participle(c.cue, u.paragraph(c.anchor));
                case CONTINUATION -> new Resolved(c.previous.speaker, c.previous.speakerStart, c.previous.speakerEnd,
                        false, '?');
                case NONE -> Resolved.NONE;
            };
            c.speaker = r.speaker;
            c.speakerStart = r.start;
            c.speakerEnd = r.end;
            if (!r.speaker.isEmpty() && c.source != Source.CONTINUATION) {
                List<String> words = new ArrayList<>();
                if (c.np != null && c.np.first() >= 0) {
                    for (int i = c.np.first(); i <= c.np.last(); i++) {
                        words.add(u.lower(i));
                    }
                }
                history.add(new Said(r.speaker, words, r.person, r.gender, u.paragraph(c.anchor)));
            }
        }

        private Resolved phrase(Np np, int paragraph) {
            if (np == null || np.first() < 0 || np.passive()) {
                return Resolved.NONE;
            }
            int a = np.first();
            int b = np.last();
            if (a == b && u.in(a, Phrases.PRONOUNS)) {
                if (u.is(a, "he", "she")) {
                    char g = u.is(a, "he") ? 'm' : 'f';
                    for (int k = history.size() - 1; k >= 0; k--) {
                        Said s = history.get(k);
                        if (paragraph - s.paragraph > 3) {
                            break;
                        }
                        if (s.person && (s.gender == '?' || s.gender == g)) {
                            return new Resolved(s.speaker, u.start(a), u.end(b), true, s.gender);
                        }
                    }
                    // no earlier speaker: the one person named in this or the previous sentence
                    String only = onlyPersonBefore(a, g);
                    if (only != null) {
                        return new Resolved(only, u.start(a), u.end(b), true, g);
                    }
                }
                return new Resolved("", u.start(a), u.end(b), false, '?');
            }
            if (description(a, b)) {
                String head = u.lower(b);
                for (int k = history.size() - 1; k >= 0; k--) {
                    Said s = history.get(k);
                    if (s.phrase.contains(head) || head.equals("paper") && s.phrase.contains("newspaper")) {
                        return new Resolved(s.speaker, u.start(a), u.end(b), s.person, s.gender);
                    }
                }
                if (GENERIC_SOURCES.contains(head) && !history.isEmpty()
                        && paragraph - history.get(history.size() - 1).paragraph <= 1) {
                    Said s = history.get(history.size() - 1);
                    return new Resolved(s.speaker, u.start(a), u.end(b), s.person, s.gender);
                }
                return new Resolved(u.span(a, b), u.start(a), u.end(b), false, '?');
            }
            Names.Name name = names.name(a, b);
            List<String> words = new ArrayList<>();
            boolean capitals = true;
            for (int i = name.first(); i <= name.last(); i++) {
                words.add(u.word(i));
                capitals &= u.capitalized(i) || Character.isDigit(u.first(i));
            }
            List<String> full = capitals ? names.fullest(words) : words;
            String speaker = full == words ? u.span(name.first(), name.last()) : String.join(" ", full);
            boolean person = name.person() || Names.personName(full);
            char gender = name.gender() != '?' ? name.gender() : names.gender(full);
            return new Resolved(speaker, u.start(name.first()), u.end(name.last()), person, gender);
        }

        /**
         * The fullest name of the only person (gender-compatible) mentioned in the sentence of unit
         * {@code a} before it and in the sentence before, or {@code null} when there is none or more
         * than one.
         */
        private String onlyPersonBefore(int a, char gender) {
            int from = u.sentenceFirst(a);
            if (from > 0) {
                from = u.sentenceFirst(from - 1);
            }
            String only = null;
            for (Names.Mention m : names.mentions(from, a - 1)) {
                if (m.gender() != '?' && m.gender() != gender) {
                    continue;
                }
                String name = String.join(" ", names.fullest(m.words()));
                if (only != null && !only.equals(name)) {
                    return null;
                }
                only = name;
            }
            return only;
        }

        /** {@code the spokesman}, {@code the paper}: {@code the} and one to three lower-case words. */
        private boolean description(int a, int b) {
            if (!u.is(a, "the") || b == a || b - a > 3) {
                return false;
            }
            for (int i = a + 1; i <= b; i++) {
                if (u.capitalized(i) || !u.isWord(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The speaker of a participle cue: the subject of the sentence's previous cue. */
        private Resolved participle(Cue cue, int paragraph) {
            int s = u.sentence(cue.first());
            for (int i = cue.first() - 1; i >= 0 && u.sentence(i) == s; i--) {
                Cue p = cueAt[i];
                if (p == null || p.form() == Cues.Form.PARTICIPLE) {
                    continue;
                }
                Np np = p.type() == Cues.Type.ACCORDING ? Phrases.forward(u, p.last() + 1) : Phrases.subject(u, p.first());
                if (np != null && !np.passive()) {
                    return phrase(np, paragraph);
                }
            }
            if (!history.isEmpty() && history.get(history.size() - 1).paragraph == paragraph) {
                Said last = history.get(history.size() - 1);
                return new Resolved(last.speaker, -1, -1, last.person, last.gender);
            }
            return Resolved.NONE;
        }

        // ------------------------------------------------------------------ helpers

        private String cueText(Cue cue) {
            return u.span(cue.first(), cue.last());
        }

        private int skipTime(int j) {
            int k = j;
            while (u.isWord(k) && (Phrases.TIME.contains(u.lower(k)) || u.is(k, "on") && u.in(k + 1, Phrases.TIME))) {
                k++;
            }
            return k;
        }

        private boolean demonstrative(Np np) {
            return np.first() == np.last() && u.is(np.first(), "that", "this", "it", "there", "which", "what");
        }

        private int wordsIn(int a, int b) {
            int n = 0;
            for (int i = Math.max(a, 0); i <= b && i < u.size(); i++) {
                if (u.isWord(i)) {
                    n++;
                }
            }
            return n;
        }

        private boolean startsLowerCase(int i) {
            return u.isWord(i) && Character.isLowerCase(u.text().codePointAt(u.start(i)));
        }
    }
}

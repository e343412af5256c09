package dev.framelens.framing;

import dev.framelens.corpus.Document;
import dev.framelens.voice.Quotation;
import dev.framelens.voice.Voice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evidence sentences: for a document and side, the sentences with the most hits of that side, so
 * that every score can be checked against the text it came from.
 */
public final class Evidence {
    private Evidence() {
    }

    /**
     * The evidence sentences of one document.
     *
     * <p>Rows come side by side (alarm, then reassurance); within a side, sentences are ranked by
     * their number of hits (descending), ties by sentence number. A sentence with hits on both sides
     * appears once per side. Each entry is listed with its category, and, when a negator was in
     * reach, how the negation rules decided: {@code negated by not}, or
     * {@code not negated: emphasis after not} (the rule's label, {@link NegationRule}), and, when the
     * hit lies in quoted text, its speaker ({@code quoted: Rahm Emanuel}). The quotations that overlap
     * a sentence ({@link DocumentFrames#voices()}) give its {@code speakers} and {@code quoted} words.
     *
     * @param document the document (its text gives the sentence text)
     * @param frames   its hits, from the same text
     * @param side     only this side, or {@code null} for both
     * @param top      at most this many sentences per side; 0 for all
     * @return the sentences
     */
    public static List<EvidenceSentence> sentences(Document document, DocumentFrames frames, Side side, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top (" + top + ") must be ≥ 0 (0 lists every sentence)");
        }
        if (!document.id().equals(frames.id())) {
            throw new IllegalArgumentException("the hits are of document '" + frames.id() + "', not '" + document.id() + "'");
        }
        String text = document.text();
        List<EvidenceSentence> out = new ArrayList<>();
        for (Side s : Side.values()) {
            if (side != null && s != side) {
                continue;
            }
            int[] count = new int[frames.sentences() + 1];
            StringBuilder[] entries = new StringBuilder[frames.sentences() + 1];
            for (FrameHit h : frames.hits()) {
                if (h.side() != s) {
                    continue;
                }
                int n = h.sentence();
                count[n]++;
                StringBuilder b = entries[n];
                if (b == null) {
                    b = new StringBuilder();
                    entries[n] = b;
                } else {
                    b.append("; ");
                }
                b.append(h.entry().entry()).append(" (").append(h.category());
                if (h.negated()) {
                    b.append(", negated by ").append(h.negator());
                } else if (h.rule() != NegationRule.NONE) {
                    b.append(", not negated: ").append(h.rule().label()).append(" after ").append(h.negator());
                }
                if (h.voice() == Voice.QUOTED) {
                    b.append(", quoted: ").append(h.speaker().isEmpty() ? UNKNOWN_SPEAKER : h.speaker());
                }
                b.append(')');
            }
            List<EvidenceSentence> rows = new ArrayList<>();
            for (int n = 1; n <= frames.sentences(); n++) {
                if (count[n] == 0) {
                    continue;
                }
                int start = frames.sentenceStart(n);
                int end = closingEnd(text, frames.sentenceEnd(n));
                String[] voices = quoted(text, frames.voices().quotations(), start, end);
                rows.add(new EvidenceSentence(frames.id(), s, n, count[n], start, end, text.substring(start, end),
                        entries[n].toString(), voices[0], voices[1]));
            }
            rows.sort(Comparator.comparingInt(EvidenceSentence::hits).reversed()
                    .thenComparingInt(EvidenceSentence::sentence));
            out.addAll(top > 0 && rows.size() > top ? rows.subList(0, top) : rows);
        }
        return out;
    }

    /** How an unknown source is written in {@code entries} and {@code speakers}. */
    public static final String UNKNOWN_SPEAKER = SpeakerFrames.UNKNOWN;

    /**
     * The speakers and quoted words of the sentence {@code [start, end)}: each quotation overlapping it,
     * clipped to it.
     */
    static String[] quoted(String text, List<Quotation> quotations, int start, int end) {
        Set<String> speakers = new LinkedHashSet<>();
        StringBuilder words = new StringBuilder();
        for (Quotation q : quotations) {
            int from = Math.max(q.start(), start);
            int to = Math.min(q.end(), end);
            if (from >= to) {
                continue;
            }
            String who = q.speaker().isEmpty() ? UNKNOWN_SPEAKER : q.speaker();
            speakers.add(who);
            if (words.length() > 0) {
                words.append(" | ");
            }
            words.append(who).append(": \u201C").append(text, from, to).append('\u201D');
        }
        return new String[] {String.join("; ", speakers), words.toString()};
    }

    /**
     * Extends a sentence's end (its last token's end) over what the tokenizer left out of that token — a
     * possessive {@code 's} or a trailing apostrophe — and then over the punctuation that closes the
     * sentence: {@code . ! ? …} and closing quotes or brackets.
     */
    static int closingEnd(String text, int end) {
        int e = end;
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || "'\u2019\u02BC".indexOf(text.charAt(e)) >= 0)) {
            e++;
        }
        while (e < text.length() && ".!?\u2026\"'\u201D\u2019)]".indexOf(text.charAt(e)) >= 0) {
            e++;
        }
        return e;
    }
}

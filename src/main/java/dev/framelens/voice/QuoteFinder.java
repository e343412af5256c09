package dev.framelens.voice;

import dev.framelens.corpus.Document;
import dev.framelens.voice.internal.QuoteRun;
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
        return QuoteRun.find(text);
    }
}

package dev.framelens.framing;

/**
 * A sentence with frame hits on one side: the evidence behind a document's score.
 *
 * @param doc      document id
 * @param side     the side whose hits are counted
 * @param sentence 1-based sentence number
 * @param hits     number of hits of that side in the sentence (negated alarm hits count as
 *                 reassurance)
 * @param start    offset of the sentence's first word in the document text
 * @param end      offset after the sentence's last word (with a possessive 's) and the punctuation that
 *                 closes it
 * @param text     {@code text.substring(start, end)}: the sentence as written
 * @param entries  the matched entries in text order, each with its category, and the negator of a
 *                 negated hit: {@code doom (catastrophe, negated by won't); sky isn't falling (downplaying)};
 *                 a hit in quoted text names its speaker: {@code pariah* (delegitimising_labels, quoted: Rahm Emanuel)}
 * @param speakers the speakers of the quotations that overlap the sentence, in text order, each once,
 *                 joined by {@code "; "} ({@code "?"} for a quotation whose source is unknown); {@code ""}
 *                 when the sentence is all the author's
 * @param quoted   the quoted words of the sentence, each quotation's part within it as
 *                 {@code Speaker: “words”}, joined by {@code " | "}; {@code ""} when there are none
 */
public record EvidenceSentence(String doc, Side side, int sentence, int hits, int start, int end, String text,
                               String entries, String speakers, String quoted) {
}

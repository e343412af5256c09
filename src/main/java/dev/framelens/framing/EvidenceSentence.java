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
 *                 negated hit: {@code doom (catastrophe, negated by won't); sky isn't falling (downplaying)}
 */
public record EvidenceSentence(String doc, Side side, int sentence, int hits, int start, int end, String text,
                               String entries) {
}

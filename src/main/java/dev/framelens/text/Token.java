package dev.framelens.text;

/**
 * One analysed term of a document.
 *
 * @param term     the normalised term (a merged phrase such as {@code north korea} is one term)
 * @param start    offset of the first character in the document text (0-based, UTF-16 index)
 * @param end      offset after the last character, so {@code text.substring(start, end)} is the
 *                 term as written
 * @param sentence 1-based sentence number
 * @param position 1-based position among the document's kept terms
 */
public record Token(String term, int start, int end, int sentence, int position) {
}

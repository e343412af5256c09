package dev.framelens.text;

/** Receives the analysed term stream of one document; see {@link Analyzer.Stream}. */
@FunctionalInterface
public interface TermSink {
    /**
     * One kept term.
     *
     * @param id       the term's id in the stream's {@link TermInterner}
     * @param start    offset of its first character in the document text
     * @param end      offset after its last character
     * @param sentence 1-based sentence number
     * @param position 1-based position among the document's kept terms
     */
    void term(int id, int start, int end, int sentence, int position);
}

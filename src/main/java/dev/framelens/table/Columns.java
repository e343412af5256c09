package dev.framelens.table;

/**
 * Every column name framelens produces, documented once. Names are lower_snake_case.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>name</th><th>meaning</th></tr>
 *   <tr><td>{@value #DOC}</td><td>document id (file name without .txt, or the doc/id field)</td></tr>
 *   <tr><td>{@value #SENTENCE}</td><td>1-based sentence number within the document</td></tr>
 *   <tr><td>{@value #POSITION}</td><td>1-based position among the document's kept tokens</td></tr>
 *   <tr><td>{@value #START}, {@value #END}</td><td>character offsets [start, end) into the document text</td></tr>
 *   <tr><td>{@value #TOKEN}</td><td>the normalised term at that position</td></tr>
 *   <tr><td>{@value #TERM}</td><td>a normalised term, phrase or n-gram</td></tr>
 *   <tr><td>{@value #COUNT}</td><td>number of occurrences</td></tr>
 *   <tr><td>{@value #DOC_FREQ}</td><td>number of documents containing the term</td></tr>
 *   <tr><td>{@value #PER_1K}</td><td>count per 1,000 tokens of the same filtered stream</td></tr>
 *   <tr><td>{@value #TF_IDF}</td><td>scikit-learn default tf-idf, L2-normalised per document</td></tr>
 * </table>
 */
public final class Columns {
    private Columns() {
    }

    public static final String DOC = "doc";
    public static final String SENTENCE = "sentence";
    public static final String POSITION = "position";
    public static final String START = "start";
    public static final String END = "end";
    public static final String TOKEN = "token";
    public static final String TERM = "term";
    public static final String COUNT = "count";
    public static final String DOC_FREQ = "doc_freq";
    public static final String PER_1K = "per_1k";
    public static final String TF_IDF = "tf_idf";
}

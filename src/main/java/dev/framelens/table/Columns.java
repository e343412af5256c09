package dev.framelens.table;

import dev.framelens.stats.Measure;

/**
 * Every column name framelens produces, documented once. Names are lower_snake_case. The columns
 * of the association measures ({@code pmi}, {@code npmi}, {@code g2}, {@code dice},
 * {@code t_score}) are {@link Measure#column()}: a measure names its own column.
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
 *   <tr><td>{@value #COUNT}</td><td>number of occurrences (of a term, a pair or an n-gram); also the
 *       ranking {@link Measure#COUNT}</td></tr>
 *   <tr><td>{@value #DOC_FREQ}</td><td>number of documents containing the term</td></tr>
 *   <tr><td>{@value #PER_1K}</td><td>count per 1,000 tokens of the same filtered stream</td></tr>
 *   <tr><td>{@value #TF_IDF}</td><td>scikit-learn default tf-idf, L2-normalised per document</td></tr>
 *   <tr><td>{@value #NEIGHBOR}</td><td>the other term of a co-occurring pair</td></tr>
 *   <tr><td>{@value #TERM_TOTAL}, {@value #NEIGHBOR_TOTAL}</td><td>pair marginals c(term, ·) and c(·, neighbor)</td></tr>
 *   <tr><td>{@value #COLLOCATION}</td><td>an n-gram of consecutive kept terms, space-separated</td></tr>
 *   <tr><td>{@value #PREFIX_TOTAL}, {@value #LAST_TOTAL}</td><td>n-grams starting with its first n − 1
 *       words, n-grams ending with its last word</td></tr>
 *   <tr><td>{@value #LEFT}, {@value #KEYWORD}, {@value #RIGHT}</td><td>keyword in context: the text before the
 *       keyword, the keyword as written, the text after it</td></tr>
 *   <tr><td>{@value #TOKENS}</td><td>word tokens of the document, stop words included, a merged phrase
 *       ({@code north korea}) counted once: the denominator of every {@code _per_1k} of the frame scores</td></tr>
 *   <tr><td>{@code <category>}{@value #PER_1K_SUFFIX}</td><td>1000 · summed weight of the category's
 *       non-negated hits / tokens</td></tr>
 *   <tr><td>{@value #NEGATED_ALARM_PER_1K}</td><td>1000 · summed weight of negated alarm hits / tokens
 *       (they count on the reassurance side)</td></tr>
 *   <tr><td>{@value #ALARM_PER_1K}</td><td>sum of the alarm categories' densities</td></tr>
 *   <tr><td>{@value #REASSURANCE_PER_1K}</td><td>sum of the reassurance categories' densities plus
 *       {@value #NEGATED_ALARM_PER_1K}</td></tr>
 *   <tr><td>{@value #ALARM_INDEX}</td><td>ln((A + ½) / (R + ½)) of the summed weights, the empirical logit of
 *       Lowe et al. (2011): unbounded, 0 at balance and without hits, positive when alarm outweighs reassurance</td></tr>
 *   <tr><td>{@value #CI_LOW}, {@value #CI_HIGH}</td><td>seeded percentile-bootstrap interval of the index
 *       over the document's sentences (95 %, 2,000 resamples by default)</td></tr>
 *   <tr><td>{@value #SIDE}</td><td>{@code alarm} or {@code reassurance}, {@link dev.framelens.framing.Side#label()}
 *       (a negated alarm hit is reassurance)</td></tr>
 *   <tr><td>{@value #CATEGORY}</td><td>lexicon category ({@code negated_alarm} in the actor tables for negated hits)</td></tr>
 *   <tr><td>{@value #ENTRY}</td><td>the lexicon entry (words as the tokenizer emits them, {@code *} for a prefix)</td></tr>
 *   <tr><td>{@value #MATCHED}</td><td>the matched text as written, {@code text.substring(start, end)}</td></tr>
 *   <tr><td>{@value #NEGATED}, {@value #NEGATOR}</td><td>whether the negation rules flipped the hit, and the
 *       negator they looked at ({@code ""} when none was in reach)</td></tr>
 *   <tr><td>{@value #RULE}</td><td>the negation rule that decided: {@code negation} (flipped), {@code emphasis},
 *       {@code double_negative}, {@code defiance}, {@code governed}, {@code rejected_reassurance},
 *       {@code clause_boundary}, {@code precaution}, {@code condition} (not flipped), or {@code ""} without a negator</td></tr>
 *   <tr><td>{@value #WEIGHT}</td><td>the entry's weight (what the hit adds)</td></tr>
 *   <tr><td>{@value #HITS}</td><td>number of hits</td></tr>
 *   <tr><td>{@value #TEXT}</td><td>a sentence as written</td></tr>
 *   <tr><td>{@value #ENTRIES}</td><td>matched entries of a sentence with their categories and negators</td></tr>
 *   <tr><td>{@value #GROUP}</td><td>the metadata value of group a in a one-vs-rest comparison; in a group
 *       summary, the group (an outlet, a stance)</td></tr>
 *   <tr><td>{@value #BIN_LOW}, {@value #BIN_HIGH}</td><td>a histogram bin [bin_low, bin_high) of the alarm index</td></tr>
 *   <tr><td>{@value #ARTICLES}, {@value #SHARE}</td><td>the group's articles in the bin, and their share of the
 *       group's articles</td></tr>
 *   <tr><td>{@value #COUNT_A}, {@value #COUNT_B}</td><td>the term's count in group a / b</td></tr>
 *   <tr><td>{@value #PER_1K_A}, {@value #PER_1K_B}</td><td>1000 · count / the group's tokens</td></tr>
 *   <tr><td>{@value #DELTA}, {@value #Z}</td><td>log-odds ratio with informative Dirichlet prior and its z-score
 *       (Monroe et al. 2008); positive = over-represented in a</td></tr>
 *   <tr><td>{@value #G2}</td><td>in a group comparison: Dunning's four-cell G², signed positive when the term is
 *       over-represented in a (the co-occurrence {@code g2} is {@link Measure#G2}, unsigned)</td></tr>
 *   <tr><td>{@value #ACTOR}, {@value #MENTIONS}</td><td>actor label and its number of mentions</td></tr>
 *   <tr><td>{@value #DOC_A}, {@value #DOC_B}, {@value #COSINE}, {@value #ALARM_INDEX_DIFF}</td><td>a document
 *       pair, the cosine of their tf-idf vectors, alarm_index(a) − alarm_index(b)</td></tr>
 *   <tr><td>{@value #PATTERN}</td><td>{@code exact} or {@code prefix}</td></tr>
 *   <tr><td>{@value #REQUIRES}, {@value #FORBIDS}</td><td>a lexicon entry's context conditions as written
 *       ({@code next:liability|company prev2:is|are}; {@code ""} when none)</td></tr>
 *   <tr><td>{@value #PRECISION}, {@value #UNITS}</td><td>the entry's precision on the gold standard's dev half and
 *       the coded units behind it (NaN and 0 when it has none)</td></tr>
 *   <tr><td>{@value #SOURCE}</td><td>the lexicon or pack file an entry was read from</td></tr>
 *   <tr><td>{@value #OUTLET}, {@value #HEADLINE}, {@value #STANCE}</td><td>metadata columns of a corpus
 *       that framelens reads when present (chart labels, the report's notes, the report's default
 *       comparison); every metadata column is copied into the frame scores</td></tr>
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

    // co-occurrence, collocations, keyword in context
    public static final String NEIGHBOR = "neighbor";
    public static final String TERM_TOTAL = "term_total";
    public static final String NEIGHBOR_TOTAL = "neighbor_total";
    public static final String COLLOCATION = "collocation";
    public static final String PREFIX_TOTAL = "prefix_total";
    public static final String LAST_TOTAL = "last_total";
    public static final String LEFT = "left";
    public static final String KEYWORD = "keyword";
    public static final String RIGHT = "right";

    // framing
    public static final String TOKENS = "tokens";
    public static final String PER_1K_SUFFIX = "_per_1k";
    public static final String NEGATED_ALARM_PER_1K = "negated_alarm_per_1k";
    public static final String ALARM_PER_1K = "alarm_per_1k";
    public static final String REASSURANCE_PER_1K = "reassurance_per_1k";
    public static final String ALARM_INDEX = "alarm_index";
    public static final String CI_LOW = "ci_low";
    public static final String CI_HIGH = "ci_high";
    public static final String SIDE = "side";
    public static final String CATEGORY = "category";
    public static final String ENTRY = "entry";
    public static final String MATCHED = "matched";
    public static final String NEGATED = "negated";
    public static final String NEGATOR = "negator";
    public static final String RULE = "rule";
    public static final String WEIGHT = "weight";
    public static final String HITS = "hits";
    public static final String TEXT = "text";
    public static final String ENTRIES = "entries";

    // group comparison
    public static final String GROUP = "group";
    public static final String COUNT_A = "count_a";
    public static final String COUNT_B = "count_b";
    public static final String PER_1K_A = "per_1k_a";
    public static final String PER_1K_B = "per_1k_b";
    public static final String DELTA = "delta";
    public static final String Z = "z";
    public static final String G2 = "g2";

    // group summaries and histograms of a large corpus
    public static final String BIN_LOW = "bin_low";
    public static final String BIN_HIGH = "bin_high";
    public static final String ARTICLES = "articles";
    public static final String SHARE = "share";

    // actors, similarity, lexicon
    public static final String ACTOR = "actor";
    public static final String MENTIONS = "mentions";
    public static final String DOC_A = "doc_a";
    public static final String DOC_B = "doc_b";
    public static final String COSINE = "cosine";
    public static final String ALARM_INDEX_DIFF = "alarm_index_diff";
    public static final String PATTERN = "pattern";
    public static final String REQUIRES = "requires";
    public static final String FORBIDS = "forbids";
    public static final String PRECISION = "precision";
    public static final String UNITS = "units";
    public static final String SOURCE = "source";

    // metadata framelens reads when a corpus has it
    public static final String OUTLET = "outlet";
    public static final String HEADLINE = "headline";
    public static final String STANCE = "stance";
}

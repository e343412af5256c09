package dev.framelens.table;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.Vocabulary;
import dev.framelens.text.Analyzer;
import dev.framelens.count.Collocations;
import dev.framelens.count.Cooccurrence;
import dev.framelens.text.Token;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The engine's front door: a corpus plus an analysis pipeline, with one method per result, each
 * returning a fresh Tablesaw {@link Table} (tables are mutable, so none is shared).
 *
 * <pre>{@code
 * Framelens corpus = Framelens.load("seeds");
 * Table top = corpus.termFrequencies();
 * }</pre>
 *
 * Immutable; intermediate counts are computed once and cached, so repeated calls are cheap.
 */
public final class Framelens {
    private final Corpus corpus;
    private final Analyzer analyzer;
    private volatile TermStatistics unigrams;
    private final Map<Cooccurrence.Settings, Cooccurrence> cooccurrences = new ConcurrentHashMap<>();

    private Framelens(Corpus corpus, Analyzer analyzer) {
        this.corpus = corpus;
        this.analyzer = analyzer;
    }

    /** Reads a corpus (folder of .txt, .csv or .jsonl) with boilerplate cleaning and the standard analyzer. */
    public static Framelens load(String path) {
        return load(Path.of(path));
    }

    public static Framelens load(Path path) {
        return of(Corpus.read(path));
    }

    public static Framelens of(Corpus corpus) {
        return new Framelens(corpus, Analyzer.standard());
    }

    public static Framelens of(Corpus corpus, Analyzer analyzer) {
        return new Framelens(corpus, analyzer);
    }

    /** The same corpus analysed with another pipeline. */
    public Framelens withAnalyzer(Analyzer other) {
        return new Framelens(corpus, other);
    }

    /** The same analysis with stop words kept (or removed). */
    public Framelens keepStopWords(boolean keep) {
        return withAnalyzer(analyzer.withStopWordsRemoved(!keep));
    }

    public Corpus corpus() {
        return corpus;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    TermStatistics unigramStatistics() {
        TermStatistics s = unigrams;
        if (s == null) {
            s = TermStatistics.count(corpus, analyzer, 1, true);
            unigrams = s;
        }
        return s;
    }

    /**
     * Every kept token: {@code doc, sentence, position, start, end, token}. Positions number the
     * tokens after the same filtering {@link #termFrequencies()} applies, so the two agree.
     */
    public Table tokens() {
        StringColumn doc = StringColumn.create(Columns.DOC);
        IntColumn sentence = IntColumn.create(Columns.SENTENCE);
        IntColumn position = IntColumn.create(Columns.POSITION);
        IntColumn start = IntColumn.create(Columns.START);
        IntColumn end = IntColumn.create(Columns.END);
        StringColumn token = StringColumn.create(Columns.TOKEN);
        Vocabulary v = new Vocabulary();
        Analyzer.Stream stream = analyzer.stream(v);
        for (Document d : corpus) {
            stream.analyze(d.text(), (id, s, e, sent, pos) -> {
                doc.append(d.id());
                sentence.append(sent);
                position.append(pos);
                start.append(s);
                end.append(e);
                token.append(v.term(id));
            });
        }
        return Table.create("tokens", doc, sentence, position, start, end, token);
    }

    /** {@code term, count, doc_freq, per_1k} for every term; see {@link TermTables#corpus}. */
    public Table termFrequencies() {
        return TermTables.corpus(unigramStatistics(), 0);
    }

    /** The {@code top} most frequent terms. */
    public Table termFrequencies(int top) {
        return TermTables.corpus(unigramStatistics(), top);
    }

    /** {@code doc, term, count, per_1k, tf_idf}; see {@link TermTables#byDocument}. */
    public Table termFrequenciesByDoc() {
        return TermTables.byDocument(unigramStatistics(), 0);
    }

    /** Term table of n-grams ({@code n} = 1, 2, 3 …) of consecutive kept terms within a sentence. */
    public Table ngrams(int n) {
        return TermTables.corpus(n == 1 ? unigramStatistics() : TermStatistics.count(corpus, analyzer, n, true), 0);
    }

    /**
     * Normalises what a user typed as a term with this pipeline: {@code "North Korea"} →
     * {@code north korea}, {@code "US"} → {@code u.s.}, {@code "Kim Jong-un"} → {@code kim jong un}.
     */
    public String normalize(String term) {
        return normalize(analyzer, term);
    }

    /** {@link #normalize(String)} with a given analyzer. */
    public static String normalize(Analyzer analyzer, String term) {
        List<Token> toks = analyzer.withStopWordsRemoved(false).tokens(term);
        if (toks.isEmpty()) {
            throw new IllegalArgumentException("term '" + term + "' has no letters or digits");
        }
        return String.join(" ", toks.stream().map(Token::term).toList());
    }

    /** Whether {@code term} (normalised) occurs in the analysed stream. */
    public boolean occurs(String term) {
        return unigramStatistics().count(normalize(term)) > 0;
    }

    /** Counts for these settings, computed once. */
    public Cooccurrence cooccurrenceCounts(Cooccurrence.Settings settings) {
        return cooccurrences.computeIfAbsent(settings, s -> Cooccurrence.count(corpus, analyzer, s));
    }

    /**
     * Neighbours of {@code term} in a ±5 window, ranked by G² (pairs seen at least twice):
     * {@code term, neighbor, count, term_total, neighbor_total, pmi, npmi, g2, dice, t_score}.
     * An unknown term gives an empty table.
     */
    public Table cooccurrence(String term) {
        return cooccurrence(term, CooccurrenceOptions.defaults());
    }

    /** Neighbours of {@code term} counted and ranked as {@code options} say. */
    public Table cooccurrence(String term, CooccurrenceOptions options) {
        return CooccurrenceTables.neighbors(cooccurrenceCounts(options.settings()), normalize(term), options);
    }

    /** Pairs among the {@code topN} most frequent terms (±5 window, both orders), for heatmaps and networks. */
    public Table cooccurrenceMatrix(int topN) {
        return cooccurrenceMatrix(topN, CooccurrenceOptions.defaults().minCount(1));
    }

    public Table cooccurrenceMatrix(int topN, CooccurrenceOptions options) {
        return CooccurrenceTables.matrix(cooccurrenceCounts(options.settings()), topN, options);
    }

    /** Bigram ({@code size} 2) or trigram (3) collocations seen at least twice, ranked by G². */
    public Table collocations(int size) {
        return collocations(size, CooccurrenceOptions.Measure.G2, 2, 0);
    }

    public Table collocations(int size, CooccurrenceOptions.Measure measure, int minCount, int top) {
        return CooccurrenceTables.collocations(Collocations.count(corpus, analyzer, size), measure, minCount, top);
    }

    /** Keyword in context, each occurrence in its whole sentence as written; see {@link Kwic}. */
    public Table kwic(String term) {
        return Kwic.table(corpus, analyzer, normalize(term), 0, Kwic.Unit.SENTENCE);
    }

    /** Keyword in context, {@code width} tokens (or characters with {@code chars}) each side. */
    public Table kwic(String term, int width, boolean chars) {
        return Kwic.table(corpus, analyzer, normalize(term), width, chars);
    }

    @Override
    public String toString() {
        return "Framelens[" + corpus.size() + " documents]";
    }
}

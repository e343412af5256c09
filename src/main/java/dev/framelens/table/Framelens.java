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
 * The engine's front door: a corpus plus an analysis pipeline and a frame lexicon, with one method
 * per result, each returning a fresh Tablesaw {@link Table} (tables are mutable, so none is shared).
 *
 * <pre>{@code
 * Framelens corpus = Framelens.load("seeds");
 * Table top = corpus.termFrequencies();
 * }</pre>
 *
 * <p>The frame lexicon is the shipped general one ({@link dev.framelens.framing.Lexicon#shipped()})
 * plus the story packs the corpus lists ({@link dev.framelens.framing.StoryPack}: {@link #load}
 * reads {@code framelens.packs}, so the seeds get the Putin–Kim pack and its actors);
 * {@link #withLexicon}, {@link #withPack} and {@link #withActors} change it.
 *
 * Immutable; intermediate counts are computed once and cached, so repeated calls are cheap.
 */
public final class Framelens {
    private final Corpus corpus;
    private final Analyzer analyzer;
    private final dev.framelens.framing.Lexicon lexicon;
    private final dev.framelens.framing.Actors actors;
    private volatile TermStatistics unigrams;
    private final Map<Cooccurrence.Settings, Cooccurrence> cooccurrences = new ConcurrentHashMap<>();

    private Framelens(Corpus corpus, Analyzer analyzer, dev.framelens.framing.Lexicon lexicon,
                      dev.framelens.framing.Actors actors) {
        this.corpus = corpus;
        this.analyzer = analyzer;
        this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
        this.actors = actors;
    }

    /**
     * Reads a corpus (folder of .txt, .csv or .jsonl) with boilerplate cleaning and the standard
     * analyzer; its frame lexicon is the shipped one plus the packs the corpus lists (none for most
     * corpora; the Putin–Kim pack for the seeds).
     */
    public static Framelens load(String path) {
        return load(Path.of(path));
    }

    /** {@link #load(String)}. */
    public static Framelens load(Path path) {
        return of(Corpus.read(path)).withPacks(dev.framelens.framing.StoryPack.listed(path));
    }

    /** A corpus with the standard analyzer and the shipped lexicon, without packs or actors. */
    public static Framelens of(Corpus corpus) {
        return of(corpus, Analyzer.standard());
    }

    /** A corpus with this analyzer and the shipped lexicon, without packs or actors. */
    public static Framelens of(Corpus corpus, Analyzer analyzer) {
        return new Framelens(corpus, analyzer, dev.framelens.framing.Lexicon.shipped(), null);
    }

    /** The same corpus analysed with another pipeline. */
    public Framelens withAnalyzer(Analyzer other) {
        return new Framelens(corpus, other, lexicon, actors);
    }

    /** The same corpus scored with another frame lexicon (the actors stay). */
    public Framelens withLexicon(dev.framelens.framing.Lexicon other) {
        return new Framelens(corpus, analyzer, other, actors);
    }

    /** The same corpus with another actor list ({@code null}: none). */
    public Framelens withActors(dev.framelens.framing.Actors other) {
        return new Framelens(corpus, analyzer, lexicon, other);
    }

    /** The same corpus with a story pack added on top of its lexicon (and its actors, if it has any). */
    public Framelens withPack(Path pack) {
        return withPacks(List.of(dev.framelens.framing.StoryPack.read(pack)));
    }

    /** The same corpus with these packs added on top of its lexicon and actors, in order. */
    public Framelens withPacks(List<dev.framelens.framing.StoryPack> packs) {
        if (packs.isEmpty()) {
            return this;
        }
        dev.framelens.framing.Actors more = dev.framelens.framing.StoryPack.actors(packs);
        return new Framelens(corpus, analyzer, dev.framelens.framing.StoryPack.apply(lexicon, packs),
                more == null ? actors : actors == null ? more : actors.withMore(more));
    }

    /** The frame lexicon the no-argument framing methods use. */
    public dev.framelens.framing.Lexicon frameLexicon() {
        return lexicon;
    }

    /** The actor list the no-argument actor methods use, or {@code null} when there is none. */
    public dev.framelens.framing.Actors frameActors() {
        return actors;
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

    /** The {@code top} terms of each document by tf-idf. */
    public Table termFrequenciesByDoc(int top) {
        return TermTables.byDocument(unigramStatistics(), top);
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

    // --- framing ---
    // (names are fully qualified so that this block is the only change to the file)

    /** Frame analyses by (lexicon, actors), computed once; lexicons and actor lists compare by identity. */
    private final Map<FrameKey, dev.framelens.framing.FrameAnalysis> frameAnalyses = new ConcurrentHashMap<>();

    private record FrameKey(dev.framelens.framing.Lexicon lexicon, dev.framelens.framing.Actors actors) {
    }

    /**
     * The lexicon hits (and, with {@code actors}, actor mentions) of every document, computed once
     * per lexicon and actor list. Matching reads this pipeline's stream with stop words kept and
     * phrases merged; see {@link dev.framelens.framing.FrameScorer}.
     *
     * @param lexicon the frame lexicon
     * @param actors  actor terms to find too, or {@code null}
     */
    public dev.framelens.framing.FrameAnalysis frameAnalysis(dev.framelens.framing.Lexicon lexicon,
                                                             dev.framelens.framing.Actors actors) {
        return frameAnalyses.computeIfAbsent(new FrameKey(lexicon, actors),
                k -> dev.framelens.framing.FrameAnalysis.run(corpus, analyzer, lexicon, actors));
    }

    /**
     * Frame scores with this corpus's lexicon ({@link #frameLexicon()}) and the default bootstrap
     * (2,000 resamples, seed 42, 95 %): {@code doc, <metadata…>, tokens, <category>_per_1k…,
     * negated_alarm_per_1k, alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, ci_high}; see
     * {@link FrameTables#scores} and {@link dev.framelens.framing.FrameScore}.
     */
    public Table frameScores() {
        return frameScores(frameOptions());
    }

    /**
     * The default frame options with this corpus's lexicon ({@link #frameLexicon()}, packs
     * included): start from these to change the bootstrap, {@code f.frameScores(f.frameOptions().seed(7))}.
     * ({@link dev.framelens.framing.FrameOptions#defaults()} has the shipped lexicon without packs.)
     */
    public dev.framelens.framing.FrameOptions frameOptions() {
        return dev.framelens.framing.FrameOptions.defaults().lexicon(lexicon);
    }

    /** Frame scores with the lexicon and bootstrap of {@code options}, as given. */
    public Table frameScores(dev.framelens.framing.FrameOptions options) {
        return FrameTables.scores(corpus, frameAnalysis(options.lexicon(), null).scores(options), options.lexicon());
    }

    /**
     * Every hit of this corpus's lexicon: {@code doc, sentence, side, category, entry, matched,
     * start, end, negated, negator, rule, weight}; see {@link FrameTables#hits}.
     */
    public Table frameHits() {
        return frameHits(lexicon);
    }

    /** Every hit of {@code lexicon}. */
    public Table frameHits(dev.framelens.framing.Lexicon lexicon) {
        return FrameTables.hits(corpus, frameAnalysis(lexicon, null));
    }

    /**
     * Evidence sentences of one document, both sides, all of them: {@code doc, side, sentence,
     * hits, start, end, text, entries}; see {@link dev.framelens.framing.Evidence#sentences}.
     */
    public Table evidence(String doc) {
        return evidence(doc, null, 0, lexicon);
    }

    /**
     * Evidence sentences of one document.
     *
     * @param side only this side, or {@code null} for both
     * @param top  at most this many sentences per side (0: all)
     */
    public Table evidence(String doc, dev.framelens.framing.Side side, int top) {
        return evidence(doc, side, top, lexicon);
    }

    /** Evidence sentences of one document with {@code lexicon}. */
    public Table evidence(String doc, dev.framelens.framing.Side side, int top, dev.framelens.framing.Lexicon lexicon) {
        Document d = corpus.get(doc);
        return FrameTables.evidence(dev.framelens.framing.Evidence.sentences(d,
                frameAnalysis(lexicon, null).document(doc), side, top));
    }

    /**
     * Terms that distinguish the documents with {@code column = a} from those with
     * {@code column = b}: {@code term, count_a, count_b, per_1k_a, per_1k_b, delta, z, g2}, by z
     * descending, every term, α0 = 500; see {@link dev.framelens.framing.GroupComparison}.
     */
    public Table compare(String column, String a, String b) {
        return compare(column, a, b, dev.framelens.framing.CompareOptions.defaults());
    }

    /** {@link #compare(String, String, String)} with α0, min count, top and background from {@code options}. */
    public Table compare(String column, String a, String b, dev.framelens.framing.CompareOptions options) {
        return compareGroups(dev.framelens.framing.GroupComparison.byColumn(corpus, column, a, b), options);
    }

    /** Compares two explicit lists of document ids. */
    public Table compareDocuments(List<String> a, List<String> b) {
        return compareDocuments(a, b, dev.framelens.framing.CompareOptions.defaults());
    }

    /** Compares two explicit lists of document ids with these options. */
    public Table compareDocuments(List<String> a, List<String> b, dev.framelens.framing.CompareOptions options) {
        return compareGroups(dev.framelens.framing.GroupComparison.byDocuments(corpus, a, b), options);
    }

    /**
     * One-vs-rest: each value of {@code column} (sorted) against all other documents, in one table
     * with a leading {@code group} column (the value).
     */
    public Table compareOneVsRest(String column) {
        return compareOneVsRest(column, dev.framelens.framing.CompareOptions.defaults());
    }

    /** One-vs-rest with these options ({@code top} applies per group). */
    public Table compareOneVsRest(String column, dev.framelens.framing.CompareOptions options) {
        List<dev.framelens.framing.GroupComparison.Groups> groups =
                dev.framelens.framing.GroupComparison.oneVsRest(corpus, column);
        List<List<dev.framelens.framing.GroupComparison.Row>> rows = new java.util.ArrayList<>();
        for (dev.framelens.framing.GroupComparison.Groups g : groups) {
            rows.add(dev.framelens.framing.GroupComparison.compare(unigramStatistics(), g, options, analyzer));
        }
        return CompareTables.oneVsRest(groups, rows);
    }

    private Table compareGroups(dev.framelens.framing.GroupComparison.Groups groups,
                                dev.framelens.framing.CompareOptions options) {
        return CompareTables.table(
                dev.framelens.framing.GroupComparison.compare(unigramStatistics(), groups, options, analyzer));
    }

    /**
     * Actors × frames per document with this corpus's actors and lexicon, window ±10 tokens:
     * {@code doc, actor, mentions, category, side, hits}; see {@link dev.framelens.framing.ActorFrames}.
     *
     * @throws IllegalArgumentException when there is no actor list (no pack with actors; see {@link #withActors})
     */
    public Table actors() {
        return actors(requireActors(), dev.framelens.framing.ActorFrames.DEFAULT_WINDOW, lexicon);
    }

    private dev.framelens.framing.Actors requireActors() {
        if (actors == null) {
            throw new IllegalArgumentException("no actor list: the corpus lists no story pack with actors; give one "
                    + "with withActors(Actors.read(path)) or withPack(path)");
        }
        return actors;
    }

    /** Actors × frames per document. */
    public Table actors(dev.framelens.framing.Actors actors, int window, dev.framelens.framing.Lexicon lexicon) {
        return FrameTables.actors(dev.framelens.framing.ActorFrames.byDocument(frameAnalysis(lexicon, actors), window));
    }

    /** Actors × frames summed over the corpus: {@code actor, mentions, category, side, hits}. */
    public Table actorsOverall() {
        return actorsOverall(requireActors(), dev.framelens.framing.ActorFrames.DEFAULT_WINDOW, lexicon);
    }

    /** Actors × frames summed over the corpus. */
    public Table actorsOverall(dev.framelens.framing.Actors actors, int window, dev.framelens.framing.Lexicon lexicon) {
        return FrameTables.actorsOverall(dev.framelens.framing.ActorFrames.overall(frameAnalysis(lexicon, actors), window));
    }

    /**
     * Every ordered pair of documents (self-pairs included): {@code doc_a, doc_b, cosine,
     * alarm_index_diff}, with this corpus's lexicon; see {@link dev.framelens.framing.DocumentSimilarity}.
     */
    public Table similarity() {
        return similarity(lexicon);
    }

    /** Document pairs, the alarm index from {@code lexicon}. */
    public Table similarity(dev.framelens.framing.Lexicon lexicon) {
        TermStatistics stats = unigramStatistics();
        dev.framelens.framing.FrameAnalysis analysis = frameAnalysis(lexicon, null);
        double[] index = new double[stats.documents()];
        for (int d = 0; d < index.length; d++) {
            dev.framelens.framing.DocumentFrames f = analysis.document(stats.documentIds().get(d));
            index[d] = dev.framelens.stats.Bootstrap.index(f.weight(dev.framelens.framing.Side.ALARM),
                    f.weight(dev.framelens.framing.Side.REASSURANCE));
        }
        return FrameTables.similarity(dev.framelens.framing.DocumentSimilarity.pairs(stats, index));
    }

    /** This corpus's lexicon ({@link #frameLexicon()}) as a table; see {@link FrameTables#lexicon}. */
    public Table lexicon() {
        return FrameTables.lexicon(lexicon);
    }

    // --- end framing ---

    @Override
    public String toString() {
        return "Framelens[" + corpus.size() + " documents]";
    }
}

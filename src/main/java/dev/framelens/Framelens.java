package dev.framelens;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.corpus.Document;
import dev.framelens.corpus.DocumentSource;
import dev.framelens.count.Collocations;
import dev.framelens.count.Cooccurrence;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.Terms;
import dev.framelens.framing.ActorFrames;
import dev.framelens.framing.Actors;
import dev.framelens.framing.CompareOptions;
import dev.framelens.framing.DocumentSimilarity;
import dev.framelens.framing.Evidence;
import dev.framelens.framing.FrameAnalysis;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.FrameScore;
import dev.framelens.framing.FrameScorer;
import dev.framelens.framing.Lexicon;
import dev.framelens.framing.Side;
import dev.framelens.framing.StoryPack;
import dev.framelens.framing.SpeakerFrames;
import dev.framelens.stats.Measure;
import dev.framelens.table.CooccurrenceOptions;
import dev.framelens.table.CooccurrenceTables;
import dev.framelens.table.FrameTables;
import dev.framelens.table.Kwic;
import dev.framelens.table.TermTables;
import dev.framelens.table.TrendTables;
import dev.framelens.table.VoiceTables;
import dev.framelens.text.Analyzer;
import dev.framelens.trend.FrameTrends;
import dev.framelens.voice.Voice;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
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
 * <p>The frame lexicon is the shipped general one ({@link Lexicon#shipped()})
 * plus the story packs the corpus lists ({@link StoryPack}: {@link #load}
 * reads {@code framelens.packs}, so the seeds get the Putin–Kim pack and its actors);
 * {@link #withLexicon}, {@link #withPack} and {@link #withActors} change it.
 *
 * Immutable; intermediate counts are computed once and cached, so repeated calls are cheap. The
 * cached counts it hands out ({@link #cooccurrenceCounts()}, {@link #frameAnalysis}) are read-only.
 *
 * <p>The facade lives in the root package: it may use {@code table} and everything below it, and
 * only the entry points ({@code cli}, {@code notebook}) use it.
 */
public final class Framelens {
    /** The name of a corpus that was not read from a path. */
    public static final String UNNAMED = "corpus";

    /** The corpus in memory, or null when it is streamed from {@link #source}. */
    private final Corpus corpus;
    private final DocumentSource source;
    private final Analyzer analyzer;
    private final String name;
    private final Lexicon lexicon;
    private final Actors actors;
    /** The passes over the documents and the counts kept from them. */
    private final Analyses analyses;
    private final Consumer<String> warnings;
    /** Threads for the analyses (see {@link #withThreads}). */
    private final int threads;

    private Framelens(DocumentSource source, Analyzer analyzer, String name, Lexicon lexicon, Actors actors,
                      Consumer<String> warnings, int threads) {
        this.threads = threads;
        this.source = Objects.requireNonNull(source, "source");
        this.corpus = source instanceof Corpus c ? c : null;
        this.analyzer = analyzer;
        this.name = name;
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.actors = actors;
        this.warnings = warnings;
        this.analyses = new Analyses(source, analyzer, threads, this::corpus);
    }

    /**
     * Reads a corpus (folder of .txt, .csv or .jsonl) with boilerplate cleaning and the standard
     * analyzer; it is named after the path ({@link #name}), and its frame lexicon is the shipped one
     * plus the packs the corpus lists (none for most corpora; the Putin–Kim pack for the seeds).
     */
    public static Framelens load(String path) {
        return load(Path.of(path));
    }

    /** {@link #load(String)}. */
    public static Framelens load(Path path) {
        return of(Corpus.read(path)).named(nameOf(path)).withPacks(StoryPack.listed(path));
    }

    /**
     * A corpus on disk, streamed: nothing is read now, and every result reads the documents again,
     * one at a time, keeping only what that result needs (the memory model in the README). Named
     * after the path, with the shipped lexicon and the packs the corpus lists, as {@link #load}.
     */
    public static Framelens open(Path path) {
        return streamed(CorpusReader.source(path, CorpusReader.Options.defaults()), Analyzer.standard())
                .named(nameOf(path)).withPacks(StoryPack.listed(path));
    }

    /**
     * Documents streamed from {@code source} (each result reads them again), with this analyzer and
     * the shipped lexicon, without packs or actors, named {@value #UNNAMED}.
     */
    public static Framelens streamed(DocumentSource source, Analyzer analyzer) {
        return new Framelens(source, analyzer, UNNAMED, Lexicon.shipped(), null, w -> { }, 1);
    }

    /** A corpus already read, with the standard analyzer and the shipped lexicon, without packs or actors, named {@value #UNNAMED}. */
    public static Framelens of(Corpus corpus) {
        return of(corpus, Analyzer.standard());
    }

    /** A corpus already read, with this analyzer and the shipped lexicon, without packs or actors, named {@value #UNNAMED}. */
    public static Framelens of(Corpus corpus, Analyzer analyzer) {
        return new Framelens(corpus, analyzer, UNNAMED, Lexicon.shipped(), null, w -> { }, 1);
    }

    /**
     * What a corpus read from {@code path} is called: the last part of the absolute, normalised
     * path ({@code seeds} for {@code ./seeds/}, {@code news.jsonl} for {@code data/news.jsonl}).
     */
    public static String nameOf(Path path) {
        Path file = path.toAbsolutePath().normalize().getFileName();
        return file == null ? path.toString() : file.toString();
    }

    /** What the corpus is called, e.g. in a report's title: the folder or file it was read from. */
    public String name() {
        return name;
    }

    /** The same corpus and pipeline under another name. */
    public Framelens named(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a corpus name must not be blank");
        }
        return new Framelens(source, analyzer, newName, lexicon, actors, warnings, threads);
    }

    /** The same corpus analysed with another pipeline. */
    public Framelens withAnalyzer(Analyzer other) {
        return new Framelens(source, other, name, lexicon, actors, warnings, threads);
    }

    /**
     * The same analysis, telling {@code sink} one-line warnings about its tables (a metadata
     * column renamed because its name clashes with another column; see {@link FrameTables#scores}).
     * By default warnings are dropped.
     */
    public Framelens withWarnings(Consumer<String> sink) {
        return new Framelens(source, analyzer, name, lexicon, actors, Objects.requireNonNull(sink, "sink"), threads);
    }

    /** The same corpus scored with another frame lexicon (the actors stay). */
    public Framelens withLexicon(Lexicon other) {
        return new Framelens(source, analyzer, name, other, actors, warnings, threads);
    }

    /** The same corpus with another actor list ({@code null}: none). */
    public Framelens withActors(Actors other) {
        return new Framelens(source, analyzer, name, lexicon, other, warnings, threads);
    }

    /** The same corpus with a story pack added on top of its lexicon (and its actors, if it has any). */
    public Framelens withPack(Path pack) {
        return withPacks(List.of(StoryPack.read(pack)));
    }

    /**
     * The same corpus, analysed on {@code threads} threads (default 1): term counts, co-occurrence,
     * frame hits and frame scores. Every result is the same whatever the number of threads.
     */
    public Framelens withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be ≥ 1");
        }
        return new Framelens(source, analyzer, name, lexicon, actors, warnings, threads);
    }

    /** The number of threads this facade analyses on ({@link #withThreads}; 1 unless set). */
    public int threads() {
        return threads;
    }

    /** The same corpus with these packs added on top of its lexicon and actors, in order. */
    public Framelens withPacks(List<StoryPack> packs) {
        if (packs.isEmpty()) {
            return this;
        }
        Actors more = StoryPack.actors(packs);
        return new Framelens(source, analyzer, name, StoryPack.apply(lexicon, packs),
                more == null ? actors : actors == null ? more : actors.withMore(more), warnings, threads);
    }

    /** Where this facade's warnings go. */
    Consumer<String> warnings() {
        return warnings;
    }

    /**
     * One pass that keeps what a summary of a corpus of any size needs ({@link Overview}): every
     * article's frame scores with {@code options}, term frequencies, actors × frames with this
     * corpus's actors, the term counts of each value of {@code compareColumn} (null: none) and the
     * {@code extremes} most and least alarmed articles with up to {@code evidenceRows} evidence
     * sentences per side.
     */
    public Overview overview(FrameOptions options, String compareColumn, int extremes, int evidenceRows) {
        return Overview.of(this, options, compareColumn, extremes, evidenceRows);
    }

    /**
     * Pairs among {@code terms} (±5 window, both orders, as {@link #cooccurrenceMatrix(int,
     * CooccurrenceOptions)} lists them), counted in one pass that keeps only those pairs: for a
     * corpus whose every pair would not fit in memory.
     */
    public Table cooccurrenceMatrix(List<String> terms, CooccurrenceOptions options) {
        return CooccurrenceTables.matrix(Folds.cooccurrenceAmong(source, analyzer, terms, options.settings(), threads), terms.size(),
                options);
    }

    /** The frame lexicon the no-argument framing methods use. */
    public Lexicon frameLexicon() {
        return lexicon;
    }

    /** The actor list the no-argument actor methods use, or {@code null} when there is none. */
    public Actors frameActors() {
        return actors;
    }

    /** The same analysis with stop words kept (or removed). */
    public Framelens keepStopWords(boolean keep) {
        return withAnalyzer(analyzer.withStopWordsRemoved(!keep));
    }

    /**
     * The corpus in memory. A streamed one ({@link #open}, {@link #streamed}) is read whole for this
     * call (and not kept): for a corpus larger than memory use {@link #documents()} and the
     * result methods, which stream.
     */
    public Corpus corpus() {
        return corpus != null ? corpus : Folds.readAll(source);
    }

    /** The documents, in memory or streamed from disk; each pass reads them in corpus order. */
    public DocumentSource documents() {
        return source;
    }

    /** Whether the corpus is streamed from disk rather than held in memory. */
    public boolean isStreamed() {
        return corpus == null;
    }

    /** The same analysis on the corpus held in memory (read now when it is streamed). */
    public Framelens inMemory() {
        return corpus != null ? this : new Framelens(corpus(), analyzer, name, lexicon, actors, warnings, threads);
    }

    /**
     * Runs a per-document function on every document and folds its results in corpus order: the one
     * loop of every streamed result. {@code perDocument} makes the function (a function may keep
     * state, such as a scorer, so each worker needs its own); {@code fold} sees the results in corpus
     * order, one at a time, so a parallel map over the documents can take this loop's place without
     * changing any result.
     */
    <R> void each(java.util.function.Supplier<java.util.function.Function<Document, R>> perDocument,
                          Consumer<R> fold) {
        analyses.each(perDocument, fold);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    TermStatistics unigramStatistics() {
        return analyses.unigrams();
    }

    /** Corpus-level unigram counts without document vectors (memory follows the vocabulary only). */
    TermStatistics corpusStatistics() {
        return analyses.corpusUnigrams();
    }

    /**
     * Every kept token: {@code doc, sentence, position, start, end, token}. Positions number the
     * tokens after the same filtering {@link #termFrequencies()} applies, so the two agree.
     */
    public Table tokens() {
        return Folds.tokens(source, analyzer);
    }

    /** {@code term, count, doc_freq, per_1k} for every term; see {@link TermTables#corpus}. */
    public Table termFrequencies() {
        return TermTables.corpus(corpusStatistics(), 0);
    }

    /** The {@code top} most frequent terms. */
    public Table termFrequencies(int top) {
        return TermTables.corpus(corpusStatistics(), top);
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
        return TermTables.corpus(n == 1 ? corpusStatistics() : analyses.count(n, false), 0);
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
        return analyzer.normalize(term);
    }

    /** Whether {@code term} (normalised) occurs in the analysed stream. */
    public boolean occurs(String term) {
        return corpusStatistics().count(normalize(term)) > 0;
    }

    /**
     * The co-occurrence counts behind {@link #cooccurrence(String)} (±5 window), computed once.
     * Read-only: the cached result is shared by every later call.
     */
    public Cooccurrence cooccurrenceCounts() {
        return cooccurrenceCounts(CooccurrenceOptions.defaults().settings());
    }

    /** Counts for these settings, computed once; read-only, shared by every later call. */
    public Cooccurrence cooccurrenceCounts(Cooccurrence.Settings settings) {
        return analyses.cooccurrence(settings);
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
        return collocations(size, Measure.G2, 2, 0);
    }

    /**
     * Collocations of {@code size} words seen at least {@code minCount} times, ranked by
     * {@code measure}, at most {@code top} rows (0: all); see {@link CooccurrenceTables#collocations}.
     */
    public Table collocations(int size, Measure measure, int minCount, int top) {
        return CooccurrenceTables.collocations(Collocations.count(corpus(), analyzer, size), measure, minCount, top);
    }

    /** Keyword in context, each occurrence in its whole sentence as written; see {@link Kwic}. */
    public Table kwic(String term) {
        return Kwic.table(source, analyzer, normalize(term), 0, Kwic.Unit.SENTENCE);
    }

    /** Keyword in context, {@code width} tokens (or characters with {@code chars}) each side. */
    public Table kwic(String term, int width, boolean chars) {
        return Kwic.table(source, analyzer, normalize(term), width, chars);
    }

    // --- voices ---

    /**
     * Every quotation of the corpus and its speaker: {@code doc, start, end, text, speaker,
     * speaker_start, speaker_end, cue, kind}; see {@link VoiceTables#quotations} and
     * {@code docs/QUOTES.md}.
     */
    public Table quotations() {
        return VoiceTables.quotations(corpus());
    }

    // --- time ---

    /**
     * Frames over time: {@code period, [group,] docs, tokens, alarm_per_1k, reassurance_per_1k,
     * alarm_index, ci_low, ci_high}, the frame scores summed per period of a time column; see
     * {@link FrameTrends} and {@link TrendTables#trends}.
     *
     * <pre>{@code corpus.trends(FrameTrends.Options.of("date").every(Every.parse("month")).groupBy("outlet"))}</pre>
     */
    public Table trends(FrameTrends.Options options) {
        return TrendTables.trends(trend(options), options.groupColumn());
    }

    /**
     * The lagged cross-correlation of the groups' alarm_index series, lags −maxLag … maxLag:
     * {@code group_a, group_b, lag, pairs, r}; see {@link FrameTrends#crossCorrelation}. A description
     * of which group's framing moves first, not a test of causation.
     */
    public Table trendCrossCorrelation(FrameTrends.Options options, int maxLag) {
        return TrendTables.crossCorrelation(FrameTrends.crossCorrelation(trend(options), maxLag));
    }

    /** The trend behind {@link #trends}: its rows, groups and the documents left out. */
    public FrameTrends.Trend trend(FrameTrends.Options options) {
        return FrameTrends.compute(corpus(), frameAnalysis(options.frames().lexicon(), null), options);
    }

    // --- framing ---

    /**
     * The lexicon hits (and, with {@code actors}, actor mentions) of every document, computed once
     * per lexicon and actor list. Matching reads this pipeline's stream with stop words kept and
     * phrases merged; see {@link FrameScorer}.
     *
     * @param lexicon the frame lexicon
     * @param actors  actor terms to find too, or {@code null}
     */
    public FrameAnalysis frameAnalysis(Lexicon lexicon, Actors actors) {
        return analyses.frames(lexicon, actors);
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
     * ({@link FrameOptions#defaults()} has the shipped lexicon without packs.)
     */
    public FrameOptions frameOptions() {
        return FrameOptions.defaults().lexicon(lexicon);
    }

    /** Frame scores with the lexicon and bootstrap of {@code options}, as given. */
    public Table frameScores(FrameOptions options) {
        return Folds.frameScores(this, options);
    }

    /**
     * Frame scores by voice with this corpus's lexicon and the default bootstrap: two rows per
     * document, {@code author} then {@code quoted}, {@code doc, <metadata…>, voice, tokens,
     * <category>_per_1k…, negated_alarm_per_1k, alarm_per_1k, reassurance_per_1k, alarm_index,
     * ci_low, ci_high}; each row counts the hits and tokens of its voice only, and the two rows add
     * up to the document's {@link #frameScores()} row. See {@link FrameTables#scoresByVoice} and
     * {@code docs/QUOTES.md}.
     */
    public Table frameScoresByVoice() {
        return frameScoresByVoice(frameOptions());
    }

    /** Frame scores by voice with the lexicon and bootstrap of {@code options}. */
    public Table frameScoresByVoice(FrameOptions options) {
        FrameAnalysis analysis = frameAnalysis(options.lexicon(), null);
        return FrameTables.scoresByVoice(corpus(), analysis.scores(options, Voice.AUTHOR),
                analysis.scores(options, Voice.QUOTED), options.lexicon(), warnings);
    }

    /**
     * Every hit of this corpus's lexicon: {@code doc, sentence, side, category, entry, matched,
     * start, end, negated, negator, rule, weight, voice, speaker}; see {@link FrameTables#hits}.
     */
    public Table frameHits() {
        return frameHits(lexicon);
    }

    /** Every hit of {@code lexicon}. */
    public Table frameHits(Lexicon lexicon) {
        return FrameTables.hits(corpus(), frameAnalysis(lexicon, null));
    }

    /**
     * Evidence sentences of one document, both sides, all of them: {@code doc, side, sentence,
     * hits, start, end, text, entries, speakers, quoted}; see {@link Evidence#sentences}.
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
    public Table evidence(String doc, Side side, int top) {
        return evidence(doc, side, top, lexicon);
    }

    /** Evidence sentences of one document with {@code lexicon}. */
    public Table evidence(String doc, Side side, int top, Lexicon lexicon) {
        return FrameTables.evidence(Folds.evidence(this, doc, side, top, lexicon));
    }

    /**
     * Terms that distinguish the documents with {@code column = a} from those with
     * {@code column = b}: {@code term, count_a, count_b, per_1k_a, per_1k_b, delta, z, g2}, by z
     * descending, every term, α0 = 500; see {@link GroupComparison}.
     */
    public Table compare(String column, String a, String b) {
        return compare(column, a, b, CompareOptions.defaults());
    }

    /** {@link #compare(String, String, String)} with α0, min count, top and background from {@code options}. */
    public Table compare(String column, String a, String b, CompareOptions options) {
        return compare(groupCounts(column), column, a, b, options);
    }

    /**
     * The term counts of each value of metadata column {@code column} (documents without a value in
     * group {@code ""}), from one pass over the corpus: what {@link #compare} and {@link
     * #compareOneVsRest} need, to be given to both when a caller first looks at the values.
     *
     * @throws IllegalArgumentException for an unknown column (the message lists the columns)
     */
    public ColumnGroups groupCounts(String column) {
        return ColumnGroups.count(source, analyzer, column);
    }

    /** {@link #compare(String, String, String, CompareOptions)} from counts already made ({@link #groupCounts}). */
    public Table compare(ColumnGroups groups, String column, String a, String b, CompareOptions options) {
        return Comparisons.values(groups, column, a, b, options, analyzer);
    }

    /** Compares two explicit lists of document ids. */
    public Table compareDocuments(List<String> a, List<String> b) {
        return compareDocuments(a, b, CompareOptions.defaults());
    }

    /**
     * Compares two explicit lists of document ids with these options; one pass counts the two
     * groups (the checks of {@link GroupComparison#byDocuments}, an unknown id named with the ids).
     */
    public Table compareDocuments(List<String> a, List<String> b, CompareOptions options) {
        return Comparisons.documents(source, analyzer, a, b, options);
    }

    /**
     * One-vs-rest: each value of {@code column} (sorted) against all other documents, in one table
     * with a leading {@code group} column (the value).
     */
    public Table compareOneVsRest(String column) {
        return compareOneVsRest(column, CompareOptions.defaults());
    }

    /** One-vs-rest with these options ({@code top} applies per group). */
    public Table compareOneVsRest(String column, CompareOptions options) {
        return compareOneVsRest(groupCounts(column), options);
    }

    /** {@link #compareOneVsRest(String, CompareOptions)} from counts already made ({@link #groupCounts}). */
    public Table compareOneVsRest(ColumnGroups groups, CompareOptions options) {
        return Comparisons.oneVsRest(groups, options, analyzer);
    }

    /**
     * Actors × frames per document with this corpus's actors and lexicon, window ±10 tokens:
     * {@code doc, actor, mentions, category, side, hits}; see {@link ActorFrames}.
     *
     * @throws IllegalArgumentException when there is no actor list (no pack with actors; see {@link #withActors})
     */
    public Table actors() {
        return actors(Folds.present(actors), ActorFrames.DEFAULT_WINDOW, lexicon);
    }

    /** Actors × frames per document. */
    public Table actors(Actors actors, int window, Lexicon lexicon) {
        return FrameTables.actors(Folds.actors(this, actors, window, lexicon));
    }

    /** Actors × frames summed over the corpus: {@code actor, mentions, category, side, hits}. */
    public Table actorsOverall() {
        return actorsOverall(Folds.present(actors), ActorFrames.DEFAULT_WINDOW, lexicon);
    }

    /** Actors × frames summed over the corpus. */
    public Table actorsOverall(Actors actors, int window, Lexicon lexicon) {
        return FrameTables.actorsOverall(Folds.actorsOverall(this, actors, window, lexicon));
    }

    /**
     * The author's and the quoted framing per value of a metadata column: {@code <column>, voice,
     * docs, tokens, alarm_per_1k, reassurance_per_1k, alarm_index}; see {@link VoiceGroups#byGroup}.
     *
     * @throws IllegalArgumentException when the corpus has no such column
     */
    public Table frameScoresByVoice(String column, Lexicon lexicon) {
        return Comparisons.voices(corpus(), frameAnalysis(lexicon, null), column);
    }

    /**
     * The quoted speakers with this corpus's lexicon, most quoted first, and their frame balance:
     * {@code speaker, quotations, docs, tokens, alarm_hits, reassurance_hits, alarm_per_1k,
     * reassurance_per_1k, alarm_index}; see {@link SpeakerFrames#speakers}.
     */
    public Table speakers() {
        return speakers(lexicon);
    }

    /** The quoted speakers' frame balance with {@code lexicon}. */
    public Table speakers(Lexicon lexicon) {
        return VoiceTables.speakers(SpeakerFrames.speakers(frameAnalysis(lexicon, null)));
    }

    /**
     * Who says what about whom, with this corpus's actors and lexicon, window ±10 tokens: {@code
     * voice, speaker, actor, side, hits}; see {@link SpeakerFrames#byActor}.
     *
     * @throws IllegalArgumentException when there is no actor list
     */
    public Table actorsBySpeaker() {
        return actorsBySpeaker(Folds.present(actors), ActorFrames.DEFAULT_WINDOW, lexicon);
    }

    /** Who says what about whom. */
    public Table actorsBySpeaker(Actors actors, int window, Lexicon lexicon) {
        return VoiceTables.speakersByActor(SpeakerFrames.byActor(frameAnalysis(lexicon, actors), window));
    }

    /**
     * Every ordered pair of documents (self-pairs included): {@code doc_a, doc_b, cosine,
     * alarm_index_diff}, with this corpus's lexicon; see {@link dev.framelens.framing.DocumentSimilarity}.
     */
    public Table similarity() {
        return similarity(lexicon);
    }

    /** Document pairs, the alarm index from {@code lexicon}. */
    public Table similarity(Lexicon lexicon) {
        return similarity(lexicon, 0);
    }

    /**
     * Document pairs with the alarm index from {@code lexicon}: every ordered pair when {@code topK}
     * is 0, else each document's {@code topK} nearest others ({@link DocumentSimilarity#nearest}).
     * One pass keeps each document's term vector and alarm index, never its text.
     */
    public Table similarity(Lexicon lexicon, int topK) {
        return FrameTables.similarity(Folds.similarity(this, lexicon, topK));
    }

    /** This corpus's lexicon ({@link #frameLexicon()}) as a table; see {@link FrameTables#lexicon}. */
    public Table lexicon() {
        return FrameTables.lexicon(lexicon);
    }

    @Override
    public String toString() {
        return corpus == null ? "Framelens[" + source + "]" : "Framelens[" + corpus.size() + " documents]";
    }
}

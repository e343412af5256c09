package dev.framelens;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.corpus.DocumentSource;
import dev.framelens.corpus.ParallelDocuments;
import dev.framelens.count.Cooccurrence;
import dev.framelens.count.ParallelAnalysis;
import dev.framelens.count.TermStatistics;
import dev.framelens.framing.Actors;
import dev.framelens.framing.FrameAnalysis;
import dev.framelens.framing.Lexicon;
import dev.framelens.text.Analyzer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The passes a {@link Framelens} runs over its documents and the counts it keeps from them, each
 * computed once per facade: the document loop on the facade's threads, term statistics with and
 * without document vectors, co-occurrence per window setting, and the frame analysis per lexicon
 * and actor list. Thread-safe: a count computed twice at once is computed the same both times.
 */
final class Analyses {
    private final DocumentSource source;
    private final Analyzer analyzer;
    private final int threads;
    private final Supplier<Corpus> corpus;
    private volatile TermStatistics unigrams;
    private volatile TermStatistics corpusUnigrams;
    private final Map<Cooccurrence.Settings, Cooccurrence> cooccurrences = new ConcurrentHashMap<>();
    private final Map<FrameKey, FrameAnalysis> frameAnalyses = new ConcurrentHashMap<>();

    private record FrameKey(Lexicon lexicon, Actors actors) {
    }

    Analyses(DocumentSource source, Analyzer analyzer, int threads, Supplier<Corpus> corpus) {
        this.source = source;
        this.analyzer = analyzer;
        this.threads = threads;
        this.corpus = corpus;
    }

    /** {@link Framelens#each}: the per-document functions on the facade's threads, folded in corpus order. */
    <R> void each(Supplier<Function<Document, R>> perDocument, Consumer<R> fold) {
        ParallelDocuments.map(sink -> source.forEach(sink), threads, perDocument, fold);
    }

    /** Counts of the corpus with (or without) each document's term vector, from one pass. */
    TermStatistics count(int ngram, boolean keepDocumentVectors) {
        TermStatistics.Builder b = new TermStatistics.Builder(analyzer, ngram, keepDocumentVectors);
        ParallelAnalysis.run(sink -> source.forEach(sink), threads, b);
        return b.build();
    }

    /** Unigram counts with document vectors, counted on first use. */
    TermStatistics unigrams() {
        TermStatistics s = unigrams;
        if (s == null) {
            s = count(1, true);
            unigrams = s;
        }
        return s;
    }

    /** Corpus-level unigram counts: the ones with vectors when they exist, else counted without them. */
    TermStatistics corpusUnigrams() {
        TermStatistics s = unigrams != null ? unigrams : corpusUnigrams;
        if (s == null) {
            s = count(1, false);
            corpusUnigrams = s;
        }
        return s;
    }

    /** Every pair within the settings' window, counted on first use of those settings. */
    Cooccurrence cooccurrence(Cooccurrence.Settings settings) {
        return cooccurrences.computeIfAbsent(settings, s -> {
            Cooccurrence.Counter c = new Cooccurrence.Counter(analyzer, s, null);
            ParallelAnalysis.run(sink -> source.forEach(sink), threads, c);
            return c.build();
        });
    }

    /** The frame analysis of the corpus (read into memory) with this lexicon and actor list, run on first use. */
    FrameAnalysis frames(Lexicon lexicon, Actors actors) {
        return frameAnalyses.computeIfAbsent(new FrameKey(lexicon, actors),
                k -> FrameAnalysis.run(corpus.get(), analyzer, lexicon, actors, threads));
    }
}

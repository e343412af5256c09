package dev.framelens.framing;

import dev.framelens.corpus.Document;
import dev.framelens.corpus.ParallelDocuments;
import dev.framelens.text.Analyzer;
import dev.framelens.voice.Voice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon hits (and actor mentions) of every document of a corpus, in corpus order: the one
 * pass over the text that frame scores, evidence, actors × frames and similarity all read.
 * Immutable.
 */
public final class FrameAnalysis {
    private final Lexicon lexicon;
    private final Actors actors;
    private final List<DocumentFrames> documents;
    private final Map<String, DocumentFrames> byId;

    private FrameAnalysis(Lexicon lexicon, Actors actors, List<DocumentFrames> documents) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.documents = List.copyOf(documents);
        Map<String, DocumentFrames> m = new LinkedHashMap<>();
        for (DocumentFrames d : documents) {
            m.put(d.id(), d);
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    /**
     * Scans every document with one {@link FrameScorer}.
     *
     * @param documents the corpus, in order
     * @param analyzer  the pipeline whose phrases are merged (stop words are kept regardless)
     * @param lexicon   the frame lexicon
     * @param actors    actor terms to find too, or {@code null}
     * @return the hits of every document
     */
    public static FrameAnalysis run(Iterable<Document> documents, Analyzer analyzer, Lexicon lexicon, Actors actors) {
        return run(documents, analyzer, lexicon, actors, 1);
    }

    /**
     * {@link #run(Iterable, Analyzer, Lexicon, Actors)} on {@code threads} threads: each worker
     * scans with its own {@link FrameScorer} ({@link ParallelDocuments}, results in corpus order).
     * A document's hits do not depend on what the scorer saw before, so the analysis is the same
     * whatever the number of threads.
     */
    public static FrameAnalysis run(Iterable<Document> documents, Analyzer analyzer, Lexicon lexicon, Actors actors,
                                    int threads) {
        List<DocumentFrames> out = new ArrayList<>();
        ParallelDocuments.map(sink -> documents.forEach(sink), threads, () -> {
            FrameScorer scorer = new FrameScorer(analyzer, lexicon, actors);
            return scorer::score;
        }, out::add);
        return new FrameAnalysis(lexicon, actors, out);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The actors that were matched, or {@code null}. */
    public Actors actors() {
        return actors;
    }

    /** Every document's hits, in corpus order. */
    public List<DocumentFrames> documents() {
        return documents;
    }

    /** The hits of document {@code id}. */
    public DocumentFrames document(String id) {
        DocumentFrames d = byId.get(id);
        if (d == null) {
            throw new IllegalArgumentException("no document '" + id + "' in the corpus; ids are " + byId.keySet());
        }
        return d;
    }

    /**
     * The frame scores of every document, in corpus order.
     *
     * @param options bootstrap settings; its lexicon must be the one this analysis used
     * @return one {@link FrameScore} per document
     */
    public List<FrameScore> scores(FrameOptions options) {
        return scores(options, null, 1);
    }

    /**
     * The frame scores of one voice of every document, in corpus order: the author's part or the
     * quoted part ({@link FrameScore#of(DocumentFrames, FrameOptions, Voice)}).
     *
     * @param options bootstrap settings; its lexicon must be the one this analysis used
     * @param voice   the voice, or {@code null} for the whole documents
     * @return one {@link FrameScore} per document
     */
    public List<FrameScore> scores(FrameOptions options, Voice voice) {
        return scores(options, voice, 1);
    }

    /**
     * {@link #scores(FrameOptions)} on {@code threads} threads. Each document's bootstrap is seeded
     * from its id ({@link FrameOptions#seedFor}), so the scores are the same whatever the number of
     * threads.
     */
    public List<FrameScore> scores(FrameOptions options, int threads) {
        return scores(options, null, threads);
    }

    /** {@link #scores(FrameOptions, Voice)} on {@code threads} threads, the same scores for any number. */
    public List<FrameScore> scores(FrameOptions options, Voice voice, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be ≥ 1");
        }
        if (options.lexicon() != lexicon) {
            throw new IllegalArgumentException("the options name lexicon " + options.lexicon().source()
                    + " but this analysis used " + lexicon.source() + "; run the analysis with that lexicon");
        }
        if (threads > 1 && documents.size() > 1) {
            FrameScore[] out = new FrameScore[documents.size()];
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                pool.submit(() -> java.util.stream.IntStream.range(0, out.length).parallel()
                        .forEach(i -> out[i] = voice == null ? FrameScore.of(documents.get(i), options)
                                : FrameScore.of(documents.get(i), options, voice))).join();
            } finally {
                pool.shutdown();
            }
            return List.of(out);
        }
        List<FrameScore> out = new ArrayList<>(documents.size());
        for (DocumentFrames d : documents) {
            out.add(voice == null ? FrameScore.of(d, options) : FrameScore.of(d, options, voice));
        }
        return out;
    }
}

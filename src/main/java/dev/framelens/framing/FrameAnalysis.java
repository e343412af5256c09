package dev.framelens.framing;

import dev.framelens.corpus.Document;
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
        FrameScorer scorer = new FrameScorer(analyzer, lexicon, actors);
        List<DocumentFrames> out = new ArrayList<>();
        for (Document d : documents) {
            out.add(scorer.score(d));
        }
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
        return scores(options, null);
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
        if (options.lexicon() != lexicon) {
            throw new IllegalArgumentException("the options name lexicon " + options.lexicon().source()
                    + " but this analysis used " + lexicon.source() + "; run the analysis with that lexicon");
        }
        List<FrameScore> out = new ArrayList<>(documents.size());
        for (DocumentFrames d : documents) {
            out.add(voice == null ? FrameScore.of(d, options) : FrameScore.of(d, options, voice));
        }
        return out;
    }
}

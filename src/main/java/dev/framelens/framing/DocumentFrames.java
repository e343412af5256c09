package dev.framelens.framing;

import java.util.List;

/**
 * What {@link FrameScorer} found in one document: its token and sentence counts, the span of each
 * sentence, every lexicon hit in text order and (when actors were given) every actor mention.
 * Immutable. Every number of the frame scores is computed from this object, so each can be traced
 * back to a {@link FrameHit}.
 */
public final class DocumentFrames {
    private final String id;
    private final int tokens;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final List<FrameHit> hits;
    private final List<ActorMention> mentions;

    DocumentFrames(String id, int tokens, int[] sentenceStart, int[] sentenceEnd, List<FrameHit> hits,
                   List<ActorMention> mentions) {
        this.id = id;
        this.tokens = tokens;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
        this.hits = List.copyOf(hits);
        this.mentions = List.copyOf(mentions);
    }

    /** The document id. */
    public String id() {
        return id;
    }

    /**
     * Number of word tokens in the unfiltered stream: stop words included, a merged phrase
     * ({@code north korea}) counted as one token. The denominator of every {@code _per_1k}.
     */
    public int tokens() {
        return tokens;
    }

    /** Number of sentences (sentences are numbered 1 … this). */
    public int sentences() {
        return sentenceStart.length;
    }

    /** Offset of the first character of sentence {@code s} (1-based): its first token's start. */
    public int sentenceStart(int s) {
        return sentenceStart[s - 1];
    }

    /** Offset after sentence {@code s}'s last token. */
    public int sentenceEnd(int s) {
        return sentenceEnd[s - 1];
    }

    /** Every lexicon hit, in text order. */
    public List<FrameHit> hits() {
        return hits;
    }

    /** Every actor mention, in text order (empty when the scorer had no actors). */
    public List<ActorMention> mentions() {
        return mentions;
    }

    /**
     * Summed weight of each sentence's hits on one side (negated alarm hits count as reassurance):
     * element {@code s − 1} for sentence {@code s}. The resampling data of the bootstrap.
     */
    public double[] sentenceWeights(Side side) {
        double[] w = new double[sentences()];
        for (FrameHit h : hits) {
            if (h.side() == side) {
                w[h.sentence() - 1] += h.weight();
            }
        }
        return w;
    }

    /** Summed weight of all hits on one side, in hit order. */
    public double weight(Side side) {
        double w = 0.0;
        for (FrameHit h : hits) {
            if (h.side() == side) {
                w += h.weight();
            }
        }
        return w;
    }

    @Override
    public String toString() {
        return "DocumentFrames[" + id + ": " + tokens + " tokens, " + sentences() + " sentences, " + hits.size()
                + " hits]";
    }
}

package dev.framelens.framing;

import dev.framelens.voice.Voice;
import dev.framelens.voice.VoiceMap;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link FrameScorer} found in one document: its token and sentence counts, the span of each
 * sentence, every lexicon hit in text order and (when actors were given) every actor mention, and
 * who speaks where ({@link #voices()}): each hit carries its voice and speaker, and the tokens are
 * counted per voice, per sentence and per quotation, so every score can be split into the author's
 * and the quoted sources' part ({@link FrameScore#of(DocumentFrames, FrameOptions, Voice)}).
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
    private final VoiceMap voices;
    private final int[] sentenceTokens;
    private final int[] sentenceQuotedTokens;
    private final int[] quotationTokens;

    /**
     * @param sentenceTokens       tokens of each sentence (element {@code s − 1} for sentence {@code s})
     * @param sentenceQuotedTokens of those, the tokens that start inside a quotation
     * @param quotationTokens      tokens of each quotation of {@code voices}, in its order
     */
    DocumentFrames(String id, int tokens, int[] sentenceStart, int[] sentenceEnd, List<FrameHit> hits,
                   List<ActorMention> mentions, VoiceMap voices, int[] sentenceTokens, int[] sentenceQuotedTokens,
                   int[] quotationTokens) {
        this.id = id;
        this.tokens = tokens;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
        this.hits = List.copyOf(hits);
        this.mentions = List.copyOf(mentions);
        this.voices = voices;
        this.sentenceTokens = sentenceTokens;
        this.sentenceQuotedTokens = sentenceQuotedTokens;
        this.quotationTokens = quotationTokens;
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

    /** Who speaks where: the document's quotations, as the scorer read them. */
    public VoiceMap voices() {
        return voices;
    }

    /**
     * Tokens of one voice: those whose first character lies in a quotation ({@link Voice#QUOTED})
     * or outside every quotation ({@link Voice#AUTHOR}); the two add up to {@link #tokens()}.
     */
    public int tokens(Voice voice) {
        int quoted = 0;
        for (int q : sentenceQuotedTokens) {
            quoted += q;
        }
        return voice == Voice.QUOTED ? quoted : tokens - quoted;
    }

    /** Tokens of one voice in sentence {@code s} (1-based). */
    public int sentenceTokens(int s, Voice voice) {
        int quoted = sentenceQuotedTokens[s - 1];
        return voice == Voice.QUOTED ? quoted : sentenceTokens[s - 1] - quoted;
    }

    /** Number of sentences with at least one token of {@code voice}. */
    public int sentences(Voice voice) {
        int n = 0;
        for (int s = 1; s <= sentences(); s++) {
            if (sentenceTokens(s, voice) > 0) {
                n++;
            }
        }
        return n;
    }

    /** Tokens of quotation {@code q}, its position in {@code voices().quotations()}. */
    public int quotationTokens(int q) {
        return quotationTokens[q];
    }

    /** The hits of one voice, in text order. */
    public List<FrameHit> hits(Voice voice) {
        List<FrameHit> out = new ArrayList<>();
        for (FrameHit h : hits) {
            if (h.voice() == voice) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Summed weight of one voice's hits on one side in each sentence where that voice has tokens, in
     * sentence order (one element per sentence counted by {@link #sentences(Voice)}): the
     * resampling data of that voice's bootstrap.
     */
    public double[] sentenceWeights(Side side, Voice voice) {
        int[] slot = new int[sentences() + 1];
        int n = 0;
        for (int s = 1; s <= sentences(); s++) {
            slot[s] = sentenceTokens(s, voice) > 0 ? n++ : -1;
        }
        double[] w = new double[n];
        for (FrameHit h : hits) {
            if (h.side() == side && h.voice() == voice) {
                w[slot[h.sentence()]] += h.weight();
            }
        }
        return w;
    }

    /** Summed weight of one voice's hits on one side, in hit order. */
    public double weight(Side side, Voice voice) {
        double w = 0.0;
        for (FrameHit h : hits) {
            if (h.side() == side && h.voice() == voice) {
                w += h.weight();
            }
        }
        return w;
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
                + " hits, " + voices.quotations().size() + " quotations]";
    }
}

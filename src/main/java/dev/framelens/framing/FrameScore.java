package dev.framelens.framing;

import dev.framelens.stats.Bootstrap;
import dev.framelens.voice.Voice;
import java.util.Arrays;
import java.util.List;

/**
 * The frame scores of one document, all computed from its {@link DocumentFrames}:
 * <pre>
 *   weight(c)            = Σ weights of the non-negated hits of category c
 *   negated              = Σ weights of the negated alarm hits
 *   A                    = Σ weights of the alarm hits that are not negated
 *   R                    = Σ weights of the reassurance hits + negated
 *   per_1k(x)            = 1000 · x / tokens          (NaN for a document without tokens)
 *   alarm_index          = ln((A + ½) / (R + ½))                    ({@link Bootstrap#index})
 *   [ci_low, ci_high]    = percentile interval (Efron &amp; Tibshirani 1993, <i>An Introduction to the
 *                          Bootstrap</i>, ch. 13) of the index over {@code resamples} bootstrap
 *                          resamples of the document's sentences ({@link Bootstrap#alarmIndex}),
 *                          seeded with {@link FrameOptions#seedFor(String)}
 * </pre>
 * The index is the empirical logit of Lowe, Benoit, Mikhaylov &amp; Laver (2011), "Scaling policy
 * preferences from coded political texts", <i>Legislative Studies Quarterly</i> 36(1), 123–155: the
 * natural log of the smoothed odds of alarm against reassurance, unbounded, 0 at balance (A = R),
 * positive when alarm outweighs reassurance. The interval is NaN when the document has no
 * sentences or {@code resamples} is 0. A document with sentences but no hit has index 0 and
 * interval [0, 0] (every replicate is ln(½ / ½) = 0).
 *
 * <p>Immutable: the category weights are copied in and out, and two scores are equal when every
 * component is, the weights compared element by element ({@link Arrays#equals(double[], double[])},
 * the same rule a record applies to its {@code double} components).
 *
 * @param doc           the document id
 * @param tokens        word tokens, stop words included, a merged phrase counted once
 * @param sentences     number of sentences
 * @param categoryWeights summed weight of the non-negated hits of each category, in lexicon order
 * @param negated       summed weight of negated alarm hits
 * @param alarm         A
 * @param reassurance   R
 * @param alarmIndex    ln((A + ½) / (R + ½))
 * @param ciLow         lower end of the interval
 * @param ciHigh        upper end of the interval
 */
public record FrameScore(String doc, int tokens, int sentences, double[] categoryWeights, double negated,
                         double alarm, double reassurance, double alarmIndex, double ciLow, double ciHigh) {

    public FrameScore {
        categoryWeights = categoryWeights.clone();
    }

    /** Summed weight of the non-negated hits of each category, in lexicon category order. */
    @Override
    public double[] categoryWeights() {
        return categoryWeights.clone();
    }

    /** Equal when every component is equal, the category weights element by element. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FrameScore f
                && doc.equals(f.doc)
                && tokens == f.tokens
                && sentences == f.sentences
                && Arrays.equals(categoryWeights, f.categoryWeights)
                && Double.compare(negated, f.negated) == 0
                && Double.compare(alarm, f.alarm) == 0
                && Double.compare(reassurance, f.reassurance) == 0
                && Double.compare(alarmIndex, f.alarmIndex) == 0
                && Double.compare(ciLow, f.ciLow) == 0
                && Double.compare(ciHigh, f.ciHigh) == 0;
    }

    @Override
    public int hashCode() {
        int h = doc.hashCode();
        h = 31 * h + tokens;
        h = 31 * h + sentences;
        h = 31 * h + Arrays.hashCode(categoryWeights);
        for (double d : new double[] {negated, alarm, reassurance, alarmIndex, ciLow, ciHigh}) {
            h = 31 * h + Double.hashCode(d);
        }
        return h;
    }

    @Override
    public String toString() {
        return "FrameScore[doc=" + doc + ", tokens=" + tokens + ", sentences=" + sentences + ", categoryWeights="
                + Arrays.toString(categoryWeights) + ", negated=" + negated + ", alarm=" + alarm + ", reassurance="
                + reassurance + ", alarmIndex=" + alarmIndex + ", ciLow=" + ciLow + ", ciHigh=" + ciHigh + "]";
    }

    /** Weight of the category with this index. */
    public double categoryWeight(int category) {
        return categoryWeights[category];
    }

    /** {@code 1000 · weight / tokens}, NaN when the document has no tokens. */
    public double per1k(double weight) {
        return tokens == 0 ? Double.NaN : 1000.0 * weight / tokens;
    }

    /**
     * Scores one document.
     *
     * @param frames  its hits
     * @param options lexicon (the one the hits were found with) and bootstrap settings
     * @return the scores
     */
    public static FrameScore of(DocumentFrames frames, FrameOptions options) {
        return of(frames, frames.hits(), frames.tokens(), frames.sentences(), null, options);
    }

    /**
     * Scores one voice of one document: the same formulas over the hits of that voice
     * ({@link FrameHit#voice()}), with its tokens ({@link DocumentFrames#tokens(Voice)}) as the
     * denominator and the sentences where it has tokens ({@link DocumentFrames#sentences(Voice)}) as
     * the bootstrap's resampling units, seeded as the whole document is. The two voices' weights add
     * up to the document's ({@code A = A_author + A_quoted}, the same for R, negated and every
     * category), and so do their tokens.
     *
     * @param frames  the document's hits
     * @param options lexicon and bootstrap settings
     * @param voice   the author's part or the quoted part
     * @return the scores of that part, {@link #doc()} the document's id
     */
    public static FrameScore of(DocumentFrames frames, FrameOptions options, Voice voice) {
        return of(frames, frames.hits(voice), frames.tokens(voice), frames.sentences(voice), voice, options);
    }

    /**
     * The scores of {@code hits}; the per-sentence weights the bootstrap resamples (those of
     * {@code voice}, or of the whole document when it is null) are computed only when there is a
     * bootstrap to run.
     */
    private static FrameScore of(DocumentFrames frames, List<FrameHit> hits, int tokens, int sentences,
                                 Voice voice, FrameOptions options) {
        Lexicon lexicon = options.lexicon();
        double[] weights = new double[lexicon.categories().size()];
        double negated = 0.0;
        double alarm = 0.0;
        double reassurance = 0.0;
        for (FrameHit h : hits) {
            if (h.negated()) {
                negated += h.weight();
            } else {
                weights[h.entry().category().index()] += h.weight();
            }
            if (h.side() == Side.ALARM) {
                alarm += h.weight();
            } else {
                reassurance += h.weight();
            }
        }
        double index = Bootstrap.index(alarm, reassurance);
        double low = Double.NaN;
        double high = Double.NaN;
        if (sentences > 0 && options.resamples() > 0) {
            if (hits.isEmpty()) {
                low = 0.0;
                high = 0.0;
            } else {
                double[] alarmBySentence = voice == null ? frames.sentenceWeights(Side.ALARM)
                        : frames.sentenceWeights(Side.ALARM, voice);
                double[] reassuranceBySentence = voice == null ? frames.sentenceWeights(Side.REASSURANCE)
                        : frames.sentenceWeights(Side.REASSURANCE, voice);
                Bootstrap.Interval ci = Bootstrap.alarmIndex(alarmBySentence, reassuranceBySentence,
                        options.resamples(), options.level(), options.seedFor(frames.id()));
                low = ci.low();
                high = ci.high();
            }
        }
        return new FrameScore(frames.id(), tokens, sentences, weights, negated, alarm, reassurance, index, low, high);
    }
}

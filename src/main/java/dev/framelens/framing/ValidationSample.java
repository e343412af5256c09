package dev.framelens.framing;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusException;
import dev.framelens.corpus.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stratified random sample of validation units from a corpus: lexicon hits, to estimate the
 * precision of each category and side, and sentences, to estimate recall. Immutable.
 *
 * <h2>Strata</h2>
 * Every hit and every sentence of the corpus belongs to exactly one stratum:
 * <ul>
 *   <li>{@code hit:<category>} — the non-negated hits of one lexicon category (in lexicon order);</li>
 *   <li>{@code hit:negated_alarm} — every negated alarm hit (they count as reassurance);</li>
 *   <li>{@code sentence:none}, {@code sentence:alarm}, {@code sentence:reassurance},
 *       {@code sentence:both} — every sentence, by the sides of the hits it carries (a negated
 *       hit is on the reassurance side). Recall needs all four: a sentence that frames alarm but
 *       carries only a reassurance hit is a missed alarm sentence just as a hit-free one is.</li>
 * </ul>
 * Each unit records its stratum and the stratum's size N<sub>h</sub> (hits or sentences in the
 * corpus), so that an estimate can weigh each coded unit by N<sub>h</sub> / n<sub>h</sub>
 * ({@link ValidationScore}).
 *
 * <h2>Allocation</h2>
 * Of the n units, half (rounded down) go to sentences and the rest to hits; within hits every
 * stratum gets an equal share; within sentences {@code sentence:none} gets half and the other
 * three a sixth each. A stratum never gets more units than it has: what it cannot take is shared
 * among the other strata of its group in the same proportions, and what a group (all hits, all
 * sentences) cannot take goes to the other group, so the sample has min(n, hits + sentences) units. Shares are whole numbers by the
 * largest-remainder rule, ties to the stratum listed first.
 *
 * <h2>Randomness</h2>
 * One {@link SplittableRandom} seeded with {@code seed} draws, stratum by stratum in the order
 * above, n<sub>h</sub> members without replacement (a partial Fisher–Yates shuffle of the stratum's
 * members in corpus and text order), then shuffles the whole sample so that strata are mixed in the
 * coding file; units are numbered {@code u001} … in that order. The same corpus, lexicon, n and seed
 * give the same sample.
 */
public final class ValidationSample {

    /** Prefix of the hit strata's names. */
    public static final String HIT_PREFIX = "hit:";
    /** Prefix of the sentence strata's names. */
    public static final String SENTENCE_PREFIX = "sentence:";
    /** Sentence stratum: sentences without hits. */
    public static final String SENTENCE_NONE = SENTENCE_PREFIX + "none";
    /** Sentence stratum: sentences with both alarm and reassurance hits. */
    public static final String SENTENCE_BOTH = SENTENCE_PREFIX + "both";
    /** Default number of units. */
    public static final int DEFAULT_UNITS = 200;

    /**
     * A stratum of the sample.
     *
     * @param name     its name ({@code hit:threat}, {@code sentence:none}, …)
     * @param kind     hit or sentence
     * @param side     the side of its hits, or for a sentence stratum the side of the sentences' hits
     *                 ({@code null} for {@code sentence:none} and {@code sentence:both})
     * @param category the category of its hits ({@code negated_alarm} for negated ones; {@code ""}
     *                 for sentence strata)
     * @param size     N<sub>h</sub>: its members in the corpus
     * @param sampled  n<sub>h</sub>: its members in the sample
     */
    public record Stratum(String name, ValidationUnit.Kind kind, Side side, String category, long size, int sampled) {
        /** The weight of each sampled member, N<sub>h</sub> / n<sub>h</sub> (NaN when none is sampled). */
        public double weight() {
            return sampled == 0 ? Double.NaN : (double) size / sampled;
        }
    }

    private final List<Stratum> strata;
    private final List<ValidationUnit> units;
    private final long seed;

    private ValidationSample(List<Stratum> strata, List<ValidationUnit> units, long seed) {
        this.strata = List.copyOf(strata);
        this.units = List.copyOf(units);
        this.seed = seed;
    }

    /** The strata in the order above, with their sizes and sampled counts. */
    public List<Stratum> strata() {
        return strata;
    }

    /** The sampled units, uncoded, in coding order. */
    public List<ValidationUnit> units() {
        return units;
    }

    /** The seed the sample was drawn with. */
    public long seed() {
        return seed;
    }

    /**
     * Draws a sample.
     *
     * @param corpus   the corpus (the texts of the units)
     * @param analysis its frame analysis (the hits and sentences)
     * @param n        units to draw, ≥ 1
     * @param seed     the seed
     * @return the sample
     * @throws IllegalArgumentException if n &lt; 1
     * @throws CorpusException          (bad data) if the corpus has no sentence
     */
    public static ValidationSample draw(Corpus corpus, FrameAnalysis analysis, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n (" + n + ") must be ≥ 1 (the number of units to code; default "
                    + DEFAULT_UNITS + ")");
        }
        List<Lexicon.Category> categories = analysis.lexicon().categories();
        List<List<ValidationUnit>> members = new ArrayList<>();
        List<Stratum> strata = new ArrayList<>();
        for (Lexicon.Category c : categories) {
            strata.add(new Stratum(HIT_PREFIX + c.name(), ValidationUnit.Kind.HIT, c.side(), c.name(), 0, 0));
        }
        strata.add(new Stratum(HIT_PREFIX + Lexicon.NEGATED_ALARM, ValidationUnit.Kind.HIT, Side.REASSURANCE,
                Lexicon.NEGATED_ALARM, 0, 0));
        strata.add(new Stratum(SENTENCE_NONE, ValidationUnit.Kind.SENTENCE, null, "", 0, 0));
        strata.add(new Stratum(SENTENCE_PREFIX + Side.ALARM.label(), ValidationUnit.Kind.SENTENCE, Side.ALARM, "", 0, 0));
        strata.add(new Stratum(SENTENCE_PREFIX + Side.REASSURANCE.label(), ValidationUnit.Kind.SENTENCE,
                Side.REASSURANCE, "", 0, 0));
        strata.add(new Stratum(SENTENCE_BOTH, ValidationUnit.Kind.SENTENCE, null, "", 0, 0));
        for (int k = 0; k < strata.size(); k++) {
            members.add(new ArrayList<>());
        }
        int negatedStratum = categories.size();
        int sentenceStratum = negatedStratum + 1;
        for (DocumentFrames d : analysis.documents()) {
            Document doc = corpus.get(d.id());
            String text = doc.text();
            boolean[] alarm = new boolean[d.sentences() + 1];
            boolean[] reassurance = new boolean[d.sentences() + 1];
            for (FrameHit h : d.hits()) {
                int s = h.negated() ? negatedStratum : h.entry().category().index();
                members.get(s).add(new ValidationUnit("", ValidationUnit.Kind.HIT, d.id(), h.sentence(), h.start(),
                        h.end(), sentenceText(text, d, h.sentence()), text.substring(h.start(), h.end()),
                        h.entry().entry(), h.category(), h.side(), h.negated(), strata.get(s).name(), 0, ""));
                (h.side() == Side.ALARM ? alarm : reassurance)[h.sentence()] = true;
            }
            for (int s = 1; s <= d.sentences(); s++) {
                int k = sentenceStratum + (alarm[s] ? (reassurance[s] ? 3 : 1) : (reassurance[s] ? 2 : 0));
                int start = d.sentenceStart(s);
                int end = Evidence.closingEnd(text, d.sentenceEnd(s));
                members.get(k).add(new ValidationUnit("", ValidationUnit.Kind.SENTENCE, d.id(), s, start, end,
                        text.substring(start, end), "", "", "", null, false, strata.get(k).name(), 0, ""));
            }
        }
        long sentences = 0;
        long hits = 0;
        long[] capacity = new long[strata.size()];
        for (int k = 0; k < strata.size(); k++) {
            capacity[k] = members.get(k).size();
            if (k < sentenceStratum) {
                hits += capacity[k];
            } else {
                sentences += capacity[k];
            }
        }
        if (sentences == 0) {
            throw CorpusException.data("the corpus has no sentence to sample");
        }
        long[] groups = allocate(n, new long[] {hits, sentences}, new double[] {n - n / 2, n / 2});
        long[] hitCapacity = Arrays.copyOfRange(capacity, 0, sentenceStratum);
        double[] equal = new double[hitCapacity.length];
        Arrays.fill(equal, 1.0);
        long[] hitShare = allocate(groups[0], hitCapacity, equal);
        long[] sentenceShare = allocate(groups[1], Arrays.copyOfRange(capacity, sentenceStratum, capacity.length),
                new double[] {3, 1, 1, 1});
        SplittableRandom random = new SplittableRandom(seed);
        List<ValidationUnit> drawn = new ArrayList<>();
        List<Stratum> out = new ArrayList<>();
        for (int k = 0; k < strata.size(); k++) {
            int take = (int) (k < sentenceStratum ? hitShare[k] : sentenceShare[k - sentenceStratum]);
            List<ValidationUnit> pool = new ArrayList<>(members.get(k));
            long size = pool.size();
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(pool.size() - i);
                ValidationUnit chosen = pool.get(j);
                pool.set(j, pool.get(i));
                pool.set(i, chosen);
                drawn.add(copy(chosen, "", size));
            }
            Stratum s = strata.get(k);
            out.add(new Stratum(s.name(), s.kind(), s.side(), s.category(), size, take));
        }
        for (int i = drawn.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            ValidationUnit t = drawn.get(i);
            drawn.set(i, drawn.get(j));
            drawn.set(j, t);
        }
        int width = Math.max(3, String.valueOf(drawn.size()).length());
        List<ValidationUnit> numbered = new ArrayList<>(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            ValidationUnit u = drawn.get(i);
            String id = "u" + "0".repeat(width - String.valueOf(i + 1).length()) + (i + 1);
            numbered.add(copy(u, id, u.stratumSize()));
        }
        return new ValidationSample(out, numbered, seed);
    }

    private static ValidationUnit copy(ValidationUnit u, String id, long size) {
        return new ValidationUnit(id, u.kind(), u.doc(), u.sentence(), u.start(), u.end(), u.text(), u.matched(),
                u.entry(), u.category(), u.side(), u.negated(), u.stratum(), size, u.code());
    }

    /** Sentence {@code s} of a document as written, with its closing punctuation. */
    private static String sentenceText(String text, DocumentFrames d, int s) {
        return text.substring(d.sentenceStart(s), Evidence.closingEnd(text, d.sentenceEnd(s)));
    }

    /**
     * Splits {@code total} units among strata in proportion to {@code shares}, never giving a stratum
     * more than its capacity: strata that cannot take their share are filled and the rest is shared
     * anew among the others; whole numbers by the largest remainder, ties to the lower index.
     *
     * @param total    units to allocate, ≥ 0
     * @param capacity members of each stratum
     * @param weights  relative shares, ≥ 0 (strata with share 0 take only what no other stratum can)
     * @return units per stratum; their sum is min(total, Σ capacity)
     */
    static long[] allocate(long total, long[] capacity, double[] weights) {
        int k = capacity.length;
        double[] shares = weights.clone();
        long[] out = new long[k];
        boolean[] full = new boolean[k];
        long left = total;
        while (true) {
            double open = 0;
            boolean room = false;
            for (int h = 0; h < k; h++) {
                if (!full[h]) {
                    open += shares[h];
                    room = true;
                }
            }
            if (left <= 0 || !room) {
                return out;
            }
            if (open == 0) {
                // only strata with no share have room left: they share what is left equally
                for (int h = 0; h < k; h++) {
                    shares[h] = full[h] ? 0 : 1;
                }
                continue;
            }
            boolean saturated = false;
            for (int h = 0; h < k; h++) {
                if (!full[h] && left * shares[h] / open >= capacity[h]) {
                    out[h] = capacity[h];
                    full[h] = true;
                    saturated = true;
                }
            }
            if (saturated) {
                left = total;
                for (int h = 0; h < k; h++) {
                    if (full[h]) {
                        left -= out[h];
                    }
                }
                continue;
            }
            double[] remainder = new double[k];
            long given = 0;
            for (int h = 0; h < k; h++) {
                if (!full[h]) {
                    double ideal = left * shares[h] / open;
                    out[h] = (long) Math.floor(ideal);
                    remainder[h] = ideal - out[h];
                    given += out[h];
                }
            }
            for (long extra = left - given; extra > 0; extra--) {
                int best = -1;
                for (int h = 0; h < k; h++) {
                    if (!full[h] && out[h] < capacity[h] && (best < 0 || remainder[h] > remainder[best])) {
                        best = h;
                    }
                }
                if (best < 0) {
                    break;
                }
                out[best]++;
                remainder[best] = -1;
            }
            return out;
        }
    }

    /**
     * The sides whose hits the sentences of a sentence stratum carry: {@code sentence:none} none,
     * {@code sentence:alarm} alarm, {@code sentence:reassurance} reassurance, {@code sentence:both}
     * both; {@code null} for any other name.
     */
    public static List<Side> sentenceSides(String stratum) {
        switch (stratum) {
            case ValidationSample.SENTENCE_NONE:
                return List.of();
            case ValidationSample.SENTENCE_BOTH:
                return List.of(Side.ALARM, Side.REASSURANCE);
            default:
                for (Side s : Side.values()) {
                    if (stratum.equals(ValidationSample.SENTENCE_PREFIX + s.label())) {
                        return List.of(s);
                    }
                }
                return null;
        }
    }
}

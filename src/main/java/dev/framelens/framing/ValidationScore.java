package dev.framelens.framing;

import dev.framelens.corpus.CorpusException;
import dev.framelens.stats.Agreement;
import dev.framelens.stats.StratifiedEstimate;
import dev.framelens.stats.Wilson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores a coded validation sample ({@link ValidationSample}, read by {@link ValidationFile}):
 * precision of the lexicon per side, category and entry, recall per side, and the agreement of two
 * coders.
 *
 * <h2>Precision</h2>
 * Of the hit units coded {@code correct} or {@code wrong} ({@code unsure} and uncoded ones are left
 * out and counted), the share coded {@code correct}.
 * <ul>
 *   <li><b>Category</b> (one stratum, {@code hit:<category>}; {@code hit:negated_alarm} is the
 *       precision of the negation flip): correct / coded, with the Wilson 95 % interval
 *       ({@link Wilson}).</li>
 *   <li><b>Entry</b>: the same over the entry's units of one stratum (its non-negated hits, or its
 *       negated ones): within a stratum every hit had the same chance to be drawn, so the plain share
 *       is unbiased for the entry.</li>
 *   <li><b>Side</b>: the strata were sampled at different rates, so each stratum's share is weighed
 *       by its size N<sub>h</sub> (column {@code stratum_size}): the stratified estimate
 *       Σ<sub>h</sub> N<sub>h</sub> · p̂<sub>h</sub> / Σ<sub>h</sub> N<sub>h</sub> over the side's
 *       strata that have coded units ({@link StratifiedEstimate}, with its Wilson interval at the
 *       effective sample size). Reassurance includes the negated alarm hits, which count on that
 *       side.</li>
 * </ul>
 * Leaving {@code unsure} out assumes the coder's unsure hits are, within their stratum, like the
 * others; their number is shown beside every estimate.
 *
 * <h2>Recall</h2>
 * Recall of side S is the share of the corpus's sentences that frame S (in the coders' judgement)
 * that carry at least one hit of side S. It is estimated from the sentence units alone: every
 * sentence of the corpus is in exactly one sentence stratum ({@code sentence:none},
 * {@code :alarm}, {@code :reassurance}, {@code :both} — by the sides of its hits, known without
 * coding), sampled at random within it. With n<sub>h</sub> the coded sentence units of stratum h,
 * x<sub>h</sub> those coded S and y<sub>h</sub> those of them whose stratum has hits of side S,
 * <pre>
 *   recall_S = Σ_h (N_h / n_h) · y_h  /  Σ_h (N_h / n_h) · x_h
 * </pre>
 * the combined ratio estimator of {@link StratifiedEstimate} (the numerator estimates the S-framing
 * sentences the lexicon catches, the denominator all S-framing sentences). A hit unit says nothing
 * about recall: hits are sampled given that the lexicon fired. "Caught" is at the sentence level
 * and counts a hit of the side whatever its entry; a sentence is coded by its main frame, so one
 * that carries both is counted for the side the coder chose. A sentence stratum with no coded unit
 * drops out of the sums (the sampler gives every non-empty stratum units when n allows).
 *
 * <h2>Agreement</h2>
 * With a second coder's file of the same sample, over the units both coded, per unit kind and for
 * all units together: the share of identical codes, Krippendorff's α (nominal) and Cohen's κ
 * ({@link Agreement}); {@code unsure} is a code like the others. Precision and recall come from the
 * first file: adjudicate the disagreements into one file and score that.
 */
public final class ValidationScore {

    /** Fewest coded units an entry needs to be listed among the entries to review. */
    public static final int DEFAULT_MIN_UNITS = 5;

    private ValidationScore() {
    }

    /**
     * What the coder said about a group of hit units.
     *
     * @param units   rows in the file
     * @param correct coded {@code correct}
     * @param wrong   coded {@code wrong}
     * @param unsure  coded {@code unsure}
     * @param uncoded not coded yet
     */
    public record Counts(long units, long correct, long wrong, long unsure, long uncoded) {
        /** Units that count for precision: correct + wrong. */
        public long coded() {
            return correct + wrong;
        }

        static Counts of(List<ValidationUnit> units) {
            long correct = 0;
            long wrong = 0;
            long unsure = 0;
            long uncoded = 0;
            for (ValidationUnit u : units) {
                switch (u.code()) {
                    case ValidationUnit.CORRECT -> correct++;
                    case ValidationUnit.WRONG -> wrong++;
                    case ValidationUnit.UNSURE -> unsure++;
                    default -> uncoded++;
                }
            }
            return new Counts(units.size(), correct, wrong, unsure, uncoded);
        }
    }

    /**
     * Precision of one side, with its recall.
     *
     * @param side      the side
     * @param hits      the side's hits in the corpus: Σ N<sub>h</sub> of its strata in the file
     * @param counts    the side's hit units
     * @param precision the stratified precision
     * @param recall    recall estimated from the sentence units; its {@code units} are the
     *                  sentence units coded as this side
     */
    public record SideRow(Side side, long hits, Counts counts, StratifiedEstimate.Estimate precision,
                          StratifiedEstimate.Estimate recall) {
    }

    /**
     * Precision of a category (one stratum) or of an entry.
     *
     * @param side      the side the hits count on
     * @param category  the category ({@value Lexicon#NEGATED_ALARM} for the negated-hit stratum in
     *                  the category table; the entry's own category in the entry table)
     * @param entry     the entry, or {@code ""} for a category row
     * @param negated   whether these are negated hits
     * @param hits      the stratum's size N<sub>h</sub> (category rows), or −1 (entry rows: the file
     *                  does not say how many hits an entry has)
     * @param counts    the units
     * @param precision correct / coded with the Wilson interval
     */
    public record PrecisionRow(Side side, String category, String entry, boolean negated, long hits, Counts counts,
                               StratifiedEstimate.Estimate precision) {
    }

    /**
     * Agreement of two coders over one kind of unit, or all.
     *
     * @param unit      {@code hit}, {@code sentence} or {@code all}
     * @param units     units both coded
     * @param agreed    of them, coded the same
     * @param agreement agreed / units
     * @param alpha     Krippendorff's α, nominal
     * @param kappa     Cohen's κ
     */
    public record AgreementRow(String unit, long units, long agreed, double agreement, double alpha, double kappa) {
    }

    /**
     * A unit the two coders coded differently.
     *
     * @param unit   the unit, with the first coder's code
     * @param second the second coder's code
     */
    public record Disagreement(ValidationUnit unit, String second) {
    }

    private static List<ValidationUnit> hits(List<ValidationUnit> units) {
        return units.stream().filter(u -> u.kind() == ValidationUnit.Kind.HIT).toList();
    }

    private static <K> Map<K, List<ValidationUnit>> group(List<ValidationUnit> units, Function<ValidationUnit, K> key) {
        Map<K, List<ValidationUnit>> m = new LinkedHashMap<>();
        for (ValidationUnit u : units) {
            m.computeIfAbsent(key.apply(u), k -> new ArrayList<>()).add(u);
        }
        return m;
    }

    /** Correct / coded of a group of units of one stratum, with Wilson's interval. */
    private static StratifiedEstimate.Estimate plain(Counts c) {
        return StratifiedEstimate.ratio(List.of(StratifiedEstimate.Stratum.proportion(c.coded(), c.coded(), c.correct())),
                Wilson.Z95);
    }

    /**
     * Precision and recall of each side, alarm then reassurance.
     *
     * @param units the coded sample
     * @return two rows
     */
    public static List<SideRow> sides(List<ValidationUnit> units) {
        List<SideRow> out = new ArrayList<>();
        Map<String, List<ValidationUnit>> sentenceStrata = group(
                units.stream().filter(u -> u.kind() == ValidationUnit.Kind.SENTENCE && u.coded()).toList(),
                ValidationUnit::stratum);
        for (Side side : Side.values()) {
            List<ValidationUnit> mine = hits(units).stream().filter(u -> u.side() == side).toList();
            List<StratifiedEstimate.Stratum> strata = new ArrayList<>();
            long hits = 0;
            for (List<ValidationUnit> s : group(mine, ValidationUnit::stratum).values()) {
                Counts c = Counts.of(s);
                hits += s.get(0).stratumSize();
                strata.add(StratifiedEstimate.Stratum.proportion(s.get(0).stratumSize(), c.coded(), c.correct()));
            }
            List<StratifiedEstimate.Stratum> sentences = new ArrayList<>();
            for (Map.Entry<String, List<ValidationUnit>> e : sentenceStrata.entrySet()) {
                List<ValidationUnit> s = e.getValue();
                boolean caught = ValidationSample.sentenceSides(e.getKey()).contains(side);
                long framing = s.stream().filter(u -> u.code().equals(side.label())).count();
                sentences.add(new StratifiedEstimate.Stratum(s.get(0).stratumSize(), s.size(), framing,
                        caught ? framing : 0));
            }
            out.add(new SideRow(side, hits, Counts.of(mine), StratifiedEstimate.ratio(strata, Wilson.Z95),
                    StratifiedEstimate.ratio(sentences, Wilson.Z95)));
        }
        return out;
    }

    private static final Comparator<PrecisionRow> ORDER = Comparator.comparing(PrecisionRow::side)
            .thenComparing(PrecisionRow::negated)
            .thenComparing(PrecisionRow::category)
            .thenComparing(PrecisionRow::entry);

    /**
     * Precision of each category (one row per hit stratum in the file): alarm categories, then
     * reassurance ones, {@value Lexicon#NEGATED_ALARM} last; by name within a side.
     */
    public static List<PrecisionRow> categories(List<ValidationUnit> units) {
        List<PrecisionRow> out = new ArrayList<>();
        for (Map.Entry<String, List<ValidationUnit>> e : group(hits(units), ValidationUnit::stratum).entrySet()) {
            ValidationUnit first = e.getValue().get(0);
            Counts c = Counts.of(e.getValue());
            out.add(new PrecisionRow(first.side(), e.getKey().substring(ValidationSample.HIT_PREFIX.length()), "",
                    first.negated(), first.stratumSize(), c, plain(c)));
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * Precision of each entry, its non-negated and its negated hits apart: by side, then
     * non-negated before negated, category and entry.
     */
    public static List<PrecisionRow> entries(List<ValidationUnit> units) {
        List<PrecisionRow> out = new ArrayList<>();
        Map<List<Object>, List<ValidationUnit>> groups = group(hits(units),
                u -> List.<Object>of(u.stratum(), u.category(), u.entry(), u.negated()));
        for (List<ValidationUnit> g : groups.values()) {
            ValidationUnit first = g.get(0);
            Counts c = Counts.of(g);
            out.add(new PrecisionRow(first.side(), first.category(), first.entry(), first.negated(), -1, c, plain(c)));
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The entries to review first: those with at least {@code minUnits} coded units, by the lower
     * end of their precision interval (lowest first), then by coded units (most first) and entry.
     * The lower end, not the share, so that an entry needs both a low share and the units to show it.
     *
     * @param units    the coded sample
     * @param minUnits fewest coded (correct + wrong) units, ≥ 1
     */
    public static List<PrecisionRow> review(List<ValidationUnit> units, int minUnits) {
        if (minUnits < 1) {
            throw new IllegalArgumentException("minUnits (" + minUnits + ") must be ≥ 1");
        }
        List<PrecisionRow> out = new ArrayList<>(entries(units).stream()
                .filter(r -> r.counts().coded() >= minUnits).toList());
        out.sort(Comparator.comparingDouble((PrecisionRow r) -> r.precision().low())
                .thenComparing(Comparator.comparingLong((PrecisionRow r) -> r.counts().coded()).reversed())
                .thenComparing(ORDER));
        return out;
    }

    /**
     * Checks that two files code the same sample: the same ids, each with the same unit kind,
     * document and offsets.
     *
     * @throws CorpusException bad data naming the second file and the first unit that differs
     */
    public static void checkSameSample(String firstName, List<ValidationUnit> first, String secondName,
                                       List<ValidationUnit> second) {
        Map<String, ValidationUnit> other = new LinkedHashMap<>();
        second.forEach(u -> other.put(u.id(), u));
        for (ValidationUnit u : first) {
            ValidationUnit v = other.remove(u.id());
            if (v == null) {
                throw CorpusException.data(secondName + ": no unit " + u.id() + " (it is in " + firstName
                        + "); score two codings of the same sample");
            }
            if (u.kind() != v.kind() || !u.doc().equals(v.doc()) || u.start() != v.start() || u.end() != v.end()) {
                throw CorpusException.data(secondName + ": unit " + u.id() + " is " + describe(v) + " but " + describe(u)
                        + " in " + firstName + "; score two codings of the same sample");
            }
        }
        if (!other.isEmpty()) {
            throw CorpusException.data(secondName + ": unit " + other.keySet().iterator().next() + " is not in "
                    + firstName + "; score two codings of the same sample");
        }
    }

    private static String describe(ValidationUnit u) {
        return u.kind() + " " + u.doc() + " [" + u.start() + ", " + u.end() + ")";
    }

    /**
     * Agreement per unit kind ({@code hit}, {@code sentence}) and over all units ({@code all}).
     * The files must code the same sample ({@link #checkSameSample}).
     */
    public static List<AgreementRow> agreement(List<ValidationUnit> first, List<ValidationUnit> second) {
        Map<String, ValidationUnit> other = byId(second);
        List<AgreementRow> out = new ArrayList<>();
        for (ValidationUnit.Kind kind : ValidationUnit.Kind.values()) {
            out.add(agreement(kind.label(), first.stream().filter(u -> u.kind() == kind).toList(), other));
        }
        out.add(agreement("all", first, other));
        return out;
    }

    private static AgreementRow agreement(String label, List<ValidationUnit> units, Map<String, ValidationUnit> other) {
        List<int[]> pairs = new ArrayList<>();
        int hitCodes = ValidationUnit.Kind.HIT.codes().size();
        long agreed = 0;
        for (ValidationUnit u : units) {
            ValidationUnit v = other.get(u.id());
            if (!u.coded() || !v.coded()) {
                continue;
            }
            int offset = u.kind() == ValidationUnit.Kind.HIT ? 0 : hitCodes;
            pairs.add(new int[] {offset + u.kind().codes().indexOf(u.code()), offset + v.kind().codes().indexOf(v.code())});
            if (u.code().equals(v.code())) {
                agreed++;
            }
        }
        int categories = hitCodes + ValidationUnit.Kind.SENTENCE.codes().size();
        int[][] values = pairs.toArray(new int[0][]);
        int[] a = new int[values.length];
        int[] b = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            a[i] = values[i][0];
            b[i] = values[i][1];
        }
        return new AgreementRow(label, values.length, agreed, values.length == 0 ? Double.NaN : (double) agreed / values.length,
                Agreement.krippendorffAlphaNominal(values, categories), Agreement.cohenKappa(a, b, categories));
    }

    /** The units both coded, differently, in the first file's order. */
    public static List<Disagreement> disagreements(List<ValidationUnit> first, List<ValidationUnit> second) {
        Map<String, ValidationUnit> other = byId(second);
        List<Disagreement> out = new ArrayList<>();
        for (ValidationUnit u : first) {
            ValidationUnit v = other.get(u.id());
            if (u.coded() && v.coded() && !u.code().equals(v.code())) {
                out.add(new Disagreement(u, v.code()));
            }
        }
        return out;
    }

    private static Map<String, ValidationUnit> byId(List<ValidationUnit> units) {
        Map<String, ValidationUnit> m = new TreeMap<>();
        units.forEach(u -> m.put(u.id(), u));
        return m;
    }
}

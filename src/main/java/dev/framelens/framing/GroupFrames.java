package dev.framelens.framing;

import dev.framelens.stats.Bootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Frame scores of groups of documents (outlets, stances), for a corpus too large to read article by
 * article: each group's pooled alarm index with a bootstrap interval over its documents, and the
 * distribution of its articles' alarm indices in fixed bins.
 *
 * <p>For a group g with documents d, summed alarm weights A_d, reassurance weights R_d and tokens
 * T_d (those of {@link FrameScore}):
 * <pre>
 *   alarm_per_1k(g)       = 1000 · Σ A_d / Σ T_d        reassurance_per_1k likewise, and each
 *   &lt;category&gt;_per_1k(g)  = 1000 · Σ weight_d(c) / Σ T_d
 *   alarm_index(g)        = ln((Σ A_d + ½) / (Σ R_d + ½))   (the empirical logit of Lowe et al.
 *                           2011, {@link Bootstrap#index}, of the pooled weights)
 *   [ci_low, ci_high]     = percentile interval (Efron &amp; Tibshirani 1993, ch. 13) of the pooled
 *                           index over {@code resamples} resamples of the group's documents
 *                           ({@link Bootstrap#alarmIndex} with documents as the unit), seeded
 *                           with {@link FrameOptions#seedFor} of the group's label
 * </pre>
 * the pooling and the document bootstrap that {@code framelens trends} uses for a period. Documents
 * are the resampling unit because articles of one outlet are the independent draws; the sentences
 * inside an article are not. Groups are sorted by label; documents without a value form no group.
 */
public final class GroupFrames {
    /** Width of a histogram bin on the alarm-index scale (ln 2 / 2.77: a quarter of a unit). */
    public static final double BIN_WIDTH = 0.25;

    /** Bins at most; wider bins are taken when the indices spread further. */
    public static final int MAX_BINS = 60;

    private GroupFrames() {
    }

    /**
     * One group's pooled scores.
     *
     * @param group           the label
     * @param documents       its documents
     * @param tokens          Σ T_d
     * @param categoryPer1k   each lexicon category's pooled density, in lexicon order
     * @param alarmPer1k      pooled alarm density
     * @param reassurancePer1k pooled reassurance density
     * @param alarmIndex      pooled index
     * @param ciLow           lower end (NaN without resamples)
     * @param ciHigh          upper end
     */
    public record Row(String group, int documents, long tokens, double[] categoryPer1k, double alarmPer1k,
                      double reassurancePer1k, double alarmIndex, double ciLow, double ciHigh) {
        public Row {
            categoryPer1k = categoryPer1k.clone();
        }

        @Override
        public double[] categoryPer1k() {
            return categoryPer1k.clone();
        }
    }

    /**
     * One bin of a group's histogram.
     *
     * @param group    the label
     * @param low      lower end of the bin (included)
     * @param high     upper end (excluded, but the last bin includes it)
     * @param articles documents of the group whose alarm index is in the bin
     * @param share    articles / the group's documents
     */
    public record Bin(String group, double low, double high, int articles, double share) {
    }

    /**
     * The pooled scores of each group.
     *
     * @param groups  the group of each score ({@code ""}: none), in the same order
     * @param scores  the documents' scores
     * @param options bootstrap settings (resamples, level, seed)
     */
    public static List<Row> summarize(List<String> groups, List<FrameScore> scores, FrameOptions options) {
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, List<FrameScore>> e : byGroup(groups, scores).entrySet()) {
            List<FrameScore> docs = e.getValue();
            int n = docs.size();
            double[] a = new double[n];
            double[] r = new double[n];
            double[] categories = new double[docs.get(0).categoryWeights().length];
            long tokens = 0;
            for (int i = 0; i < n; i++) {
                FrameScore s = docs.get(i);
                a[i] = s.alarm();
                r[i] = s.reassurance();
                tokens += s.tokens();
                for (int c = 0; c < categories.length; c++) {
                    categories[c] += s.categoryWeight(c);
                }
            }
            double alarm = sum(a);
            double reassurance = sum(r);
            for (int c = 0; c < categories.length; c++) {
                categories[c] = per1k(categories[c], tokens);
            }
            double low = Double.NaN;
            double high = Double.NaN;
            if (options.resamples() > 0) {
                Bootstrap.Interval ci = Bootstrap.alarmIndex(a, r, options.resamples(), options.level(),
                        options.seedFor(e.getKey()));
                low = ci.low();
                high = ci.high();
            }
            out.add(new Row(e.getKey(), n, tokens, categories, per1k(alarm, tokens), per1k(reassurance, tokens),
                    Bootstrap.index(a, r), low, high));
        }
        return out;
    }

    /**
     * Each group's articles counted in bins of the alarm index: bins of {@link #BIN_WIDTH} (or a
     * multiple, to stay within {@link #MAX_BINS}) from the lowest index rounded down to a bin edge to
     * the highest, the same bins for every group, every bin listed (zeros included). A NaN index is
     * not counted.
     */
    public static List<Bin> histogram(List<String> groups, List<FrameScore> scores) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (FrameScore s : scores) {
            if (Double.isFinite(s.alarmIndex())) {
                min = Math.min(min, s.alarmIndex());
                max = Math.max(max, s.alarmIndex());
            }
        }
        List<Bin> out = new ArrayList<>();
        if (min > max) {
            return out;
        }
        double width = BIN_WIDTH;
        double start = Math.floor(min / width) * width;
        int bins = Math.max(1, (int) Math.ceil((max - start) / width + 1e-9));
        while (bins > MAX_BINS) {
            width *= 2;
            start = Math.floor(min / width) * width;
            bins = Math.max(1, (int) Math.ceil((max - start) / width + 1e-9));
        }
        if (start + bins * width <= max) {
            bins++; // max on an edge: the last bin holds it
        }
        for (Map.Entry<String, List<FrameScore>> e : byGroup(groups, scores).entrySet()) {
            int[] counts = new int[bins];
            for (FrameScore s : e.getValue()) {
                if (Double.isFinite(s.alarmIndex())) {
                    counts[Math.min(bins - 1, (int) Math.floor((s.alarmIndex() - start) / width))]++;
                }
            }
            int n = e.getValue().size();
            for (int b = 0; b < bins; b++) {
                out.add(new Bin(e.getKey(), start + b * width, start + (b + 1) * width, counts[b], (double) counts[b] / n));
            }
        }
        return out;
    }

    private static Map<String, List<FrameScore>> byGroup(List<String> groups, List<FrameScore> scores) {
        if (groups.size() != scores.size()) {
            throw new IllegalArgumentException("groups (" + groups.size() + ") and scores (" + scores.size()
                    + ") must match one to one");
        }
        Map<String, List<FrameScore>> out = new TreeMap<>();
        for (int i = 0; i < scores.size(); i++) {
            String g = groups.get(i);
            if (g != null && !g.isEmpty()) {
                out.computeIfAbsent(g, k -> new ArrayList<>()).add(scores.get(i));
            }
        }
        return out;
    }

    private static double per1k(double weight, long tokens) {
        return tokens == 0 ? Double.NaN : 1000.0 * weight / tokens;
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}

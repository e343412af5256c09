package dev.framelens.trend;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusException;
import dev.framelens.corpus.Document;
import dev.framelens.framing.DocumentFrames;
import dev.framelens.framing.FrameAnalysis;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.Side;
import dev.framelens.stats.Bootstrap;
import dev.framelens.stats.CrossCorrelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Frames over time: the frame scores of a corpus summed per period of a time column (and per
 * group of a second column), from the documents' frame hits ({@link FrameAnalysis}).
 *
 * <p>For the documents D of a period (and group), with A<sub>d</sub>, R<sub>d</sub> the summed
 * alarm and reassurance weights of document d and T<sub>d</sub> its tokens (as in the frame scores):
 * <pre>
 *   tokens              = Σ T<sub>d</sub>
 *   alarm_per_1k        = 1000 · Σ A<sub>d</sub> / Σ T<sub>d</sub>         reassurance_per_1k likewise
 *   alarm_index         = ln((Σ A<sub>d</sub> + ½) / (Σ R<sub>d</sub> + ½))     ({@link Bootstrap#index}, Lowe et al. 2011)
 *   [ci_low, ci_high]   = percentile interval of the index over bootstrap resamples of the
 *                         period's documents ({@link Bootstrap#alarmIndex} with the documents as units)
 * </pre>
 * So a period is scored as one long document made of its articles: a long article weighs more than
 * a short one, exactly as its tokens do, and the periods' token-weighted {@code alarm_per_1k} is the
 * corpus's. The bootstrap resamples whole documents (hits in one article are not independent; Efron
 * &amp; Tibshirani 1993, ch. 13, the percentile interval); a period of one document has the interval
 * [index, index]. Its seed is {@link FrameOptions#seedFor} of the period's label (preceded by the
 * group and U+001F when grouped), so a period's interval does not move when other periods change.
 *
 * <p>Documents with an empty time value are left out (and listed); a value that is no date, no
 * number, or too coarse for the period, stops the computation with one line naming the source, the
 * document, the column and the value.
 */
public final class FrameTrends {
    private FrameTrends() {
    }

    /**
     * What to compute.
     *
     * @param timeColumn  the metadata column holding each document's date or number
     * @param every       how values are cut into periods
     * @param groupColumn a metadata column to split each period by, or {@code null}
     * @param frames      lexicon and bootstrap settings (resamples 0: no interval)
     * @param source      the corpus as named in error messages (a file or folder)
     */
    public record Options(String timeColumn, Every every, String groupColumn, FrameOptions frames, String source) {
        public Options {
            Objects.requireNonNull(timeColumn, "timeColumn");
            Objects.requireNonNull(every, "every");
            Objects.requireNonNull(frames, "frames");
            source = source == null ? "corpus" : source;
        }

        /** Yearly periods, no groups, the default frame options. */
        public static Options of(String timeColumn) {
            return new Options(timeColumn, Every.parse("year"), null, FrameOptions.defaults(), null);
        }

        public Options every(Every e) {
            return new Options(timeColumn, e, groupColumn, frames, source);
        }

        public Options groupBy(String column) {
            return new Options(timeColumn, every, column, frames, source);
        }

        public Options frames(FrameOptions f) {
            return new Options(timeColumn, every, groupColumn, f, source);
        }

        public Options source(String s) {
            return new Options(timeColumn, every, groupColumn, frames, s);
        }
    }

    /**
     * One period (and group).
     *
     * @param period      the period
     * @param group       the group's value, or {@code null} without groups
     * @param docs        documents
     * @param tokens      Σ tokens
     * @param alarm       Σ A
     * @param reassurance Σ R
     * @param alarmIndex  ln((Σ A + ½) / (Σ R + ½))
     * @param ciLow       lower end of the document-bootstrap interval (NaN without resamples)
     * @param ciHigh      upper end
     */
    public record Row(Period period, String group, int docs, long tokens, double alarm, double reassurance,
                      double alarmIndex, double ciLow, double ciHigh) {
        /** 1000 · Σ A / Σ tokens (NaN without tokens). */
        public double alarmPer1k() {
            return tokens == 0 ? Double.NaN : 1000.0 * alarm / tokens;
        }

        /** 1000 · Σ R / Σ tokens (NaN without tokens). */
        public double reassurancePer1k() {
            return tokens == 0 ? Double.NaN : 1000.0 * reassurance / tokens;
        }
    }

    /**
     * The trend.
     *
     * @param rows    by period, then group (text order; the empty value first)
     * @param groups  the groups' values, sorted (empty without groups)
     * @param skipped the documents left out for an empty time value, in corpus order
     * @param every   the periods
     */
    public record Trend(List<Row> rows, List<String> groups, List<String> skipped, Every every) {
        public Trend {
            rows = List.copyOf(rows);
            groups = List.copyOf(groups);
            skipped = List.copyOf(skipped);
        }
    }

    /** The lagged cross-correlation of two groups' alarm_index series; see {@link CrossCorrelation}. */
    public record Lag(String groupA, String groupB, int lag, int pairs, double r) {
    }

    /**
     * The trend of a corpus.
     *
     * @param corpus   the documents and their metadata
     * @param analysis their frame hits, found with {@code options.frames().lexicon()}
     * @param options  the columns, periods and bootstrap
     * @throws CorpusException (bad data) for a value that cannot be read, naming source, document and value
     * @throws IllegalArgumentException (usage) when no document has the column
     */
    public static Trend compute(Corpus corpus, FrameAnalysis analysis, Options options) {
        checkColumns(corpus.metadataColumns(), options);
        record Key(Period period, String group) {
        }
        Map<Key, List<DocumentFrames>> cells = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (Document d : corpus) {
            Period period = periodOf(d, options);
            if (period == null) {
                skipped.add(d.id());
                continue;
            }
            cells.computeIfAbsent(new Key(period, groupOf(d, options)), k -> new ArrayList<>())
                    .add(analysis.document(d.id()));
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Key, List<DocumentFrames>> e : cells.entrySet()) {
            List<DocumentFrames> docs = e.getValue();
            double[] a = new double[docs.size()];
            double[] r = new double[docs.size()];
            long tokens = 0;
            for (int i = 0; i < a.length; i++) {
                a[i] = docs.get(i).weight(Side.ALARM);
                r[i] = docs.get(i).weight(Side.REASSURANCE);
                tokens += docs.get(i).tokens();
            }
            rows.add(row(e.getKey().period(), e.getKey().group(), a, r, tokens, options.frames()));
        }
        return trend(rows, skipped, options);
    }

    /**
     * The checks {@link #compute} starts with: the time column (and the group column) must be
     * metadata columns of the corpus.
     *
     * @throws IllegalArgumentException (usage) naming the column, the source and the columns there are
     */
    public static void checkColumns(List<String> metadataColumns, Options options) {
        String column = options.timeColumn();
        if (!metadataColumns.contains(column)) {
            throw new IllegalArgumentException("--time " + column + ": no such metadata column in " + options.source()
                    + "; its columns are " + metadataColumns);
        }
        String groupColumn = options.groupColumn();
        if (groupColumn != null && !metadataColumns.contains(groupColumn)) {
            throw new IllegalArgumentException("--by " + groupColumn + ": no such metadata column in " + options.source()
                    + "; its columns are " + metadataColumns);
        }
    }

    /**
     * The period of a document: that of its time value, or {@code null} when the value is empty (the
     * document is left out).
     *
     * @throws CorpusException (bad data) for a value that is no date, no number or too coarse for the
     *         period, naming source, document, column and value
     */
    public static Period periodOf(Document d, Options options) {
        String column = options.timeColumn();
        String raw = d.meta(column);
        if (raw.isBlank()) {
            return null;
        }
        TimeValue v = TimeValue.parse(raw);
        String problem = TimeValue.problem(v, options.every());
        if (problem != null) {
            throw CorpusException.data(options.source() + ": document " + d.id() + ": " + column + " '" + raw.strip()
                    + "' " + problem);
        }
        return options.every().period(v);
    }

    /** The group a document is counted in: its value of the group column ({@code ""} for none), null without groups. */
    public static String groupOf(Document d, Options options) {
        return options.groupColumn() == null ? null : d.meta(options.groupColumn());
    }

    /**
     * The trend of these rows (one per period and group, from {@link #row}, in any order): sorted by
     * period, then group in text order (the empty value first), with the groups they have.
     *
     * @param skipped the documents left out, in corpus order
     * @throws CorpusException (bad data) when there is no row: no document has a time value
     */
    public static Trend trend(List<Row> rows, List<String> skipped, Options options) {
        if (rows.isEmpty()) {
            throw CorpusException.data(options.source() + ": no document has a " + options.timeColumn() + " value");
        }
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::period).thenComparing(r -> r.group() == null ? "" : r.group()));
        TreeSet<String> groups = new TreeSet<>();
        for (Row r : sorted) {
            if (r.group() != null) {
                groups.add(r.group());
            }
        }
        return new Trend(sorted, new ArrayList<>(groups), skipped, options.every());
    }

    /**
     * One period's (and group's) row from its documents' weights, by the formulas above: the sums
     * and the index of {@code alarm} and {@code reassurance} (A<sub>d</sub>, R<sub>d</sub> of its
     * documents, in corpus order: the sums and the bootstrap follow that order) and the interval
     * seeded by the period's label. What {@link #compute} does for each period; a caller that found
     * the weights elsewhere (a Spark job) gets the same row.
     *
     * @param group  the group's value, or {@code null} without groups
     * @param tokens Σ T<sub>d</sub>
     * @param frames the bootstrap settings (resamples 0: no interval)
     */
    public static Row row(Period period, String group, double[] alarm, double[] reassurance, long tokens,
                          FrameOptions frames) {
        if (alarm.length != reassurance.length || alarm.length == 0) {
            throw new IllegalArgumentException("a period needs documents, one alarm and one reassurance weight each ("
                    + alarm.length + " and " + reassurance.length + " given)");
        }
        double index = Bootstrap.index(alarm, reassurance);
        double low = Double.NaN;
        double high = Double.NaN;
        if (frames.resamples() > 0) {
            String key = (group == null ? "" : group + '\u001F') + period.label();
            Bootstrap.Interval ci = Bootstrap.alarmIndex(alarm, reassurance, frames.resamples(), frames.level(),
                    frames.seedFor(key));
            low = ci.low();
            high = ci.high();
        }
        return new Row(period, group, alarm.length, tokens, sum(alarm), sum(reassurance), index, low, high);
    }

    /**
     * The lagged cross-correlation of the alarm_index series of every two groups (a before b in text
     * order), lags −maxLag … maxLag, over every period from the trend's first to its last (a period
     * where a group has no document is missing). At lag L &gt; 0, a's index at a period is paired with
     * b's L periods later: a high r there says a's framing moves first. Description, not causation.
     */
    public static List<Lag> crossCorrelation(Trend trend, int maxLag) {
        if (maxLag < 0) {
            throw new IllegalArgumentException("--max-lag (" + maxLag + ") must be ≥ 0");
        }
        List<Period> grid = grid(trend);
        Map<Long, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < grid.size(); i++) {
            at.put(grid.get(i).key(), i);
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        for (String g : trend.groups()) {
            double[] s = new double[grid.size()];
            java.util.Arrays.fill(s, Double.NaN);
            series.put(g, s);
        }
        for (Row r : trend.rows()) {
            if (r.group() != null) {
                series.get(r.group())[at.get(r.period().key())] = r.alarmIndex();
            }
        }
        List<Lag> out = new ArrayList<>();
        List<String> groups = trend.groups();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                for (CrossCorrelation.Lag l : CrossCorrelation.lagged(series.get(groups.get(i)),
                        series.get(groups.get(j)), maxLag)) {
                    out.add(new Lag(groups.get(i), groups.get(j), l.lag(), l.pairs(), l.r()));
                }
            }
        }
        return out;
    }

    /** Every period from the trend's first to its last, none left out. */
    static List<Period> grid(Trend trend) {
        List<Period> out = new ArrayList<>();
        if (trend.rows().isEmpty()) {
            return out;
        }
        Period first = trend.rows().get(0).period();
        Period last = trend.rows().get(trend.rows().size() - 1).period();
        for (Period p = first; p.key() <= last.key(); p = trend.every().next(p)) {
            out.add(p);
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}

package dev.framelens.chart;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.framing.Side;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Charts of framelens tables: each function takes a Tablesaw {@link Table} with the columns the
 * framelens facade returns and gives a tablesaw-jsplot {@link Figure} (Plotly), usable alone from
 * Java, JShell and notebooks, and drawn offline with {@link ChartHtml}.
 *
 * <p>Conventions: every figure is {@value #WIDTH} px wide (readable in a 1280 px window), has a
 * title and axis titles with units; alarm is always {@link #ALARM_COLOR} and reassurance always
 * {@link #REASSURANCE_COLOR} (Okabe &amp; Ito's colour-blind-safe vermillion and blue). Articles are
 * labelled "outlet (doc)" when the table has an {@code outlet} column, else by {@code doc}. Text from
 * the tables is escaped so that it shows literally on the chart and cannot reach the page as markup.
 * Input tables are only read, never changed. A table that lacks a column fails with one message
 * naming it.
 *
 * <p>tablesaw-jsplot 0.44.4 has no error bars, hover text or hover templates, heatmap colour scales,
 * cell text or value ranges, axis {@code automargin}, legend placement, annotations or shapes. Bars
 * without hover details use jsplot's {@link BarTrace}; everything else uses an internal
 * {@link Trace} written as JSON. Margins are sized from the longest tick label instead of automargin.
 */
public final class Charts {

    /** Colour of the alarm side in every chart (Okabe–Ito vermillion). */
    public static final String ALARM_COLOR = "#D55E00";

    /** Colour of the reassurance side in every chart (Okabe–Ito blue). */
    public static final String REASSURANCE_COLOR = "#0072B2";

    /** Colour for counts that belong to neither side (term frequencies). */
    public static final String NEUTRAL_COLOR = "#5B5B5B";

    /** Colour of comparison group a when its label names neither side (Okabe–Ito reddish purple). */
    public static final String GROUP_A_COLOR = "#CC79A7";

    /** Colour of comparison group b when its label names neither side (Okabe–Ito bluish green). */
    public static final String GROUP_B_COLOR = "#009E73";

    /** Width of every figure in pixels. */
    public static final int WIDTH = 1120;


    /** The value of a {@code side} column for the alarm side ({@link Side#label()}). */
    public static final String SIDE_ALARM = Side.ALARM.label();

    /** The value of a {@code side} column for the reassurance side ({@link Side#label()}). */
    public static final String SIDE_REASSURANCE = Side.REASSURANCE.label();

    private static final String PER_1000 = "per 1,000 tokens";
    private static final String LIGHT = "#FFFFFF";
    private static final List<List<Object>> NEUTRAL_SCALE =
            List.of(List.of(0, "#F4F4F4"), List.of(1, "#2B2B2B"));

    private Charts() {}

    // ---------------------------------------------------------------------------------------------
    // Labels

    /**
     * Article labels in table order: {@code doc} → "outlet (doc)", or {@code doc} alone when the
     * table has no {@code outlet} column or the outlet is blank. Ids of the form {@code
     * PREFIX_rest} (hashed file names such as {@code 000_d54235d511f720fa}) show only their prefix
     * when every prefix is unique: "CNN (000)".
     *
     * @param table any table with a {@code doc} column (frame scores carry the metadata)
     */
    public static Map<String, String> articleLabels(Table table) {
        Cells.require(table, "frameScores", Columns.DOC);
        boolean hasOutlet = table.containsColumn(Columns.OUTLET);
        // ids such as "000_d54235d511f720fa" are shown by their prefix when the prefixes are unique
        Set<String> prefixes = new HashSet<>();
        boolean shortIds = true;
        for (int r = 0; r < table.rowCount(); r++) {
            String doc = Cells.text(table, Columns.DOC, r);
            int cut = doc.indexOf('_');
            shortIds &= cut > 0 && prefixes.add(doc.substring(0, cut));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String doc = Cells.text(table, Columns.DOC, r);
            String id = shortIds ? doc.substring(0, doc.indexOf('_')) : doc;
            String outlet = hasOutlet ? Cells.text(table, Columns.OUTLET, r).strip() : "";
            labels.putIfAbsent(doc, outlet.isEmpty() ? doc : outlet + " (" + id + ")");
        }
        return labels;
    }

    /**
     * The side of each lexicon category, keyed by the category in snake_case (as in the {@code
     * <category>_per_1k} columns), from a table with {@code category} and {@code side} columns: {@code
     * frameHits()} or {@code actorsOverall()}. Negated hits (a {@code negated} column that is true) are
     * skipped, since they count for the other side than their category; the first side seen wins.
     */
    public static Map<String, String> categorySides(Table table) {
        Cells.require(table, "frameHits", Columns.CATEGORY, Columns.SIDE);
        boolean hasNegated = table.containsColumn(Columns.NEGATED);
        Map<String, String> sides = new TreeMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (hasNegated && Cells.flag(table, Columns.NEGATED, r)) {
                continue;
            }
            sides.putIfAbsent(snake(Cells.text(table, Columns.CATEGORY, r)), Cells.text(table, Columns.SIDE, r).strip());
        }
        return sides;
    }

    /**
     * The colour of a comparison group: {@link #ALARM_COLOR} for a label starting with "alarm",
     * {@link #REASSURANCE_COLOR} for one starting with "reassur" (any case), else {@link
     * #GROUP_A_COLOR} for group a and {@link #GROUP_B_COLOR} for group b. Two groups never share a
     * colour.
     *
     * @return the colours of a and b
     */
    public static String[] groupColors(String a, String b) {
        String ca = sideColor(a);
        String cb = sideColor(b);
        if (ca == null || cb == null || ca.equals(cb)) {
            if (ca != null && !ca.equals(cb)) {
                return new String[] {ca, ca.equals(GROUP_B_COLOR) ? GROUP_A_COLOR : GROUP_B_COLOR};
            }
            if (cb != null && !cb.equals(ca)) {
                return new String[] {GROUP_A_COLOR, cb};
            }
            return new String[] {GROUP_A_COLOR, GROUP_B_COLOR};
        }
        return new String[] {ca, cb};
    }

    private static String sideColor(String label) {
        String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        if (l.startsWith("alarm")) {
            return ALARM_COLOR;
        }
        if (l.startsWith("reassur")) {
            return REASSURANCE_COLOR;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Frame scores

    /**
     * Grouped bars per article: {@code alarm_per_1k} and {@code reassurance_per_1k}.
     *
     * @param frameScores {@code Framelens.frameScores()}: needs {@code doc}, {@code alarm_per_1k},
     *     {@code reassurance_per_1k}; {@code outlet} is used for labels when present
     */
    public static Figure frameScores(Table frameScores) {
        Cells.require(frameScores, "frameScores", Columns.DOC, Columns.ALARM_PER_1K, Columns.REASSURANCE_PER_1K);
        List<String> labels = rowLabels(frameScores);
        Object[] x = PlotlyText.labels(labels);
        BarTrace alarm =
                BarTrace.builder(x, numbers(frameScores, Columns.ALARM_PER_1K))
                        .name("alarm")
                        .marker(Marker.builder().color(ALARM_COLOR).build())
                        .build();
        BarTrace reassurance =
                BarTrace.builder(x, numbers(frameScores, Columns.REASSURANCE_PER_1K))
                        .name("reassurance")
                        .marker(Marker.builder().color(REASSURANCE_COLOR).build())
                        .build();
        Layout layout =
                layout("Frame density per article: alarm vs reassurance")
                        .height(430)
                        .margin(margin(80, 90))
                        .barMode(Layout.BarMode.GROUP)
                        .showLegend(true)
                        .xAxis(categoryAxis("article (outlet and document id)", false))
                        .yAxis(valueAxis("frame hits " + PER_1000))
                        .build();
        return figure(layout, alarm, reassurance);
    }

    /**
     * The {@code alarm_index} of each article, (alarm − reassurance) / (alarm + reassurance) in [−1,
     * 1], with its interval {@code [ci_low, ci_high]} as asymmetric error bars; points above zero in
     * the alarm colour, below in the reassurance colour.
     *
     * @param frameScores {@code Framelens.frameScores()}: needs {@code doc}, {@code alarm_index},
     *     {@code ci_low}, {@code ci_high}; {@code outlet} is used for labels when present
     */
    public static Figure alarmIndex(Table frameScores) {
        Cells.require(frameScores, "frameScores", Columns.DOC, Columns.ALARM_INDEX, Columns.CI_LOW, Columns.CI_HIGH);
        int n = frameScores.rowCount();
        List<String> labels = rowLabels(frameScores);
        double[] index = numbers(frameScores, Columns.ALARM_INDEX);
        double[] plus = new double[n];
        double[] minus = new double[n];
        String[] colors = new String[n];
        String[] hover = new String[n];
        for (int r = 0; r < n; r++) {
            double lo = Cells.number(frameScores, Columns.CI_LOW, r);
            double hi = Cells.number(frameScores, Columns.CI_HIGH, r);
            plus[r] = hi - index[r];
            minus[r] = index[r] - lo;
            colors[r] = index[r] > 0 ? ALARM_COLOR : index[r] < 0 ? REASSURANCE_COLOR : NEUTRAL_COLOR;
            hover[r] =
                    PlotlyText.label(labels.get(r))
                            + "<br>alarm index "
                            + fmt2(index[r])
                            + "<br>95 % interval "
                            + fmt2(lo)
                            + " to "
                            + fmt2(hi);
        }
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("type", "data");
        errors.put("symmetric", false);
        errors.put("array", plus);
        errors.put("arrayminus", minus);
        errors.put("color", "#333333");
        errors.put("thickness", 1.5);
        errors.put("width", 8);
        JsonTrace points =
                JsonTrace.builder("scatter")
                        .put("name", "alarm index")
                        .put("mode", "markers")
                        .put("x", PlotlyText.labels(labels))
                        .put("y", index)
                        .put("error_y", errors)
                        .put("marker", obj("size", 13, "color", colors))
                        .put("hovertext", hover)
                        .put("hovertemplate", "%{hovertext}<extra></extra>")
                        .build();
        Layout layout =
                layout("Alarm index per article, with 95 % bootstrap interval")
                        .height(420)
                        .margin(margin(80, 90))
                        .showLegend(false)
                        .xAxis(categoryAxis("article (outlet and document id)", false))
                        .yAxis(
                                Axis.builder()
                                        .title("alarm index (−1 to +1)")
                                        .range(-1.1, 1.1)
                                        .zeroLineColor("#333333")
                                        .zeroLineWidth(2)
                                        .gridColor("#E5E5E5")
                                        .build())
                        .build();
        return figure(layout, points);
    }

    /**
     * Per-category densities per article as a heatmap (articles × categories) without side colours;
     * see {@link #categoryProfile(Table, Map)}.
     */
    public static Figure categoryProfile(Table frameScores) {
        return categoryProfile(frameScores, Map.of());
    }

    /**
     * Per-category densities per article as a heatmap: one row per article, one column per {@code
     * <category>_per_1k} column (other than {@code alarm_per_1k} and {@code reassurance_per_1k}),
     * cells in hits per 1,000 tokens. Alarm categories come first on a scale towards {@link
     * #ALARM_COLOR}, then reassurance categories towards {@link #REASSURANCE_COLOR}, then categories of
     * unknown side in grey; all on one value range so cells compare.
     *
     * @param frameScores {@code Framelens.frameScores()}: needs {@code doc} and at least one {@code
     *     <category>_per_1k} column
     * @param categorySides category (snake_case) → {@code alarm} or {@code reassurance}, e.g. from
     *     {@link #categorySides(Table)}
     */
    public static Figure categoryProfile(Table frameScores, Map<String, String> categorySides) {
        Cells.require(frameScores, "frameScores", Columns.DOC);
        List<String> categories = new ArrayList<>();
        for (String c : frameScores.columnNames()) {
            if (c.endsWith(Columns.PER_1K_SUFFIX) && !c.equals(Columns.ALARM_PER_1K) && !c.equals(Columns.REASSURANCE_PER_1K)) {
                categories.add(c.substring(0, c.length() - Columns.PER_1K_SUFFIX.length()));
            }
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException(
                    "the frameScores table has no <category>_per_1k columns (it has: "
                            + String.join(", ", frameScores.columnNames())
                            + "); pass the table returned by Framelens.frameScores()");
        }
        Map<String, String> sides = new HashMap<>();
        categorySides.forEach((k, v) -> sides.put(snake(k), v));
        List<String> labels = rowLabels(frameScores);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put(SIDE_ALARM, new ArrayList<>());
        groups.put(SIDE_REASSURANCE, new ArrayList<>());
        groups.put("", new ArrayList<>());
        for (String c : categories) {
            String side = sides.getOrDefault(c, "");
            groups.get(groups.containsKey(side) ? side : "").add(c);
        }
        double max = 0;
        for (String c : categories) {
            for (double v : numbers(frameScores, c + Columns.PER_1K_SUFFIX)) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        // Each side is its own heatmap (own colour scale) over the full category axis, with gaps in
        // the other sides' columns: Plotly mis-sizes cells of heatmaps that cover only part of a
        // category axis (a one-column heatmap spreads over the neighbouring columns).
        List<String> ordered = new ArrayList<>();
        groups.values().forEach(ordered::addAll);
        List<String> names = new ArrayList<>();
        for (String c : ordered) {
            names.add(c.replace('_', ' '));
        }
        List<Trace> traces = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            List<String> cats = g.getValue();
            if (cats.isEmpty()) {
                continue;
            }
            double[][] z = new double[labels.size()][ordered.size()];
            for (int j = 0; j < ordered.size(); j++) {
                double[] col = cats.contains(ordered.get(j))
                        ? numbers(frameScores, ordered.get(j) + Columns.PER_1K_SUFFIX)
                        : null;
                for (int r = 0; r < labels.size(); r++) {
                    z[r][j] = col == null ? Double.NaN : col[r];
                }
            }
            traces.add(
                    heatmap(
                            g.getKey().isEmpty() ? "other" : g.getKey(),
                            PlotlyText.labels(names),
                            PlotlyText.labels(labels),
                            z,
                            scale(g.getKey()),
                            max,
                            "%{z:.1f}",
                            "%{y}<br>%{x}: %{z:.2f} " + PER_1000 + "<extra></extra>",
                            null));
        }
        Layout layout =
                layout("Frame categories per article, hits " + PER_1000 + " (vermillion: alarm, blue: reassurance)")
                        .height(170 + 56 * Math.max(1, labels.size()))
                        .margin(margin(leftMargin(labels), 80))
                        .showLegend(false)
                        .xAxis(categoryAxis("frame category", false))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, traces.toArray(new Trace[0]));
    }

    // ---------------------------------------------------------------------------------------------
    // Group comparison

    /**
     * Diverging horizontal bars of {@code z} (Fightin' Words, Monroe, Colaresi &amp; Quinn 2008, as
     * in their Figure 5): the {@code perSide} terms with the largest positive z (more frequent in
     * group a) above the {@code perSide} terms with the most negative z (more frequent in b), ordered
     * by z; ties broken by term. Hover shows both counts and rates.
     *
     * @param compare {@code Framelens.compare(column, a, b)}: needs {@code term, count_a, count_b,
     *     per_1k_a, per_1k_b, z}
     * @param a label of group a (e.g. {@code reassuring}); its colour follows {@link #groupColors}
     * @param b label of group b
     * @param perSide terms per side, at least 1
     */
    public static Figure distinctiveTerms(Table compare, String a, String b, int perSide) {
        requireCompare(compare);
        if (perSide < 1) {
            throw new IllegalArgumentException("perSide (" + perSide + ") must be ≥ 1");
        }
        List<Term> terms = compareRows(compare);
        List<Term> forA = new ArrayList<>();
        List<Term> forB = new ArrayList<>();
        for (Term t : terms) {
            if (t.z > 0) {
                forA.add(t);
            } else if (t.z < 0) {
                forB.add(t);
            }
        }
        forA.sort(Comparator.comparingDouble((Term t) -> -t.z).thenComparing(t -> t.term));
        forB.sort(Comparator.comparingDouble((Term t) -> t.z).thenComparing(t -> t.term));
        List<Term> shownA = new ArrayList<>(forA.subList(0, Math.min(perSide, forA.size())));
        List<Term> shownB = new ArrayList<>(forB.subList(0, Math.min(perSide, forB.size())));
        java.util.Collections.reverse(shownB);
        String[] colors = groupColors(a, b);
        List<String> allTerms = new ArrayList<>();
        shownA.forEach(t -> allTerms.add(t.term));
        shownB.forEach(t -> allTerms.add(t.term));
        Trace ta = divergingBars(shownA, "more frequent in " + a, colors[0], a, b);
        Trace tb = divergingBars(shownB, "more frequent in " + b, colors[1], a, b);
        Layout layout =
                layout("Distinctive terms: " + a + " vs " + b + " (Fightin' Words log-odds z)")
                        .height(150 + 24 * Math.max(2, allTerms.size()))
                        .margin(margin(leftMargin(allTerms), 70))
                        .barMode(Layout.BarMode.RELATIVE)
                        .showLegend(true)
                        .xAxis(
                                Axis.builder()
                                        .title("z (log-odds, Monroe et al. 2008); |z| > 1.96 ≈ 95 % level")
                                        .zeroLineColor("#333333")
                                        .zeroLineWidth(2)
                                        .gridColor("#E5E5E5")
                                        .build())
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, ta, tb);
    }

    private static Trace divergingBars(List<Term> terms, String name, String color, String a, String b) {
        String[] y = new String[terms.size()];
        double[] x = new double[terms.size()];
        String[] hover = new String[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            y[i] = PlotlyText.label(t.term);
            x[i] = t.z;
            hover[i] = termHover(t, a, b);
        }
        return JsonTrace.builder("bar")
                .put("name", PlotlyText.label(name))
                .put("orientation", "h")
                .put("x", x)
                .put("y", y)
                .put("marker", obj("color", color))
                .put("hovertext", hover)
                .put("hovertemplate", "%{hovertext}<extra></extra>")
                .build();
    }

    /**
     * A scattertext-style scatter of every term: rate in group b (x) against rate in group a (y),
     * both per 1,000 tokens, coloured by z from b's colour through grey to a's colour, with the
     * diagonal of equal rates. Terms with the same counts in both groups share a position (and, under
     * Monroe et al.'s prior, the same z), so they are drawn as one point whose size grows with the
     * number of terms and whose hover lists them; a single term's hover shows its counts, rates and
     * z. Up to eight of the most distinctive points per side are labelled with their most distinctive
     * term (and how many more share the point), skipping a point whose label would overlap one
     * already placed (estimated from the label lengths and the axis ranges).
     *
     * @param compare {@code Framelens.compare(column, a, b)}: needs {@code term, count_a, count_b,
     *     per_1k_a, per_1k_b, z}
     */
    public static Figure termScatter(Table compare, String a, String b) {
        requireCompare(compare);
        List<Term> terms = compareRows(compare);
        terms.sort(Comparator.comparing(t -> t.term));
        // one point per distinct (rate b, rate a), terms in alphabetical order
        Map<String, List<Term>> byPosition = new LinkedHashMap<>();
        for (Term t : terms) {
            byPosition
                    .computeIfAbsent(Double.toString(t.rateB) + ' ' + t.rateA, k -> new ArrayList<>())
                    .add(t);
        }
        List<List<Term>> points = new ArrayList<>(byPosition.values());
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double[] size = new double[n];
        String[] hover = new String[n];
        double maxX = 0;
        double maxY = 0;
        double zmax = 0;
        for (int i = 0; i < n; i++) {
            List<Term> p = points.get(i);
            Term first = p.get(0);
            x[i] = first.rateB;
            y[i] = first.rateA;
            double sum = 0;
            for (Term t : p) {
                sum += t.z;
            }
            z[i] = sum / p.size();
            size[i] = Math.min(24, 8 + 3 * Math.sqrt(p.size() - 1));
            hover[i] = p.size() == 1 ? termHover(first, a, b) : pointHover(p, a, b);
            if (Double.isFinite(first.rateB)) {
                maxX = Math.max(maxX, first.rateB);
            }
            if (Double.isFinite(first.rateA)) {
                maxY = Math.max(maxY, first.rateA);
            }
            zmax = Math.max(zmax, Math.abs(z[i]));
        }
        String[] colors = groupColors(a, b);
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("size", size);
        marker.put("opacity", 0.75);
        marker.put("color", z);
        marker.put("colorscale", List.of(List.of(0, colors[1]), List.of(0.5, "#C8C8C8"), List.of(1, colors[0])));
        marker.put("cmin", -Math.max(zmax, 1));
        marker.put("cmax", Math.max(zmax, 1));
        marker.put("showscale", true);
        marker.put("colorbar", obj("title", Map.of("text", "z"), "thickness", 14));
        marker.put("line", obj("width", 0.5, "color", "#FFFFFF"));
        JsonTrace scatter =
                JsonTrace.builder("scatter")
                        .put("name", "terms")
                        .put("mode", "markers")
                        .put("x", x)
                        .put("y", y)
                        .put("marker", marker)
                        .put("hovertext", hover)
                        .put("hovertemplate", "%{hovertext}<extra></extra>")
                        .build();
        double top = Math.max(maxX, maxY) > 0 ? Math.max(maxX, maxY) * 1.05 : 1;
        JsonTrace diagonal =
                JsonTrace.builder("scatter")
                        .put("name", "equal rate")
                        .put("mode", "lines")
                        .put("x", new double[] {0, top})
                        .put("y", new double[] {0, top})
                        .put("line", obj("color", "#9A9A9A", "dash", "dot", "width", 1))
                        .put("hoverinfo", "skip")
                        .build();
        // labels: the most distinctive points of each side, never two labels on top of each other
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -z[i])
                .thenComparing(i -> points.get(i).get(0).term));
        // Label boxes are estimated in pixels (plot area about 900 × 570 px, 7.5 px per character,
        // 16 px per line): a label is skipped when its box would overlap one already placed.
        double pxPerX = 900 / (Math.max(maxX, 1e-9) * 1.1);
        double pxPerY = 570 / (Math.max(maxY, 1e-9) * 1.1);
        List<Integer> labelled = new ArrayList<>();
        List<String> labelText = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            int placed = 0;
            for (int k = 0; k < n && placed < 8; k++) {
                int i = order[side == 0 ? k : n - 1 - k];
                if (side == 0 ? z[i] <= 0 : z[i] >= 0) {
                    break;
                }
                List<Term> p = new ArrayList<>(points.get(i));
                p.sort(Comparator.comparingDouble((Term t) -> -Math.abs(t.z)).thenComparing(t -> t.term));
                String text = p.get(0).term + (p.size() > 1 ? " (+" + (p.size() - 1) + ")" : "");
                boolean crowded = false;
                for (int m = 0; m < labelled.size(); m++) {
                    int j = labelled.get(m);
                    double halfWidths = 7.5 * (text.length() + labelText.get(m).length()) / 2 + 4;
                    if (Math.abs(x[i] - x[j]) * pxPerX < halfWidths && Math.abs(y[i] - y[j]) * pxPerY < 16) {
                        crowded = true;
                        break;
                    }
                }
                if (!crowded) {
                    labelled.add(i);
                    labelText.add(text);
                    placed++;
                }
            }
        }
        double[] lx = new double[labelled.size()];
        double[] ly = new double[labelled.size()];
        String[] lt = new String[labelled.size()];
        String[] lc = new String[labelled.size()];
        for (int k = 0; k < labelled.size(); k++) {
            int i = labelled.get(k);
            lx[k] = x[i];
            ly[k] = y[i];
            lt[k] = PlotlyText.label(labelText.get(k));
            lc[k] = z[i] > 0 ? colors[0] : colors[1];
        }
        JsonTrace labels =
                JsonTrace.builder("scatter")
                        .put("name", "most distinctive")
                        .put("mode", "text")
                        .put("x", lx)
                        .put("y", ly)
                        .put("text", lt)
                        .put("textposition", "top center")
                        .put("textfont", obj("color", lc, "size", 13))
                        .put("hoverinfo", "skip")
                        .build();
        Layout layout =
                layout("Term rates: " + a + " vs " + b + " (each point a term, or terms with equal counts; colour = z)")
                        .height(720)
                        .margin(margin(90, 80))
                        .showLegend(false)
                        .xAxis(valueAxis(PER_1000 + " in " + b))
                        .yAxis(valueAxis(PER_1000 + " in " + a))
                        .build();
        return figure(layout, diagonal, scatter, labels);
    }

    private static String pointHover(List<Term> p, String a, String b) {
        StringBuilder names = new StringBuilder();
        int shown = Math.min(12, p.size());
        for (int i = 0; i < shown; i++) {
            names.append(i == 0 ? "" : ", ").append(PlotlyText.label(p.get(i).term));
        }
        if (p.size() > shown) {
            names.append(", … and ").append(p.size() - shown).append(" more");
        }
        Term t = p.get(0);
        return "<b>" + p.size() + " terms</b>: " + names + "<br>each "
                + PlotlyText.label(a) + ": " + fmtCount(t.countA) + " (" + fmt2(t.rateA) + " " + PER_1000
                + ")<br>each " + PlotlyText.label(b) + ": " + fmtCount(t.countB) + " (" + fmt2(t.rateB) + " "
                + PER_1000 + ")<br>z = " + fmt2(t.z);
    }

    private static String termHover(Term t, String a, String b) {
        return "<b>"
                + PlotlyText.label(t.term)
                + "</b><br>"
                + PlotlyText.label(a)
                + ": "
                + fmtCount(t.countA)
                + " ("
                + fmt2(t.rateA)
                + " "
                + PER_1000
                + ")<br>"
                + PlotlyText.label(b)
                + ": "
                + fmtCount(t.countB)
                + " ("
                + fmt2(t.rateB)
                + " "
                + PER_1000
                + ")<br>z = "
                + fmt2(t.z);
    }

    private static void requireCompare(Table compare) {
        Cells.require(compare, "compare", Columns.TERM, Columns.COUNT_A, Columns.COUNT_B, Columns.PER_1K_A, Columns.PER_1K_B, Columns.Z);
    }

    private static List<Term> compareRows(Table compare) {
        List<Term> out = new ArrayList<>();
        for (int r = 0; r < compare.rowCount(); r++) {
            double z = Cells.number(compare, Columns.Z, r);
            if (!Double.isFinite(z)) {
                continue;
            }
            out.add(
                    new Term(
                            Cells.text(compare, Columns.TERM, r),
                            Cells.number(compare, Columns.COUNT_A, r),
                            Cells.number(compare, Columns.COUNT_B, r),
                            Cells.number(compare, Columns.PER_1K_A, r),
                            Cells.number(compare, Columns.PER_1K_B, r),
                            z));
        }
        return out;
    }

    private record Term(String term, double countA, double countB, double rateA, double rateB, double z) {}

    // ---------------------------------------------------------------------------------------------
    // Actors, co-occurrence, terms, similarity

    /**
     * Actors × frame categories: frame hits of each category within the window around each actor.
     * Rows are actors by mentions (most first, ties by name); alarm categories come first on the
     * alarm scale, then reassurance categories on the reassurance scale; absent pairs count 0.
     *
     * @param actorsOverall {@code Framelens.actorsOverall()}: needs {@code actor, category, side,
     *     hits}; {@code mentions} orders the rows and shows on hover when present
     */
    public static Figure actorsFrames(Table actorsOverall) {
        Cells.require(actorsOverall, "actorsOverall", Columns.ACTOR, Columns.CATEGORY, Columns.SIDE, Columns.HITS);
        boolean hasMentions = actorsOverall.containsColumn(Columns.MENTIONS);
        Map<String, Double> mentions = new HashMap<>();
        Map<String, String> sideOf = new TreeMap<>();
        Map<String, Map<String, Double>> hits = new HashMap<>();
        for (int r = 0; r < actorsOverall.rowCount(); r++) {
            String actor = Cells.text(actorsOverall, Columns.ACTOR, r);
            String category = Cells.text(actorsOverall, Columns.CATEGORY, r);
            double m = hasMentions ? Cells.number(actorsOverall, Columns.MENTIONS, r) : 0;
            mentions.merge(actor, Double.isFinite(m) ? m : 0, Math::max);
            sideOf.putIfAbsent(category, Cells.text(actorsOverall, Columns.SIDE, r).strip());
            double h = Cells.number(actorsOverall, Columns.HITS, r);
            hits.computeIfAbsent(actor, k -> new HashMap<>())
                    .merge(category, Double.isFinite(h) ? h : 0, Double::sum);
        }
        List<String> actors = new ArrayList<>(mentions.keySet());
        actors.sort(Comparator.comparingDouble((String s) -> -mentions.get(s)).thenComparing(s -> s));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put(SIDE_ALARM, new ArrayList<>());
        groups.put(SIDE_REASSURANCE, new ArrayList<>());
        groups.put("", new ArrayList<>());
        sideOf.forEach((c, s) -> groups.get(groups.containsKey(s) ? s : "").add(c));
        double max = 0;
        for (Map<String, Double> row : hits.values()) {
            for (double v : row.values()) {
                max = Math.max(max, v);
            }
        }
        List<String> actorLabels = new ArrayList<>();
        for (String a : actors) {
            actorLabels.add(hasMentions ? a + " (" + fmtCount(mentions.get(a)) + ")" : a);
        }
        List<String> ordered = new ArrayList<>();
        groups.values().forEach(ordered::addAll);
        List<Trace> traces = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            List<String> cats = g.getValue();
            if (cats.isEmpty()) {
                continue;
            }
            // full category axis with gaps for the other sides, as in categoryProfile
            double[][] z = new double[actors.size()][ordered.size()];
            for (int i = 0; i < actors.size(); i++) {
                for (int j = 0; j < ordered.size(); j++) {
                    z[i][j] = cats.contains(ordered.get(j))
                            ? hits.get(actors.get(i)).getOrDefault(ordered.get(j), 0.0)
                            : Double.NaN;
                }
            }
            traces.add(
                    heatmap(
                            g.getKey().isEmpty() ? "other" : g.getKey(),
                            PlotlyText.labels(ordered),
                            PlotlyText.labels(actorLabels),
                            z,
                            scale(g.getKey()),
                            max,
                            "%{z}",
                            "%{y}<br>%{x}: %{z} hits near the actor<extra></extra>",
                            null));
        }
        String title =
                "Actors × frames: frame hits near each actor"
                        + (hasMentions ? " (mentions in brackets)" : "")
                        + (actors.isEmpty() ? " (no data)" : "");
        Layout layout =
                layout(title)
                        .height(150 + 36 * Math.max(2, actors.size()))
                        .margin(margin(leftMargin(actorLabels), 80))
                        .showLegend(false)
                        .xAxis(categoryAxis("frame category (vermillion: alarm, blue: reassurance)", false))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, traces.toArray(new Trace[0]));
    }

    /**
     * Co-occurrence counts among the top terms as a heatmap: rows and columns are the terms in order
     * of {@code term_total} (or, without it, of summed counts), most frequent first, ties by term;
     * pairs absent from the table count 0 and a term against itself is left blank.
     *
     * @param cooccurrenceMatrix {@code Framelens.cooccurrenceMatrix(topN)}: needs {@code term,
     *     neighbor, count}; {@code term_total} orders the terms when present
     */
    public static Figure cooccurrence(Table cooccurrenceMatrix) {
        Cells.require(cooccurrenceMatrix, "cooccurrenceMatrix", Columns.TERM, Columns.NEIGHBOR, Columns.COUNT);
        boolean hasTotal = cooccurrenceMatrix.containsColumn(Columns.TERM_TOTAL);
        Map<String, Double> weight = new HashMap<>();
        Map<String, Map<String, Double>> counts = new HashMap<>();
        for (int r = 0; r < cooccurrenceMatrix.rowCount(); r++) {
            String t = Cells.text(cooccurrenceMatrix, Columns.TERM, r);
            String u = Cells.text(cooccurrenceMatrix, Columns.NEIGHBOR, r);
            double c = Cells.number(cooccurrenceMatrix, Columns.COUNT, r);
            c = Double.isFinite(c) ? c : 0;
            counts.computeIfAbsent(t, k -> new HashMap<>()).merge(u, c, Double::sum);
            if (hasTotal) {
                double tt = Cells.number(cooccurrenceMatrix, Columns.TERM_TOTAL, r);
                weight.merge(t, Double.isFinite(tt) ? tt : 0, Math::max);
            } else {
                weight.merge(t, c, Double::sum);
            }
            weight.putIfAbsent(u, 0.0);
        }
        List<String> terms = new ArrayList<>(weight.keySet());
        terms.sort(Comparator.comparingDouble((String s) -> -weight.get(s)).thenComparing(s -> s));
        int n = terms.size();
        double[][] z = new double[n][n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            Map<String, Double> row = counts.getOrDefault(terms.get(i), Map.of());
            for (int j = 0; j < n; j++) {
                z[i][j] = i == j ? Double.NaN : row.getOrDefault(terms.get(j), 0.0);
                if (i != j) {
                    max = Math.max(max, z[i][j]);
                }
            }
        }
        String[] labels = PlotlyText.labels(terms);
        JsonTrace heat =
                heatmap(
                        "co-occurrence",
                        labels,
                        labels,
                        z,
                        NEUTRAL_SCALE,
                        max,
                        n <= 25 ? "%{z}" : null,
                        "%{y} with %{x}: %{z}<extra></extra>",
                        "count");
        Layout layout =
                layout("Co-occurrence of the top " + n + " terms (count of the pair within the window)")
                        .height(Math.min(1100, 190 + 30 * Math.max(2, n)))
                        .margin(margin(leftMargin(terms), 120))
                        .showLegend(false)
                        .xAxis(categoryAxis("neighbour", false))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, heat);
    }

    /**
     * Horizontal bars of the {@code n} most frequent terms (by count, ties by term), the most frequent
     * on top.
     *
     * @param termFrequencies {@code Framelens.termFrequencies()}: needs {@code term, count}
     * @param n how many terms; 0 or less shows every term
     */
    public static Figure topTerms(Table termFrequencies, int n) {
        Cells.require(termFrequencies, "termFrequencies", Columns.TERM, Columns.COUNT);
        record TC(String term, double count) {}
        List<TC> rows = new ArrayList<>();
        for (int r = 0; r < termFrequencies.rowCount(); r++) {
            double c = Cells.number(termFrequencies, Columns.COUNT, r);
            rows.add(new TC(Cells.text(termFrequencies, Columns.TERM, r), Double.isFinite(c) ? c : 0));
        }
        rows.sort(Comparator.comparingDouble((TC t) -> -t.count).thenComparing(TC::term));
        List<TC> shown = n > 0 && n < rows.size() ? rows.subList(0, n) : rows;
        List<String> terms = new ArrayList<>();
        double[] counts = new double[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            terms.add(shown.get(i).term);
            counts[i] = shown.get(i).count;
        }
        BarTrace bars =
                BarTrace.builder(PlotlyText.labels(terms), counts)
                        .orientation(BarTrace.Orientation.HORIZONTAL)
                        .name("count")
                        .marker(Marker.builder().color(NEUTRAL_COLOR).build())
                        .build();
        Layout layout =
                layout("Top " + shown.size() + (shown.size() == 1 ? " term" : " terms") + " in the corpus")
                        .height(140 + 22 * Math.max(2, shown.size()))
                        .margin(margin(leftMargin(terms), 70))
                        .showLegend(false)
                        .xAxis(valueAxis("count (occurrences in the corpus, stop words removed)"))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, bars);
    }

    /** The similarity heatmap labelled by document id; see {@link #similarity(Table, Map)}. */
    public static Figure similarity(Table similarity) {
        return similarity(similarity, Map.of());
    }

    /**
     * Article × article cosine similarity of tf-idf vectors as a heatmap on [0, 1], documents in
     * order of first appearance; an article against itself (always 1) and pairs absent from the table
     * are left blank.
     *
     * @param similarity {@code Framelens.similarity()}: needs {@code doc_a, doc_b, cosine}
     * @param docLabels doc → label (e.g. {@link #articleLabels}); documents not in it show their id
     */
    public static Figure similarity(Table similarity, Map<String, String> docLabels) {
        Cells.require(similarity, "similarity", Columns.DOC_A, Columns.DOC_B, Columns.COSINE);
        Set<String> docs = new LinkedHashSet<>();
        Map<String, Double> cos = new HashMap<>();
        for (int r = 0; r < similarity.rowCount(); r++) {
            String a = Cells.text(similarity, Columns.DOC_A, r);
            String b = Cells.text(similarity, Columns.DOC_B, r);
            docs.add(a);
            docs.add(b);
            cos.put(a + '\u0000' + b, Cells.number(similarity, Columns.COSINE, r));
        }
        List<String> order = new ArrayList<>(docs);
        double[][] z = new double[order.size()][order.size()];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            labels.add(docLabels.getOrDefault(order.get(i), order.get(i)));
            for (int j = 0; j < order.size(); j++) {
                // an article against itself is trivially 1: left blank so the pairs carry the colour scale
                z[i][j] = i == j ? Double.NaN : cos.getOrDefault(order.get(i) + '\u0000' + order.get(j), Double.NaN);
            }
        }
        String[] l = PlotlyText.labels(labels);
        JsonTrace heat =
                heatmap(
                        "cosine",
                        l,
                        l,
                        z,
                        NEUTRAL_SCALE,
                        1.0,
                        order.size() <= 20 ? "%{z:.2f}" : null,
                        "%{y}<br>%{x}<br>cosine %{z:.3f}<extra></extra>",
                        "cosine");
        Layout layout =
                layout("Article similarity: cosine of tf-idf vectors (1 = same vocabulary profile)")
                        .height(Math.min(1000, 180 + 56 * Math.max(2, order.size())))
                        .margin(margin(leftMargin(labels), 100))
                        .showLegend(false)
                        .xAxis(categoryAxis("", false))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, heat);
    }

    // ---------------------------------------------------------------------------------------------
    // Building blocks

    private static JsonTrace heatmap(
            String name,
            String[] x,
            String[] y,
            double[][] z,
            List<List<Object>> colorscale,
            double zmax,
            String texttemplate,
            String hovertemplate,
            String colorbarTitle) {
        JsonTrace.Builder b =
                JsonTrace.builder("heatmap")
                        .put("name", name)
                        .put("x", x)
                        .put("y", y)
                        .put("z", z)
                        .put("colorscale", colorscale)
                        .put("zmin", 0)
                        .put("zmax", zmax > 0 ? zmax : 1)
                        .put("xgap", 2)
                        .put("ygap", 2)
                        .put("hoverongaps", false)
                        .put("hovertemplate", hovertemplate);
        if (texttemplate != null) {
            b.put("texttemplate", texttemplate);
        }
        if (colorbarTitle != null) {
            b.put("showscale", true);
            b.put("colorbar", obj("title", Map.of("text", colorbarTitle), "thickness", 14));
        } else {
            b.put("showscale", false);
        }
        return b.build();
    }

    /** A JSON object with keys in the given order: key, value, key, value, … */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static List<List<Object>> scale(String side) {
        if (SIDE_ALARM.equals(side)) {
            return List.of(List.of(0, LIGHT), List.of(1, ALARM_COLOR));
        }
        if (SIDE_REASSURANCE.equals(side)) {
            return List.of(List.of(0, LIGHT), List.of(1, REASSURANCE_COLOR));
        }
        return NEUTRAL_SCALE;
    }

    private static Layout.LayoutBuilder layout(String title) {
        return Layout.builder()
                .title(PlotlyText.templateText(title))
                .width(WIDTH);
    }

    private static Axis categoryAxis(String title, boolean reversed) {
        Axis.AxisBuilder b =
                Axis.builder()
                        .title(PlotlyText.templateText(title))
                        .type(Axis.Type.CATEGORY)
                        .showGrid(false);
        if (reversed) {
            b.autoRange(Axis.AutoRange.REVERSED);
        }
        return b.build();
    }

    private static Axis valueAxis(String title) {
        return Axis.builder()
                .title(PlotlyText.templateText(title))
                .gridColor("#E5E5E5")
                .zeroLineColor("#9A9A9A")
                .build();
    }

    private static Margin margin(int left, int bottom) {
        return Margin.builder().left(left).right(40).top(70).bottom(bottom).build();
    }

    /** A left margin that fits the longest label at about 7.5 px per character, within [80, 380]. */
    private static int leftMargin(List<String> labels) {
        int longest = 0;
        for (String l : labels) {
            longest = Math.max(longest, l.length());
        }
        return Math.max(80, Math.min(380, 30 + (int) Math.ceil(longest * 7.5)));
    }

    private static Figure figure(Layout layout, Trace... traces) {
        return Figure.builder()
                .layout(layout)
                .config(Config.builder().displayLogo(false).responsive(true).build())
                .addTraces(traces)
                .build();
    }

    private static List<String> rowLabels(Table frameScores) {
        Map<String, String> labels = articleLabels(frameScores);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < frameScores.rowCount(); r++) {
            out.add(labels.get(Cells.text(frameScores, Columns.DOC, r)));
        }
        return out;
    }

    private static double[] numbers(Table t, String column) {
        double[] out = new double[t.rowCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = Cells.number(t, column, r);
        }
        return out;
    }

    /** lower_snake_case of a category name, as the {@code <category>_per_1k} columns use. */
    static String snake(String s) {
        StringBuilder out = new StringBuilder();
        boolean underscore = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                if (underscore && out.length() > 0) {
                    out.append('_');
                }
                underscore = false;
                out.append(c);
            } else {
                underscore = true;
            }
        }
        return out.toString();
    }

    private static String fmt2(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.2f", d) : "n/a";
    }

    private static String fmtCount(double d) {
        if (!Double.isFinite(d)) {
            return "n/a";
        }
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}

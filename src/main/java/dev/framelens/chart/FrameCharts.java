package dev.framelens.chart;

import static dev.framelens.chart.Style.*;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/** Charts of frame scores, categories and actors; the public entry points are on {@link Charts}. */
final class FrameCharts {

    private FrameCharts() {}

    /** See {@link Charts#articleLabels}. */
    static Map<String, String> articleLabels(Table table) {
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

    /** See {@link Charts#categorySides}. */
    static Map<String, String> categorySides(Table table) {
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

    /** See {@link Charts#frameScores}. */
    static Figure frameScores(Table frameScores) {
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

    /** See {@link Charts#alarmIndex}. */
    static Figure alarmIndex(Table frameScores) {
        Cells.require(frameScores, "frameScores", Columns.DOC, Columns.ALARM_INDEX, Columns.CI_LOW, Columns.CI_HIGH);
        int n = frameScores.rowCount();
        List<String> labels = rowLabels(frameScores);
        double[] index = numbers(frameScores, Columns.ALARM_INDEX);
        double[] lows = numbers(frameScores, Columns.CI_LOW);
        double[] highs = numbers(frameScores, Columns.CI_HIGH);
        IndexMarks marks = indexMarks(index, lows, highs);
        String[] hover = new String[n];
        for (int r = 0; r < n; r++) {
            hover[r] =
                    PlotlyText.label(labels.get(r))
                            + "<br>alarm index "
                            + fmt2(index[r])
                            + "<br>95 % interval "
                            + fmt2(lows[r])
                            + " to "
                            + fmt2(highs[r]);
        }
        Map<String, Object> errors = marks.errorBars();
        String[] colors = marks.colors();
        double reach = marks.reach();
        JsonTrace points =
                JsonTrace.builder("scatter")
                        .put("name", "alarm index")
                        .put("mode", "markers")
                        .put("x", PlotlyText.labels(labels))
                        .put("y", index)
                        .put("error_y", errors)
                        .put("marker", obj("size", MARKER_SIZE, "color", colors))
                        .put("hovertext", hover)
                        .put("hovertemplate", "%{hovertext}<extra></extra>")
                        .build();
        Layout layout =
                layout("Alarm index per article, with 95 % bootstrap interval")
                        .height(420)
                        .margin(margin(80, 90))
                        .showLegend(false)
                        .xAxis(categoryAxis("article (outlet and document id)", false))
                        .yAxis(zeroAxis("alarm index ln((A + ½) / (R + ½)), 0 = balance")
                                .range(-axisEnd(reach), axisEnd(reach)).build())
                        .build();
        return figure(layout, points);
    }

    /**
     * What an alarm-index chart draws of each point: its colour (alarm above 0, reassurance below,
     * neutral at 0), its interval as asymmetric error bars, and the largest |value| (at least 1).
     */
    record IndexMarks(String[] colors, Map<String, Object> errorBars, double reach) {
    }

    /** The marks of indices with intervals [low, high]; see {@link IndexMarks}. */
    static IndexMarks indexMarks(double[] index, double[] low, double[] high) {
        int n = index.length;
        double[] plus = new double[n];
        double[] minus = new double[n];
        String[] colors = new String[n];
        double reach = 1.0;
        for (int r = 0; r < n; r++) {
            for (double v : new double[] {index[r], low[r], high[r]}) {
                if (Double.isFinite(v)) {
                    reach = Math.max(reach, Math.abs(v));
                }
            }
            plus[r] = high[r] - index[r];
            minus[r] = index[r] - low[r];
            colors[r] = index[r] > 0 ? ALARM_COLOR : index[r] < 0 ? REASSURANCE_COLOR : NEUTRAL_COLOR;
        }
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("type", "data");
        errors.put("symmetric", false);
        errors.put("array", plus);
        errors.put("arrayminus", minus);
        errors.put("color", ZERO_LINE_COLOR);
        errors.put("thickness", 1.5);
        errors.put("width", 8);
        return new IndexMarks(colors, errors, reach);
    }

    /** {@code reach} plus 10 %, rounded up to a tenth (1 → 1.1, 2.2 → 2.5). */
    static double axisEnd(double reach) {
        return Math.ceil(reach * 11 - 1e-9) / 10;
    }

    /** See {@link Charts#categoryProfile}. */
    static Figure categoryProfile(Table frameScores) {
        return categoryProfile(frameScores, Map.of());
    }

    /** See {@link Charts#categoryProfile}. */
    static Figure categoryProfile(Table frameScores, Map<String, String> categorySides) {
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
        // negated alarm hits count for reassurance (they are in reassurance_per_1k), whatever the lexicon says
        String negated = Columns.NEGATED_ALARM_PER_1K.substring(0, Columns.NEGATED_ALARM_PER_1K.length() - Columns.PER_1K_SUFFIX.length());
        sides.putIfAbsent(negated, SIDE_REASSURANCE);
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
            names.add(c); // as the lexicon, the tables and the actors chart write it
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
                            null).build());
        }
        Layout layout =
                layout("Frame categories per article, hits " + PER_1000 + sideKey(groups))
                        .height(170 + 56 * Math.max(1, labels.size()))
                        .margin(margin(leftMargin(labels), 80))
                        .showLegend(false)
                        .xAxis(categoryAxis("frame category", false))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, traces.toArray(new Trace[0]));
    }

    /**
     * The colour key of a heatmap whose columns are grouped by side: " (vermillion: alarm, blue:
     * reassurance, grey: no side given)" with only the groups that have columns, "" when none has.
     */
    static String sideKey(Map<String, List<String>> groups) {
        List<String> parts = new ArrayList<>();
        if (!groups.get(SIDE_ALARM).isEmpty()) {
            parts.add("vermillion: alarm");
        }
        if (!groups.get(SIDE_REASSURANCE).isEmpty()) {
            parts.add("blue: reassurance");
        }
        if (!groups.get("").isEmpty()) {
            parts.add("grey: no side given");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** See {@link Charts#actorsFrames}. */
    static Figure actorsFrames(Table actorsOverall) {
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
                            null).build());
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
                        .xAxis(categoryAxis("frame category" + sideKey(groups), false))
                        .yAxis(categoryAxis("", true))
                        .build();
        return figure(layout, traces.toArray(new Trace[0]));
    }

    private static List<String> rowLabels(Table frameScores) {
        Map<String, String> labels = articleLabels(frameScores);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < frameScores.rowCount(); r++) {
            out.add(labels.get(Cells.text(frameScores, Columns.DOC, r)));
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
}

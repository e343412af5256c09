package dev.framelens.chart;

import static dev.framelens.chart.Style.*;

import dev.framelens.chart.internal.JsonTrace;
import dev.framelens.chart.internal.PlotlyText;
import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/** Charts of a two-group comparison (Fightin' Words); the public entry points are on {@link Charts}. */
final class ComparisonCharts {

    private ComparisonCharts() {}

    /** See {@link Charts#groupColors}. */
    static String[] groupColors(String a, String b) {
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

    /** See {@link Charts#distinctiveTerms}. */
    static Figure distinctiveTerms(Table compare, String a, String b, int perSide) {
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
                        .xAxis(zeroAxis("z (log-odds, Monroe et al. 2008); |z| > 1.96 ≈ 95 % level").build())
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

    /** See {@link Charts#termScatter}. */
    static Figure termScatter(Table compare, String a, String b) {
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
        marker.put("colorscale", List.of(List.of(0, colors[1]), List.of(0.5, MIDDLE_COLOR), List.of(1, colors[0])));
        marker.put("cmin", -Math.max(zmax, 1));
        marker.put("cmax", Math.max(zmax, 1));
        marker.put("showscale", true);
        marker.put("colorbar", obj("title", Map.of("text", "z"), "thickness", 14));
        marker.put("line", obj("width", 0.5, "color", LIGHT));
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
                        .put("line", obj("color", GUIDE_COLOR, "dash", "dot", "width", 1))
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
                    double halfWidths = CHAR_WIDTH * (text.length() + labelText.get(m).length()) / 2 + 4;
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
                        .put("textfont", obj("color", lc, "size", MARKER_SIZE))
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
}

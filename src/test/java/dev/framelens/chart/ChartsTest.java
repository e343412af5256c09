package dev.framelens.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.chart.internal.JsonTrace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/** What each chart carries: traces, values, labels, order, colours, titles. */
class ChartsTest {

    private static final String[] ARTICLES = {
        "Daily Alpha (000)", "Op-Ed Weekly (001)", "Gazette (002)", "Morning Wire (003)",
        "Evening Post (004)"
    };

    private static JsonTrace json(Figure f, int i) {
        return assertInstanceOf(JsonTrace.class, f.getTraces()[i]);
    }

    private static String layout(Figure f) {
        return f.getLayout().asJavascript();
    }

    @Test
    void articleLabelsUseOutletThenDoc() {
        Map<String, String> labels = Charts.articleLabels(ChartFixtures.frameScores());
        assertEquals(List.of(ARTICLES), List.copyOf(labels.values()));
        assertEquals(List.of("000", "001", "002", "003", "004"), List.copyOf(labels.keySet()));
        Table noOutlet = Table.create(StringColumn.create("doc", "a", "b"));
        assertEquals(Map.of("a", "a", "b", "b"), Charts.articleLabels(noOutlet));
        Table blank = Table.create(StringColumn.create("doc", "a"), StringColumn.create("outlet", " "));
        assertEquals(Map.of("a", "a"), Charts.articleLabels(blank));
        // hashed file names are shown by their unique prefix, otherwise whole
        Table hashed = Table.create(StringColumn.create("doc", "000_d542", "001_3c20"), StringColumn.create("outlet", "CNN", "AP"));
        assertEquals(List.of("CNN (000)", "AP (001)"), List.copyOf(Charts.articleLabels(hashed).values()));
        Table clash = Table.create(StringColumn.create("doc", "x_1", "x_2"), StringColumn.create("outlet", "CNN", "AP"));
        assertEquals(List.of("CNN (x_1)", "AP (x_2)"), List.copyOf(Charts.articleLabels(clash).values()));
    }

    @Test
    void frameScoresAreGroupedBarsInTheSideColours() {
        Figure f = Charts.frameScores(ChartFixtures.frameScores());
        assertEquals(2, f.getTraces().length);
        assertInstanceOf(BarTrace.class, f.getTraces()[0]);
        String alarm = f.getTraces()[0].asJavascript(0);
        String reassurance = f.getTraces()[1].asJavascript(1);
        String x = "x: [\"Daily Alpha (000)\",\"Op-Ed Weekly (001)\",\"Gazette (002)\","
                + "\"Morning Wire (003)\",\"Evening Post (004)\"]";
        assertTrue(alarm.contains(x), alarm);
        assertTrue(alarm.contains("y: [12.0, 3.0, 14.0, 7.0, 15.0]"), alarm);
        assertTrue(alarm.contains("color: '#D55E00'"), alarm);
        assertTrue(alarm.contains("name: 'alarm'"), alarm);
        assertTrue(reassurance.contains("y: [4.0, 9.0, 2.0, 1.0, 1.0]"), reassurance);
        assertTrue(reassurance.contains("color: '#0072B2'"), reassurance);
        assertTrue(reassurance.contains("name: 'reassurance'"), reassurance);
        String layout = layout(f);
        // jsplot omits its default bar mode, GROUP, which is also Plotly's default
        assertTrue(!layout.contains("barmode"), layout);
        // the chart takes its container's width: autosize, and no width in the figure's JSON
        assertTrue(layout.contains("autosize: true"), layout);
        String json = ChartHtml.json(f);
        var jsonLayout = com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("layout");
        assertTrue(jsonLayout.get("autosize").getAsBoolean() && !jsonLayout.has("width"), json);
        assertTrue(json.contains("\"config\":{\"displaylogo\":false,\"responsive\":true}"), json);
        assertTrue(layout.contains("title: 'frame hits per 1,000 tokens'"), layout);
        assertTrue(layout.contains("title: 'Frame density per article: alarm vs reassurance'"), layout);
    }

    @Test
    void alarmIndexHasAsymmetricErrorBarsAndSideColours() {
        Figure f = Charts.alarmIndex(ChartFixtures.frameScores());
        JsonTrace t = json(f, 0);
        assertEquals("scatter", t.attributes().get("type"));
        assertArrayEquals(ARTICLES, (String[]) t.attributes().get("x"));
        assertArrayEquals(new double[] {0.5, -0.5, 0.75, 0.75, 0.875}, (double[]) t.attributes().get("y"));
        Map<?, ?> err = (Map<?, ?>) t.attributes().get("error_y");
        assertEquals(false, err.get("symmetric"));
        assertArrayEquals(new double[] {0.375, 0.375, 0.125, 0.25, 0.125}, (double[]) err.get("array"));
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25, 0.125}, (double[]) err.get("arrayminus"));
        Map<?, ?> marker = (Map<?, ?>) t.attributes().get("marker");
        assertArrayEquals(
                new String[] {Charts.ALARM_COLOR, Charts.REASSURANCE_COLOR, Charts.ALARM_COLOR,
                        Charts.ALARM_COLOR, Charts.ALARM_COLOR},
                (String[]) marker.get("color"));
        String[] hover = (String[]) t.attributes().get("hovertext");
        assertEquals("Op-Ed Weekly (001)<br>alarm index -0.50<br>95 % interval -0.75 to -0.13", hover[1]);
        String js = t.asJavascript(0);
        assertTrue(js.contains("\"error_y\":{\"type\":\"data\",\"symmetric\":false,"
                + "\"array\":[0.375,0.375,0.125,0.25,0.125],\"arrayminus\":[0.25,0.25,0.25,0.25,0.125]"), js);
        assertTrue(layout(f).contains("range: [\"-1.1\",\"1.1\"]"), layout(f));
    }

    @Test
    void alarmIndexAxisIsSymmetricAroundBalanceAndWidensWithTheValues() {
        // the logit index is unbounded: the axis reaches the largest |value| (here the interval end −3)
        // plus 10 %, on both sides of 0
        Table t = Table.create(
                StringColumn.create("doc", "a", "b"),
                DoubleColumn.create("alarm_index", 2.5, -0.4),
                DoubleColumn.create("ci_low", 1.2, -3.0),
                DoubleColumn.create("ci_high", 2.9, Double.NaN));
        String layout = layout(Charts.alarmIndex(t));
        assertTrue(layout.contains("range: [\"-3.3\",\"3.3\"]"), layout);
        assertTrue(layout.contains("title: 'alarm index ln((A + ½) / (R + ½)), 0 = balance'"), layout);
        assertEquals(1.1, FrameCharts.axisEnd(1.0));
        assertEquals(2.5, FrameCharts.axisEnd(2.2));
        assertEquals(3.3, FrameCharts.axisEnd(2.9444389791664403));
    }

    @Test
    void alarmIndexWithoutIntervalLeavesGaps() {
        Table t = Table.create(
                StringColumn.create("doc", "x"),
                DoubleColumn.create("alarm_index", Double.NaN),
                DoubleColumn.create("ci_low", Double.NaN),
                DoubleColumn.create("ci_high", Double.NaN));
        String js = Charts.alarmIndex(t).getTraces()[0].asJavascript(0);
        assertTrue(js.contains("\"y\":[null]"), js);
        assertTrue(js.contains("\"array\":[null],\"arrayminus\":[null]"), js);
    }

    @Test
    void categorySidesSkipNegatedHits() {
        assertEquals(
                Map.of("downplaying", "reassurance", "limits", "reassurance", "threat", "alarm"),
                Charts.categorySides(ChartFixtures.frameHits()));
    }

    @Test
    void categoryProfileSplitsSidesOnOneScale() {
        Map<String, String> sides = Map.of(
                "threat", "alarm", "Catastrophe", "alarm", "downplaying", "reassurance", "limits", "reassurance");
        Figure f = Charts.categoryProfile(ChartFixtures.frameScores(), sides);
        assertEquals(2, f.getTraces().length);
        JsonTrace alarm = json(f, 0);
        JsonTrace reassurance = json(f, 1);
        assertEquals("heatmap", alarm.attributes().get("type"));
        // both span every category (alarm first), with gaps where the other side's columns are
        String[] categories = {"threat", "catastrophe", "downplaying", "limits"};
        assertArrayEquals(categories, (String[]) alarm.attributes().get("x"));
        assertArrayEquals(categories, (String[]) reassurance.attributes().get("x"));
        assertArrayEquals(ARTICLES, (String[]) alarm.attributes().get("y"));
        double n = Double.NaN;
        assertArrayEquals(
                new double[][] {{8, 4, n, n}, {2, 1, n, n}, {10, 4, n, n}, {5, 2, n, n}, {10, 5, n, n}},
                (double[][]) alarm.attributes().get("z"));
        assertArrayEquals(
                new double[][] {{n, n, 1, 3}, {n, n, 6, 3}, {n, n, 1, 1}, {n, n, 1, 0}, {n, n, 0.5, 0.5}},
                (double[][]) reassurance.attributes().get("z"));
        assertTrue(alarm.asJavascript(0).contains("\"z\":[[8.0,4.0,null,null],[2.0,1.0,null,null],"), alarm.asJavascript(0));
        assertEquals(10.0, alarm.attributes().get("zmax"));
        assertEquals(10.0, reassurance.attributes().get("zmax"));
        assertTrue(alarm.asJavascript(0).contains("\"colorscale\":[[0,\"#FFFFFF\"],[1,\"#D55E00\"]]"));
        assertTrue(reassurance.asJavascript(1).contains("\"colorscale\":[[0,\"#FFFFFF\"],[1,\"#0072B2\"]]"));
    }

    @Test
    void categoryProfileWithoutSidesIsOneNeutralHeatmap() {
        Figure f = Charts.categoryProfile(ChartFixtures.frameScores());
        assertEquals(1, f.getTraces().length);
        assertArrayEquals(
                new String[] {"threat", "catastrophe", "downplaying", "limits"},
                (String[]) json(f, 0).attributes().get("x"));
        assertTrue(json(f, 0).asJavascript(0).contains("[[0,\"#F4F4F4\"],[1,\"#2B2B2B\"]]"));
    }

    @Test
    void categoryProfileTitleNamesOnlyTheColoursItUses() {
        Map<String, String> sides = Map.of(
                "threat", "alarm", "catastrophe", "alarm", "downplaying", "reassurance", "limits", "reassurance");
        assertEquals("Frame categories per article, hits per 1,000 tokens (vermillion: alarm, blue: reassurance)",
                Charts.categoryProfile(ChartFixtures.frameScores(), sides).getLayout().getTitle());
        // without sides nothing promises vermillion or blue
        assertEquals("Frame categories per article, hits per 1,000 tokens (grey: no side given)",
                Charts.categoryProfile(ChartFixtures.frameScores()).getLayout().getTitle());
        assertEquals("Frame categories per article, hits per 1,000 tokens (vermillion: alarm, grey: no side given)",
                Charts.categoryProfile(ChartFixtures.frameScores(), Map.of("threat", "alarm")).getLayout().getTitle());
    }

    @Test
    void categoryProfileTakesItsSidesFromTheLexiconTableAndNegatedAlarmIsReassurance() {
        Table lexicon = Table.create("lexicon",
                tech.tablesaw.api.StringColumn.create("category", "threat", "catastrophe", "downplaying", "limits"),
                tech.tablesaw.api.StringColumn.create("side", "alarm", "alarm", "reassurance", "reassurance"),
                tech.tablesaw.api.StringColumn.create("entry", "danger*", "doom", "overblown", "limited"));
        Map<String, String> sides = Charts.categorySides(lexicon);
        assertEquals(Map.of("threat", "alarm", "catastrophe", "alarm", "downplaying", "reassurance", "limits", "reassurance"), sides);
        Table scores = ChartFixtures.frameScores().addColumns(
                tech.tablesaw.api.DoubleColumn.create("negated_alarm_per_1k", 1, 2, 0, 0, 0));
        Figure f = Charts.categoryProfile(scores, sides);
        assertEquals(2, f.getTraces().length, "no grey group: negated_alarm is on the reassurance side");
        assertArrayEquals(new String[] {"threat", "catastrophe", "downplaying", "limits", "negated_alarm"},
                (String[]) json(f, 1).attributes().get("x"));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 1, 3, 1}, ((double[][]) json(f, 1).attributes().get("z"))[0]);
    }

    @Test
    void categoryProfileAndActorsFramesWriteCategoriesAlike() {
        Table scores = Table.create("scores",
                tech.tablesaw.api.StringColumn.create("doc", "000"),
                tech.tablesaw.api.DoubleColumn.create("delegitimising_labels_per_1k", 2.0),
                tech.tablesaw.api.DoubleColumn.create("alarm_per_1k", 2.0),
                tech.tablesaw.api.DoubleColumn.create("reassurance_per_1k", 0.0));
        Table actors = Table.create("actors",
                tech.tablesaw.api.StringColumn.create("actor", "putin"),
                tech.tablesaw.api.StringColumn.create("category", "delegitimising_labels"),
                tech.tablesaw.api.StringColumn.create("side", "alarm"),
                tech.tablesaw.api.IntColumn.create("hits", new int[] {3}));
        Figure profile = Charts.categoryProfile(scores, Charts.categorySides(actors));
        Figure byActor = Charts.actorsFrames(actors);
        assertArrayEquals(new String[] {"delegitimising_labels"}, (String[]) json(profile, 0).attributes().get("x"));
        assertArrayEquals(new String[] {"delegitimising_labels"}, (String[]) json(byActor, 0).attributes().get("x"));
        assertEquals("frame category (vermillion: alarm)", com.google.gson.JsonParser.parseString(ChartHtml.json(byActor))
                .getAsJsonObject().getAsJsonObject("layout").getAsJsonObject("xaxis").getAsJsonObject("title").get("text").getAsString());
    }

    @Test
    void categoryProfileNeedsCategoryColumns() {
        Table t = Table.create(StringColumn.create("doc", "a"), DoubleColumn.create("alarm_per_1k", 1));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Charts.categoryProfile(t));
        assertEquals(
                "the frameScores table has no <category>_per_1k columns (it has: doc, alarm_per_1k);"
                        + " pass the table returned by Framelens.frameScores()",
                e.getMessage());
    }

    @Test
    void distinctiveTermsTakeTheTopOfEachSideTiesByTerm() {
        Figure f = Charts.distinctiveTerms(ChartFixtures.compare(), "reassuring", "alarmed", 2);
        JsonTrace a = json(f, 0);
        JsonTrace b = json(f, 1);
        assertEquals("bar", a.attributes().get("type"));
        assertEquals("h", a.attributes().get("orientation"));
        assertArrayEquals(new String[] {"sky", "falling"}, (String[]) a.attributes().get("y"));
        assertArrayEquals(new double[] {3.5, 2.5}, (double[]) a.attributes().get("x"));
        // dangerous (-2.25), then pariah before threat (tie at -1.5, by term), shown least negative first
        assertArrayEquals(new String[] {"pariah", "dangerous"}, (String[]) b.attributes().get("y"));
        assertArrayEquals(new double[] {-1.5, -2.25}, (double[]) b.attributes().get("x"));
        assertEquals("more frequent in reassuring", a.attributes().get("name"));
        assertEquals(Map.of("color", Charts.REASSURANCE_COLOR), a.attributes().get("marker"));
        assertEquals(Map.of("color", Charts.ALARM_COLOR), b.attributes().get("marker"));
        assertEquals(
                "<b>sky</b><br>reassuring: 4 (5.00 per 1,000 tokens)<br>alarmed: 0 (0.00 per 1,000 tokens)"
                        + "<br>z = 3.50",
                ((String[]) a.attributes().get("hovertext"))[0]);
        String layout = layout(f);
        assertTrue(layout.contains("title: 'z (log-odds, Monroe et al. 2008); |z| &gt; 1.96 ≈ 95 % level'"),
                layout);
        assertTrue(layout.contains("autorange: 'reversed'"), layout);
        assertTrue(layout.contains("barmode: 'relative'"), layout);
        assertThrows(IllegalArgumentException.class,
                () -> Charts.distinctiveTerms(ChartFixtures.compare(), "a", "b", 0));
    }

    @Test
    void groupColoursFollowTheSideNamesAndNeverCollide() {
        assertArrayEquals(new String[] {Charts.REASSURANCE_COLOR, Charts.ALARM_COLOR},
                Charts.groupColors("Reassuring", "alarmed"));
        assertArrayEquals(new String[] {Charts.GROUP_A_COLOR, Charts.GROUP_B_COLOR},
                Charts.groupColors("left", "right"));
        assertArrayEquals(new String[] {Charts.ALARM_COLOR, Charts.GROUP_B_COLOR},
                Charts.groupColors("alarmed", "other"));
        assertArrayEquals(new String[] {Charts.GROUP_A_COLOR, Charts.GROUP_B_COLOR},
                Charts.groupColors("alarmed", "alarmist"));
    }

    @Test
    void termScatterPlotsRateOfBAgainstAAndLabelsTheExtremes() {
        Figure f = Charts.termScatter(ChartFixtures.compare(), "reassuring", "alarmed");
        assertEquals(3, f.getTraces().length);
        JsonTrace diagonal = json(f, 0);
        assertArrayEquals(new double[] {0, 13.125}, (double[]) diagonal.attributes().get("x"));
        JsonTrace points = json(f, 1);
        // terms in alphabetical order
        assertArrayEquals(new double[] {3, 0, 10, 0.25, 1.5, 10, 0, 5}, (double[]) points.attributes().get("x"));
        assertArrayEquals(new double[] {0, 3.75, 10, 2.5, 0, 12.5, 5, 1.25}, (double[]) points.attributes().get("y"));
        Map<?, ?> marker = (Map<?, ?>) points.attributes().get("marker");
        assertArrayEquals(new double[] {-2.25, 2.5, 0, 1.5, -1.5, 0.5, 3.5, -1.5}, (double[]) marker.get("color"));
        assertArrayEquals(new double[] {8, 8, 8, 8, 8, 8, 8, 8}, (double[]) marker.get("size"));
        assertEquals(-3.5, marker.get("cmin"));
        assertEquals(3.5, marker.get("cmax"));
        assertEquals(
                "<b>putin</b><br>reassuring: 10 (12.50 per 1,000 tokens)<br>alarmed: 40 (10.00 per 1,000"
                        + " tokens)<br>z = 0.50",
                ((String[]) points.attributes().get("hovertext"))[5]);
        JsonTrace labels = json(f, 2);
        assertArrayEquals(
                new String[] {"sky", "falling", "overblown", "putin", "dangerous", "threat", "pariah"},
                (String[]) labels.attributes().get("text"));
        String layout = layout(f);
        assertTrue(layout.contains("title: 'per 1,000 tokens in alarmed'"), layout);
        assertTrue(layout.contains("title: 'per 1,000 tokens in reassuring'"), layout);
    }

    @Test
    void termScatterDrawsTermsWithEqualCountsAsOnePointAndKeepsLabelsApart() {
        Table t = Table.create(
                StringColumn.create("term", "b1", "a1", "a2", "a3", "near", "far"),
                tech.tablesaw.api.IntColumn.create("count_a", 0, 4, 4, 4, 4, 1),
                tech.tablesaw.api.IntColumn.create("count_b", 8, 0, 0, 0, 0, 0),
                DoubleColumn.create("per_1k_a", 0, 10, 10, 10, 9.75, 2.5),
                DoubleColumn.create("per_1k_b", 4, 0, 0, 0, 0.125, 0),
                DoubleColumn.create("delta", -1, 2, 2, 2, 1.75, 0.5),
                DoubleColumn.create("z", -2, 3, 3, 3, 2.75, 1));
        Figure f = Charts.termScatter(t, "a", "b");
        JsonTrace points = json(f, 1);
        // alphabetical: a1 (a2, a3 at the same place), b1, far, near
        assertArrayEquals(new double[] {0, 4, 0, 0.125}, (double[]) points.attributes().get("x"));
        assertArrayEquals(new double[] {10, 0, 2.5, 9.75}, (double[]) points.attributes().get("y"));
        Map<?, ?> marker = (Map<?, ?>) points.attributes().get("marker");
        assertArrayEquals(new double[] {8 + 3 * Math.sqrt(2), 8, 8, 8}, (double[]) marker.get("size"));
        assertEquals(
                "<b>3 terms</b>: a1, a2, a3<br>each a: 4 (10.00 per 1,000 tokens)<br>each b: 0 (0.00 per"
                        + " 1,000 tokens)<br>z = 3.00",
                ((String[]) points.attributes().get("hovertext"))[0]);
        // the label of "near" (0.125, 9.75) would overlap the label of a1 at (0, 10): not labelled
        JsonTrace labels = json(f, 2);
        assertArrayEquals(new String[] {"a1 (+2)", "far", "b1"}, (String[]) labels.attributes().get("text"));
    }

    @Test
    void actorsFramesOrdersActorsByMentionsAndFillsZeros() {
        Figure f = Charts.actorsFrames(ChartFixtures.actorsOverall());
        JsonTrace alarm = json(f, 0);
        JsonTrace reassurance = json(f, 1);
        String[] actors = {"putin (40)", "kim (35)", "u.s. (12)"};
        assertArrayEquals(actors, (String[]) alarm.attributes().get("y"));
        String[] categories = {"catastrophe", "threat", "downplaying"};
        assertArrayEquals(categories, (String[]) alarm.attributes().get("x"));
        assertArrayEquals(categories, (String[]) reassurance.attributes().get("x"));
        double n = Double.NaN;
        assertArrayEquals(new double[][] {{3, 9, n}, {0, 7, n}, {0, 4, n}}, (double[][]) alarm.attributes().get("z"));
        assertArrayEquals(new double[][] {{n, n, 2}, {n, n, 1}, {n, n, 0}}, (double[][]) reassurance.attributes().get("z"));
        assertEquals(9.0, alarm.attributes().get("zmax"));
        assertEquals(9.0, reassurance.attributes().get("zmax"));
    }

    @Test
    void cooccurrenceIsSquareInTermTotalOrderWithBlankDiagonal() {
        Figure f = Charts.cooccurrence(ChartFixtures.cooccurrenceMatrix());
        JsonTrace t = json(f, 0);
        assertArrayEquals(new String[] {"putin", "kim", "korea"}, (String[]) t.attributes().get("x"));
        assertArrayEquals(new String[] {"putin", "kim", "korea"}, (String[]) t.attributes().get("y"));
        assertTrue(t.asJavascript(0).contains("\"z\":[[null,20.0,12.0],[20.0,null,15.0],[12.0,15.0,null]]"),
                t.asJavascript(0));
        assertEquals(20.0, t.attributes().get("zmax"));
    }

    @Test
    void topTermsAreSortedByCountThenTermMostFrequentOnTop() {
        Figure f = Charts.topTerms(ChartFixtures.termFrequencies(), 4);
        String js = f.getTraces()[0].asJavascript(0);
        assertTrue(js.contains("x: [50.0, 48.0, 48.0, 30.0]"), js);
        assertTrue(js.contains("y: [\"putin\",\"kim\",\"korea\",\"russia\"]"), js);
        assertTrue(js.contains("orientation: 'h'"), js);
        assertTrue(layout(f).contains("title: 'Top 4 terms in the corpus'"), layout(f));
        assertTrue(layout(f).contains("autorange: 'reversed'"), layout(f));
        String all = Charts.topTerms(ChartFixtures.termFrequencies(), 0).getTraces()[0].asJavascript(0);
        assertTrue(all.contains("x: [50.0, 48.0, 48.0, 30.0, 12.0, 12.0]"), all);
        assertTrue(all.contains("y: [\"putin\",\"kim\",\"korea\",\"russia\",\"dangerous\",\"weapons\"]"), all);
    }

    @Test
    void similarityIsADocByDocMatrixLabelledByOutlet() {
        Figure f = Charts.similarity(ChartFixtures.similarity(), Charts.articleLabels(ChartFixtures.frameScores()));
        JsonTrace t = json(f, 0);
        String[] docs = {"Daily Alpha (000)", "Op-Ed Weekly (001)", "Gazette (002)"};
        assertArrayEquals(docs, (String[]) t.attributes().get("x"));
        assertArrayEquals(docs, (String[]) t.attributes().get("y"));
        assertArrayEquals(
                new double[][] {{Double.NaN, 0.25, 0.5}, {0.25, Double.NaN, 0.125}, {0.5, 0.125, Double.NaN}},
                (double[][]) t.attributes().get("z"));
        assertEquals(1.0, t.attributes().get("zmax"));
        // the colours are the cosine; hover adds the difference of the alarm indices, row − column
        assertArrayEquals(
                new double[][] {{0, 1, -0.25}, {-1, 0, -1.25}, {0.25, 1.25, 0}},
                (double[][]) t.attributes().get("customdata"));
        assertEquals("%{y}<br>%{x}<br>cosine %{z:.3f}<br>alarm index, row \u2212 column: %{customdata:+.2f}<extra></extra>",
                t.attributes().get("hovertemplate"));
        JsonTrace cosineOnly = json(Charts.similarity(ChartFixtures.similarity().removeColumns("alarm_index_diff")), 0);
        assertFalse(cosineOnly.attributes().containsKey("customdata"));
        assertEquals("%{y}<br>%{x}<br>cosine %{z:.3f}<extra></extra>", cosineOnly.attributes().get("hovertemplate"));
        JsonTrace plain = json(Charts.similarity(ChartFixtures.similarity()), 0);
        assertArrayEquals(new String[] {"000", "001", "002"}, (String[]) plain.attributes().get("x"));
    }

    @Test
    void aMissingColumnIsNamedWithWhatToPass() {
        Table t = ChartFixtures.frameScores().removeColumns("alarm_per_1k");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Charts.frameScores(t));
        assertTrue(e.getMessage().startsWith("the frameScores table lacks column alarm_per_1k (it has: doc,"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("; pass the table returned by Framelens.frameScores()"));
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
                () -> Charts.termScatter(Table.create(StringColumn.create("term")), "a", "b"));
        assertTrue(c.getMessage().startsWith(
                "the compare table lacks columns count_a, count_b, per_1k_a, per_1k_b, z (it has: term)"),
                c.getMessage());
    }

    @Test
    void chartsDoNotChangeTheirInput() {
        Table scores = ChartFixtures.frameScores();
        String before = scores.printAll();
        Charts.frameScores(scores);
        Charts.alarmIndex(scores);
        Charts.categoryProfile(scores);
        assertEquals(before, scores.printAll());
    }

    @Test
    void everyTraceOfEveryChartDeclaresItsOwnVariable() {
        for (Figure f : List.of(
                Charts.frameScores(ChartFixtures.frameScores()),
                Charts.termScatter(ChartFixtures.compare(), "a", "b"),
                Charts.actorsFrames(ChartFixtures.actorsOverall()))) {
            Trace[] traces = f.getTraces();
            for (int i = 0; i < traces.length; i++) {
                assertTrue(traces[i].asJavascript(i).strip().startsWith("var trace" + i + " ="));
            }
        }
    }
}

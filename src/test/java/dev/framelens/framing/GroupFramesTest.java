package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.stats.Bootstrap;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupFramesTest {
    private static final double EPS = 1e-12;

    /** A score with these weights: two categories, alarm = c0, reassurance = c1. */
    static FrameScore score(String doc, int tokens, double alarm, double reassurance) {
        return new FrameScore(doc, tokens, 3, new double[] {alarm, reassurance}, 0, alarm, reassurance,
                Bootstrap.index(alarm, reassurance), Double.NaN, Double.NaN);
    }

    static final List<FrameScore> SCORES = List.of(
            score("a", 100, 3, 0),    // x
            score("b", 200, 0, 1),    // y
            score("c", 300, 1, 1),    // x
            score("d", 50, 9, 0));    // no group
    static final List<String> GROUPS = Arrays.asList("x", "y", "x", "");

    @Test
    void pooledScoresPerGroupByHand() {
        FrameOptions o = FrameOptions.defaults().resamples(200);
        List<GroupFrames.Row> rows = GroupFrames.summarize(GROUPS, SCORES, o);
        assertEquals(List.of("x", "y"), rows.stream().map(GroupFrames.Row::group).toList());
        GroupFrames.Row x = rows.get(0);
        assertEquals(2, x.documents());
        assertEquals(400, x.tokens());
        assertEquals(10.0, x.alarmPer1k(), EPS);              // 1000 · (3 + 1) / 400
        assertEquals(2.5, x.reassurancePer1k(), EPS);         // 1000 · (0 + 1) / 400
        assertEquals(Math.log(3), x.alarmIndex(), EPS);       // ln((4 + ½) / (1 + ½))
        assertArrayEquals(new double[] {10.0, 2.5}, x.categoryPer1k(), EPS);
        // the interval resamples the group's two documents, seeded by the group's label
        Bootstrap.Interval ci = Bootstrap.alarmIndex(new double[] {3, 1}, new double[] {0, 1}, 200, 0.95, o.seedFor("x"));
        assertEquals(ci.low(), x.ciLow());
        assertEquals(ci.high(), x.ciHigh());
        // two documents drawn twice: {a, a} gives ln(6.5 / 0.5) = ln 13, {a, c} ln 3, {c, c} ln(2.5 / 2.5) = 0;
        // a quarter of the replicates are each end, so the 95 % interval is [0, ln 13]
        assertEquals(0.0, x.ciLow(), EPS);
        assertEquals(Math.log(13), x.ciHigh(), EPS);
        GroupFrames.Row y = rows.get(1);
        assertEquals(Math.log(0.5 / 1.5), y.alarmIndex(), EPS);
        // one document: every resample is that document
        assertEquals(y.alarmIndex(), y.ciLow(), EPS);
        assertEquals(y.alarmIndex(), y.ciHigh(), EPS);
        // no resamples, no interval
        assertTrue(Double.isNaN(GroupFrames.summarize(GROUPS, SCORES, FrameOptions.defaults().resamples(0)).get(0).ciLow()));
    }

    @Test
    void histogramBinsByHand() {
        // indices: a ln 7 = 1.946, b ln(1/3) = −1.099, c 0, d ln 19 = 2.944 (no group, but it sets the range)
        List<GroupFrames.Bin> bins = GroupFrames.histogram(GROUPS, SCORES);
        // from ⌊−1.099 / 0.25⌋ · 0.25 = −1.25 to 2.944: ⌈(2.944 + 1.25) / 0.25⌉ = 17 bins, for x and y
        assertEquals(34, bins.size());
        GroupFrames.Bin first = bins.get(0);
        assertEquals("x", first.group());
        assertEquals(-1.25, first.low(), EPS);
        assertEquals(-1.0, first.high(), EPS);
        int[] x = bins.stream().filter(b -> b.group().equals("x")).mapToInt(GroupFrames.Bin::articles).toArray();
        int[] y = bins.stream().filter(b -> b.group().equals("y")).mapToInt(GroupFrames.Bin::articles).toArray();
        // c = 0 falls in [0, 0.25): bin 5; a = 1.946 in [1.75, 2.0): bin 12; b = −1.099 in [−1.25, −1.0): bin 0
        int[] wantX = new int[17];
        wantX[5] = 1;
        wantX[12] = 1;
        int[] wantY = new int[17];
        wantY[0] = 1;
        assertArrayEquals(wantX, x);
        assertArrayEquals(wantY, y);
        assertEquals(0.5, bins.get(5).share(), EPS);
        assertEquals(1.0, bins.get(17).share(), EPS);
    }

    @Test
    void wideSpreadsWidenTheBins() {
        List<FrameScore> spread = List.of(score("a", 10, 0, 1e6), score("b", 10, 1e6, 0));
        List<GroupFrames.Bin> bins = GroupFrames.histogram(List.of("g", "g"), spread);
        // ±14.51: 0.25-wide bins from −14.75 would be 118; 0.5-wide from −15 give ⌈29.51 / 0.5⌉ = 60
        assertEquals(60, bins.size());
        assertEquals(0.5, bins.get(0).high() - bins.get(0).low(), EPS);
        assertEquals(2, bins.stream().mapToInt(GroupFrames.Bin::articles).sum());
    }

    @Test
    void groupsMustMatchTheScores() {
        assertEquals("groups (1) and scores (4) must match one to one", assertThrows(IllegalArgumentException.class,
                () -> GroupFrames.summarize(List.of("x"), SCORES, FrameOptions.defaults())).getMessage());
    }
}

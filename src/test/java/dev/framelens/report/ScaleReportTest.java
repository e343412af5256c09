package dev.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.table.Columns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The report of a large corpus: groups and distributions instead of articles, a page of bounded size. */
class ScaleReportTest {
    static final String[] WORDS = {"the", "talks", "leaders", "met", "in", "summit", "and", "said", "korea", "russia",
        "officials", "weapons", "trade", "city", "week", "report"};
    static final String[] ALARM = {"aggressive", "alarming", "alarm bells"};
    static final String[] CALM = {"baseless", "allegedly", "alarmist"};

    /**
     * {@code n} seeded articles from {@code outlets} outlets; outlet k's articles draw an alarm word
     * with probability (k + 1) / (outlets + 1) per sentence and a calm word otherwise, so the outlets
     * are ordered by alarm; stance follows the outlet's parity. Headlines are {@code headline} chars.
     */
    static Corpus corpus(int n, int outlets, int headline, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            int outlet = d % outlets;
            StringBuilder text = new StringBuilder();
            int sentences = 2 + rnd.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                for (int w = 0; w < 6 + rnd.nextInt(6); w++) {
                    text.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
                }
                // and a rare word, so that the vocabulary grows with the corpus
                text.append("zq").append(Integer.toString(rnd.nextInt(1_000_000), 36)).append(' ');
                double p = (outlet + 1.0) / (outlets + 1);
                text.append(rnd.nextDouble() < p ? ALARM[rnd.nextInt(ALARM.length)] : CALM[rnd.nextInt(CALM.length)]);
                text.append(". ");
            }
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("outlet", String.format("Outlet %02d", outlet));
            meta.put("stance", outlet % 2 == 0 ? "calm" : "worried");
            meta.put("headline", ("Headline " + d + " ").repeat(headline / 10 + 1).substring(0, headline));
            docs.add(new Document(String.format("a%05d", d), "", text.toString().strip(), meta));
        }
        return Corpus.of(docs);
    }

    static List<String> ids(Report r) {
        return r.sections().stream().map(Section::id).toList();
    }

    static Section.DataTable table(Report r, String csv) {
        for (Section s : r.sections()) {
            for (Section.Part p : s.parts()) {
                if (p instanceof Section.DataTable t && t.csv().equals(csv)) {
                    return t;
                }
            }
        }
        throw new AssertionError("no table " + csv + " in " + ids(r));
    }

    @Test
    void aLargeCorpusGetsGroupsDistributionsAndExtremes() {
        Framelens f = Framelens.of(corpus(600, 3, 40, 1)).named("synthetic");
        Report r = Report.standard(f, ReportOptions.defaults().frames(f.frameOptions().resamples(200)));
        assertEquals(List.of("frame-scores", "evidence", "distinctive", "actors", "cooccurrence", "terms", "at-this-size"),
                ids(r));
        // every article's scores are in the CSV; the groups are the outlets, alarm rising with the outlet
        assertEquals(600, table(r, "frame_scores.csv").table().rowCount());
        Table groups = table(r, "group_frame_scores.csv").table();
        assertEquals(List.of("Outlet 00", "Outlet 01", "Outlet 02"), groups.stringColumn(Columns.GROUP).asList());
        assertEquals(List.of(200, 200, 200), groups.intColumn("docs").asList());
        double[] index = groups.doubleColumn(Columns.ALARM_INDEX).asDoubleArray();
        assertTrue(index[0] < index[1] && index[1] < index[2], groups.print());
        for (int g = 0; g < 3; g++) {
            double lo = groups.doubleColumn(Columns.CI_LOW).get(g);
            double hi = groups.doubleColumn(Columns.CI_HIGH).get(g);
            assertTrue(lo <= index[g] && index[g] <= hi, groups.print());
        }
        // the stance has two values: it is compared, the smaller group (outlet 01: worried, 200 articles) as a
        assertEquals("worried", r.comparison().orElseThrow().a());
        assertTrue(table(r, "compare.csv").table().rowCount() > 0);
        String html = r.html();
        assertTrue(html.contains("Most alarmed #1: Outlet 02"), "the most alarmed article is one of the most alarmed outlet");
        assertTrue(html.contains("Least alarmed #10:"));
        assertTrue(html.contains("id=\"chart-group-alarm-index\"") && html.contains("id=\"chart-alarm-index-histogram\""));
        assertTrue(!html.contains("id=\"similarity\"") && !html.contains("id=\"hits\""));
        assertTrue(html.contains("This corpus has 600 articles"));
    }

    @Test
    void thePageStaysUnderItsBoundWhateverTheCorpusSize() {
        // 3,000 articles with 150-character headlines from 60 outlets: the charts draw the 40 largest groups
        Framelens f = Framelens.of(corpus(3_000, 60, 150, 2)).named("large");
        Report r = Report.standard(f, ReportOptions.defaults().frames(f.frameOptions().resamples(100)));
        String html = r.html();
        assertTrue(html.length() < ScaleSections.PAGE_BOUND_MB * 1_000_000, "page of " + html.length() + " chars");
        assertEquals(3_000, table(r, "frame_scores.csv").table().rowCount());
        assertEquals(60, table(r, "group_frame_scores.csv").table().rowCount());
        assertTrue(html.contains("The charts show the 40 largest of 60 groups"));
        // the term scatter draws the 1,000 most frequent terms; the comparison's table has every term
        assertTrue(html.contains("The scatter shows the 1,000 most frequent of the "), "scatter bounded");
        assertTrue(table(r, "compare.csv").table().rowCount() > 5_000);
        // the header names 12 outlets and counts the rest
        assertTrue(html.contains("60 outlets: Outlet 00, Outlet 01,") && html.contains(" and 48 more"));
        // the group chart has 40 rows
        Matcher m = Pattern.compile("\"y\":\\[(\"Outlet [^\\]]*)\\]").matcher(html);
        assertTrue(m.find());
        assertEquals(40, m.group(1).split(",").length);
    }

    @Test
    void aSmallCorpusKeepsThePerArticleReport() {
        Framelens f = Framelens.of(corpus(ScaleSections.LARGE_DOCUMENTS, 3, 40, 3));
        Report r = Report.standard(f, ReportOptions.defaults().frames(f.frameOptions().resamples(50)));
        assertEquals(List.of("frame-scores", "categories", "evidence", "whose-frame", "distinctive", "actors", "cooccurrence", "terms",
                "similarity", "hits"), ids(r));
    }
}

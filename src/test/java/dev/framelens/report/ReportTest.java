package dev.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.chart.ChartFixtures;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report as data: sections checked when built, composed freely, the comparison chosen as documented. */
class ReportTest {

    @TempDir Path tmp;

    private static Report.Summary summary() {
        return new Report.Summary("tiny", 1, 10, List.of());
    }

    @Test
    void aCustomReportIsItsSections() throws IOException {
        Section notes = new Section("notes", "Notes", "Reading notes", "What we saw <first>.",
                List.of(new Section.Note("Nothing to chart."),
                        new Section.DataTable(ChartFixtures.termFrequencies(), "terms.csv", "table-terms", "Terms", true)));
        Report report = Report.of("my report", summary(), null, List.of(notes));
        String html = report.html();
        assertTrue(html.contains("<body data-charts-expected=\"0\">"), html);
        assertTrue(html.contains("<nav aria-label=\"sections\"><a href=\"#notes\">Notes</a></nav>"), html);
        assertTrue(html.contains("<section id=\"notes\">\n<h2>Reading notes</h2>\n<p class=\"explain\">What we saw"
                + " &lt;first&gt;.</p>\n<p class=\"no-data\">Nothing to chart.</p>\n<details open>"), html);
        Path dir = tmp.resolve("r");
        report.write(dir);
        assertEquals(List.of(".framelens-report", ".framelens-report.lock", "index.html", "plotly.js", "terms.csv"),
                Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
        Report more = report.with(StandardSections.hits(ChartFixtures.frameHits()));
        assertEquals(List.of("notes", "hits"), more.sections().stream().map(Section::id).toList());
        assertEquals(1, report.sections().size(), "with() leaves the report as it was");
    }

    @Test
    void chartsRenderedOnSeveralThreadsGiveTheSamePage() {
        Report one = Report.standard(dev.framelens.Framelens.load("seeds").withThreads(1));
        assertEquals(1, one.threads());
        Report three = Report.standard(dev.framelens.Framelens.load("seeds").withThreads(3));
        assertEquals(3, three.threads(), "the corpus's threads");
        assertEquals(2, three.withThreads(2).threads());
        Section notes = new Section("notes", "Notes", "Notes", "", List.of(new Section.Note("None.")));
        assertEquals(3, three.with(notes).threads(), "with() keeps them");
        assertTrue(one.html().contains("data-charts-expected=\"") && !one.html().contains("data-charts-expected=\"0\""));
        assertEquals(one.html(), three.html());
        assertEquals(one.html(), one.withThreads(4).html());
        assertThrows(IllegalArgumentException.class, () -> one.withThreads(0));
    }

    @Test
    void csvNamesArePlainFileNamesAndUnique() {
        for (String bad : new String[] {"../evil.csv", "a/b.csv", "index.html", "Frame.csv", ".hidden.csv", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Section.DataTable(ChartFixtures.similarity(), bad, "t", "c", false));
            assertTrue(e.getMessage().startsWith("CSV name '" + bad + "' must be a plain file name"), e.getMessage());
        }
        Section a = StandardSections.hits(ChartFixtures.frameHits());
        Section b = new Section("more-hits", "More", "More hits", "",
                List.of(new Section.DataTable(ChartFixtures.frameHits(), "frame_hits.csv", "table-more", "c", false)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Report.of("t", summary(), null, List.of(a, b)));
        assertEquals("the CSV file name 'frame_hits.csv' is used twice in the report", e.getMessage());
        IllegalArgumentException ids = assertThrows(IllegalArgumentException.class, () -> Report.of("t", summary(), null, List.of(a, a)));
        assertEquals("the section or chart id 'hits' is used twice in the report", ids.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Section("Bad Id", "n", "h", "t", List.of()));
    }

    private static Corpus corpus(String... stances) {
        List<Document> docs = new java.util.ArrayList<>();
        for (int i = 0; i < stances.length; i++) {
            docs.add(new Document("d" + i, "", "Text " + i + ".", stances[i].isEmpty() ? Map.of() : Map.of("stance", stances[i])));
        }
        return Corpus.of(docs);
    }

    @Test
    void theComparisonIsChosenAsDocumented() {
        // the smaller group is a; ties go to sorted order
        assertEquals(new Report.Comparison("stance", "reassuring", "alarmed"),
                StandardSections.groups(corpus("alarmed", "reassuring", "alarmed"), ReportOptions.defaults()));
        assertEquals(new Report.Comparison("stance", "a", "b"),
                StandardSections.groups(corpus("b", "a"), ReportOptions.defaults()));
        // named values are taken as given
        assertEquals(new Report.Comparison("stance", "alarmed", "reassuring"), StandardSections.groups(
                corpus("alarmed", "reassuring"), ReportOptions.defaults().compare("stance", "alarmed", "reassuring")));
        // no stance, or not two values of it: no comparison unless one was asked for
        assertNull(StandardSections.groups(corpus("x", "y", "z"), ReportOptions.defaults()));
        assertNull(StandardSections.groups(corpus("", ""), ReportOptions.defaults()));
        IllegalArgumentException three = assertThrows(IllegalArgumentException.class,
                () -> StandardSections.groups(corpus("x", "y", "z"), ReportOptions.defaults().compare("stance")));
        assertEquals("--by stance has 3 values [x, y, z]; choose two with --a V --b V", three.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> StandardSections.groups(corpus("x"), ReportOptions.defaults().compare("outlet")));
        assertEquals("--by: no metadata column 'outlet'; columns are [stance]", none.getMessage());
    }

    @Test
    void optionsNeedBothValuesAndAColumn() {
        assertThrows(IllegalArgumentException.class, () -> new ReportOptions(ReportOptions.defaults().frames(), "stance", "a",
                null, m -> {}));
        assertThrows(IllegalArgumentException.class, () -> new ReportOptions(ReportOptions.defaults().frames(), null, "a",
                "b", m -> {}));
    }
}

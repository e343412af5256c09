package dev.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusException;
import dev.framelens.corpus.Document;
import dev.framelens.table.TableWriter;
import dev.framelens.trend.Every;
import dev.framelens.trend.FrameTrends;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The report's "Whose frame" and "Over time" sections: which appear, their tables and their text. */
class VoiceTimeSectionsTest {
    static final Framelens SEEDS = Framelens.load(Path.of("seeds"));

    static Section section(Report r, String id) {
        return r.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static List<Table> tables(Section s) {
        List<Table> out = new ArrayList<>();
        s.parts().forEach(p -> {
            if (p instanceof Section.DataTable t) {
                out.add(t.table());
            }
        });
        return out;
    }

    static String note(Section s) {
        return s.parts().stream().filter(p -> p instanceof Section.Note).map(p -> ((Section.Note) p).text())
                .findFirst().orElse("");
    }

    @Test
    void theSeedsReportSaysWhoseFrameItIsAndHasNoTimeSection() {
        ReportOptions options = ReportOptions.defaults().lexicon(SEEDS.frameLexicon());
        Report r = Report.standard(SEEDS, options);
        List<String> ids = r.sections().stream().map(Section::id).toList();
        assertEquals(List.of("frame-scores", "categories", "evidence", "whose-frame", "distinctive", "actors", "cooccurrence",
                "terms", "similarity", "hits"), ids);
        Section whose = section(r, "whose-frame");
        List<Table> t = tables(whose);
        assertEquals(TableWriter.toString(SEEDS.frameScoresByVoice(options.frames()), TableWriter.Format.CSV),
                TableWriter.toString(t.get(0), TableWriter.Format.CSV));
        // the stance groups: alarmed = 000, 002, 003, 004; author tokens 593 + 764 + 609 + 719, quoted 160 + 398 + 294 + 201
        Table groups = t.get(1);
        assertEquals(List.of("stance", "voice", "docs", "tokens", "alarm_per_1k", "reassurance_per_1k", "alarm_index"),
                groups.columnNames());
        assertEquals(List.of("alarmed author 4 2685", "alarmed quoted 4 1053", "reassuring author 1 472",
                "reassuring quoted 1 21"), rows(groups));
        // Jake Sullivan: A = 4, R = 2 → ln(4.5 / 2.5) = 0.59 (lexicon v6 drops his "violate"); Andrei Lankov: R = 3 → ln(0.5 / 3.5) = −1.95
        assertTrue(note(whose).startsWith("Most quoted: Jake Sullivan (8 quotations, 4 alarm and 2 reassurance hits, "
                + "alarm index 0.59); John Kirby (5 quotations, 0 alarm and 0 reassurance hits, alarm index 0.00); "
                + "Andrei Lankov (3 quotations, 0 alarm and 3 reassurance hits, alarm index -1.95);"), note(whose));
        assertEquals(TableWriter.toString(SEEDS.speakers(), TableWriter.Format.CSV),
                TableWriter.toString(t.get(2), TableWriter.Format.CSV));
        String html = r.html();
        assertTrue(html.contains("<span class=\"quoted\" title=\"quoted: Andrei Lankov\">"), "evidence marks Lankov's words");
        assertTrue(html.contains("id=\"chart-whose-frame\""), "the whose-frame chart is on the page");
    }

    static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            out.add(t.getString(r, 0) + " " + t.getString(r, 1) + " " + t.getString(r, 2) + " " + t.getString(r, 3));
        }
        return out;
    }

    static Framelens dated(String column, String... values) {
        List<Document> docs = new ArrayList<>();
        String[] texts = {"The threat is grave and a disaster.", "Critics call the threat overblown.",
            "It is a crisis, a catastrophe.", "Calm prevails; the danger is overblown."};
        for (int k = 0; k < values.length; k++) {
            docs.add(new Document("d" + k, "", texts[k % texts.length], Map.of(column, values[k])));
        }
        return Framelens.of(Corpus.of(docs));
    }

    @Test
    void aColumnNamedYearGivesTheOverTimeSection() {
        Framelens f = dated("year", "2020", "2020", "2021", "");
        Report r = Report.standard(f);
        Section time = section(r, "over-time");
        assertEquals(TableWriter.toString(f.trends(FrameTrends.Options.of("year").frames(ReportOptions.defaults().frames())
                .source(f.name())), TableWriter.Format.CSV), TableWriter.toString(tables(time).get(0), TableWriter.Format.CSV));
        assertTrue(time.text().startsWith("The frame scores of each year of year:"), time.text());
        assertTrue(time.text().endsWith(" 1 article has no year value and is left out."), time.text());
        assertEquals(List.of("2020", "2021"), tables(time).get(0).stringColumn("period").asList());
        assertTrue(r.html().contains("id=\"chart-trends\""));
    }

    @Test
    void aNamedTimeColumnMustBeReadableAFoundOneIsExplained() {
        Framelens f = dated("date", "2020-01-05", "soon");
        Section explained = section(Report.standard(f), "over-time");
        assertEquals(List.of(), explained.parts());
        assertTrue(explained.text().startsWith("The column date was taken for time, but it cannot be read: "), explained.text());
        assertTrue(explained.text().contains("'soon'"), explained.text());
        assertThrows(CorpusException.class, () -> Report.standard(f, ReportOptions.defaults().time("date")));
        // a named column is used whatever its name, with the periods asked for
        Framelens months = dated("when", "2020-01-05", "2020-02-07", "2020-02-09");
        Section s = section(Report.standard(months, ReportOptions.defaults().time("when").every(Every.parse("month"))),
                "over-time");
        assertEquals(List.of("2020-01", "2020-02"), tables(s).get(0).stringColumn("period").asList());
        // without a time column there is no section
        assertTrue(Report.standard(dated("when", "2020")).sections().stream().noneMatch(x -> x.id().equals("over-time")));
    }
}

package dev.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framelens trends}: the table, the cross-correlation, the chart, and the errors. */
class TrendsCommandTest {
    @TempDir
    Path dir;

    /** A lexicon of two entries, so that the figures do not follow the shipped lexicon. */
    Path lexicon() throws IOException {
        return Files.writeString(dir.resolve("lexicon.tsv"),
                "category\tside\tentry\tweight\nthreat\talarm\tthreat\t1\ncalm\treassurance\tcalm\t1\n");
    }

    /** Six dated articles of two outlets. */
    Path corpus() throws IOException {
        Path f = dir.resolve("dated.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"doc\": \"a1\", \"date\": \"2001-03-01\", \"outlet\": \"A\", \"text\": \"A threat to the region.\"}",
                "{\"doc\": \"b1\", \"date\": \"2001-05-02\", \"outlet\": \"B\", \"text\": \"The region stays calm.\"}",
                "{\"doc\": \"a2\", \"date\": \"June 8, 2002\", \"outlet\": \"A\", \"text\": \"Calm returned.\"}",
                "{\"doc\": \"b2\", \"date\": \"8 June 2002\", \"outlet\": \"B\", \"text\": \"A grave threat.\"}",
                "{\"doc\": \"a3\", \"date\": \"2003\", \"outlet\": \"A\", \"text\": \"A threat, a threat.\"}",
                "{\"doc\": \"b3\", \"date\": \"\", \"outlet\": \"B\", \"text\": \"No date here.\"}"), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void yearlyRowsAndTheWarningForDocumentsWithoutADate() throws IOException {
        CliRunner.Result r = CliRunner.run("trends", corpus().toString(), "--time", "date", "--format", "csv",
                "--resamples", "0", "--lexicon", lexicon().toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("period,docs,tokens,alarm_per_1k,reassurance_per_1k,alarm_index,ci_low,ci_high",
                "2001,2,9,111.11111111111111,111.11111111111111,0.0,,",
                "2002,2,5,200.0,200.0,0.0,,",
                "2003,1,4,500.0,0.0,1.6094379124341003,,"), Arrays.asList(r.out().split("\n")));
        assertEquals("framelens: trends: 1 of 6 documents have no date value and are left out: b3\n", r.err());
    }

    @Test
    void crossCorrelationNeedsGroups() throws IOException {
        Path f = corpus();
        CliRunner.Result r = CliRunner.run("trends", f.toString(), "--time", "date", "--by", "outlet", "--xcorr",
                "--max-lag", "1", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        // A has 2001-2003, B 2001-2002: two pairs at lags -1 and 0, one at +1; r needs three
        assertEquals(List.of("group_a,group_b,lag,pairs,r", "A,B,-1,2,", "A,B,0,2,", "A,B,1,1,"),
                Arrays.asList(r.out().split("\n")));
        assertTrue(r.err().contains("not evidence of causation"), r.err());
        CliRunner.Result none = CliRunner.run("trends", f.toString(), "--time", "date", "--xcorr");
        assertEquals(2, none.exit());
        assertEquals("framelens: --xcorr needs --by COLUMN: the groups whose series are correlated\n", none.err());
    }

    @Test
    void theChartIsWrittenOnceAndNeverOverwritten() throws IOException {
        Path f = corpus();
        Path page = dir.resolve("trends.html");
        CliRunner.Result r = CliRunner.run("trends", f.toString(), "--time", "date", "--by", "outlet", "--chart",
                page.toString(), "--resamples", "50");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(page);
        assertTrue(html.contains("<script src=\"plotly.js\"></script>"), html);
        assertTrue(html.contains("Alarm index per period by outlet"), html);
        assertTrue(Files.size(dir.resolve("plotly.js")) > 1_000_000);
        CliRunner.Result again = CliRunner.run("trends", f.toString(), "--time", "date", "--chart", page.toString());
        assertEquals(2, again.exit());
        assertEquals("framelens: --chart " + page + " exists; framelens never overwrites a file: choose another\n",
                again.err());
        assertEquals(html, Files.readString(page));
    }

    @Test
    void valuesThatCannotBeReadAndBadOptions() throws IOException {
        Path f = corpus();
        CliRunner.Result quarter = CliRunner.run("trends", f.toString(), "--time", "date", "--every", "quarter");
        assertEquals(1, quarter.exit());
        assertEquals("framelens: " + f + ": document a3: date '2003' gives only a year, not the month --every quarter "
                + "needs\n", quarter.err());
        CliRunner.Result every = CliRunner.run("trends", f.toString(), "--time", "date", "--every", "fortnight");
        assertEquals(2, every.exit());
        assertTrue(every.err().startsWith("framelens: --every fortnight is not a period"), every.err());
        CliRunner.Result column = CliRunner.run("trends", f.toString(), "--time", "published");
        assertEquals(2, column.exit());
        assertEquals("framelens: --time published: no such metadata column in " + f + "; its columns are [date, outlet]\n",
                column.err());
        CliRunner.Result missing = CliRunner.run("trends", f.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--time"), missing.err());
    }

    @Test
    void seedsFolderNamesItsMetadataFile() {
        CliRunner.Result r = CliRunner.run("trends", "seeds", "--time", "outlet");
        assertEquals(1, r.exit());
        assertTrue(r.err().endsWith("framelens: seeds/metadata.csv: document 000_d54235d511f720fa: outlet 'CNN' is not "
                + "a date (read: 2024-06-08, June 8, 2024, 8 June 2024, 2024-06, 2024; for numbers give --every N)\n"),
                r.err());
    }
}

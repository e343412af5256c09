package dev.framelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.corpus.CorpusReader;
import dev.framelens.corpus.Document;
import dev.framelens.corpus.DocumentSource;
import dev.framelens.framing.ActorFrames;
import dev.framelens.framing.CompareOptions;
import dev.framelens.framing.Side;
import dev.framelens.report.Report;
import dev.framelens.table.TableWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The streamed facade gives the tables of the one that holds the corpus, byte for byte, reading it again per result. */
class StreamedFramelensTest {
    static final Path SEEDS = Path.of("seeds");
    static final Framelens MEMORY = Framelens.load(SEEDS);

    static String csv(Table t) {
        StringBuilder b = new StringBuilder();
        TableWriter.write(t, TableWriter.Format.CSV, TableWriter.CsvMode.RAW, b);
        return b.toString();
    }

    /** The seeds streamed, counting the passes. */
    static Framelens streamed(AtomicInteger passes) {
        DocumentSource disk = CorpusReader.source(SEEDS, CorpusReader.Options.defaults());
        DocumentSource counted = new DocumentSource() {
            @Override
            public void forEach(Consumer<? super Document> sink) {
                passes.incrementAndGet();
                disk.forEach(sink);
            }

            @Override
            public String metadataSource() {
                return disk.metadataSource();
            }
        };
        return Framelens.streamed(counted, MEMORY.analyzer()).named(MEMORY.name()).withLexicon(MEMORY.frameLexicon())
                .withActors(MEMORY.frameActors());
    }

    @Test
    void everyStreamedTableIsTheInMemoryOne() {
        AtomicInteger passes = new AtomicInteger();
        Framelens s = streamed(passes);
        assertTrue(s.isStreamed());
        assertEquals(0, passes.get(), "nothing is read before a result is asked for");
        assertEquals(csv(MEMORY.frameScores()), csv(s.frameScores()));
        assertEquals(1, passes.get(), "frame scores: one pass");
        assertEquals(csv(MEMORY.termFrequencies()), csv(s.termFrequencies()));
        assertEquals(csv(MEMORY.compare("stance", "reassuring", "alarmed")), csv(s.compare("stance", "reassuring", "alarmed")));
        assertEquals(csv(MEMORY.compareOneVsRest("outlet", CompareOptions.defaults().top(5))),
                csv(s.compareOneVsRest("outlet", CompareOptions.defaults().top(5))));
        List<String> a = List.of("000_d54235d511f720fa");
        List<String> b = List.of("001_3c2068cdf05ec9b9", "004_4c8abcd919c740dd");
        assertEquals(csv(MEMORY.compareDocuments(a, b)), csv(s.compareDocuments(a, b)));
        assertEquals(csv(MEMORY.actors()), csv(s.actors()));
        assertEquals(csv(MEMORY.actorsOverall()), csv(s.actorsOverall()));
        assertEquals(csv(MEMORY.kwic("korea")), csv(s.kwic("korea")));
        assertEquals(csv(MEMORY.kwic("putin", 3, false)), csv(s.kwic("putin", 3, false)));
        assertEquals(csv(MEMORY.similarity()), csv(s.similarity()));
        assertEquals(csv(MEMORY.evidence("001_3c2068cdf05ec9b9", Side.ALARM, 3)),
                csv(s.evidence("001_3c2068cdf05ec9b9", Side.ALARM, 3)));
        assertEquals(csv(MEMORY.cooccurrenceMatrix(15)), csv(s.cooccurrenceMatrix(15)));
        assertEquals(csv(MEMORY.tokens()), csv(s.tokens()));
    }

    @Test
    void openIsLoadWithoutReading() {
        Framelens open = Framelens.open(SEEDS);
        assertEquals("seeds", open.name());
        assertEquals(MEMORY.frameLexicon().entries().size(), open.frameLexicon().entries().size(), "the listed packs");
        assertEquals(csv(MEMORY.frameScores()), csv(open.frameScores()));
        assertEquals(csv(MEMORY.actorsOverall()), csv(open.actorsOverall()));
        assertEquals(MEMORY.corpus().documents(), open.corpus().documents());
    }

    @Test
    void theStreamedReportOfASmallCorpusIsTheInMemoryReport() {
        AtomicInteger passes = new AtomicInteger();
        String streamed = Report.standard(streamed(passes)).html();
        assertEquals(Report.standard(MEMORY).html(), streamed);
        assertTrue(passes.get() >= 2, "one pass to see the corpus is small, then it is read into memory");
    }

    @Test
    void theOverviewOfTheSeedsAgreesWithTheTables() {
        Overview o = MEMORY.overview(MEMORY.frameOptions(), "stance", 2, 5);
        assertEquals(5, o.documents());
        assertEquals(csv(MEMORY.frameScores()), csv(o.frameScores()));
        assertEquals(csv(MEMORY.termFrequencies()), csv(o.termFrequencies()));
        // without a comparison column the corpus is counted alike
        assertEquals(csv(MEMORY.termFrequencies()), csv(MEMORY.overview(MEMORY.frameOptions(), null, 1, 1).termFrequencies()));
        assertEquals(csv(MEMORY.actorsOverall(MEMORY.frameActors(), ActorFrames.DEFAULT_WINDOW, MEMORY.frameLexicon())),
                csv(o.actorsOverall()));
        // the two highest and two lowest alarm indices, from the frame scores
        Table scores = MEMORY.frameScores().sortDescendingOn("alarm_index");
        assertEquals(List.of(scores.stringColumn("doc").get(0), scores.stringColumn("doc").get(1)), o.mostAlarmed());
        assertEquals(List.of(scores.stringColumn("doc").get(4), scores.stringColumn("doc").get(3)), o.leastAlarmed());
        assertEquals(csv(MEMORY.compare("stance", "reassuring", "alarmed")),
                csv(MEMORY.compare(o.comparison(), "stance", "reassuring", "alarmed", CompareOptions.defaults())));
        // the evidence of the extremes is each article's own evidence table
        Table evidence = MEMORY.evidence(o.mostAlarmed().get(0), null, 5);
        assertTrue(csv(o.extremeEvidence()).contains(csv(evidence).substring(csv(evidence).indexOf('\n') + 1)));
    }
}

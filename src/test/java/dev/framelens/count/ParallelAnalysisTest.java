package dev.framelens.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermRecorder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Counting with the analysis on several threads gives the same term ids, counts and document
 * vectors as on one (a seeded random corpus over the seeds' words, phrases and stop words).
 */
class ParallelAnalysisTest {
    static List<Document> randomCorpus(long seed, int n) {
        List<String> words = new ArrayList<>();
        for (Document d : Corpus.read(Path.of("seeds"))) {
            words.addAll(List.of(d.text().split(" ")));
        }
        SplittableRandom r = new SplittableRandom(seed);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(400);
            for (int k = 0; k < len; k++) {
                b.append(r.nextInt(50) == 0 ? "North Korea" : r.nextInt(30) == 0 ? "w" + r.nextInt(100_000)
                        : words.get(r.nextInt(words.size()))).append(r.nextInt(12) == 0 ? ". " : " ");
            }
            docs.add(new Document("d" + i, "", b.toString(), Map.of()));
        }
        return docs;
    }

    static String dump(TermStatistics s) {
        StringBuilder b = new StringBuilder(s.documentIds().toString()).append('\n');
        for (int id = 0; id < s.vocabulary().size(); id++) {
            b.append(id).append(' ').append(s.vocabulary().term(id)).append(' ').append(s.counter().count(id))
                    .append(' ').append(s.counter().documentFrequency(id)).append('\n');
        }
        TermCounts c = s.counter();
        for (int d = 0; d < c.documents(); d++) {
            b.append(d).append(':');
            for (int e = c.vectorStart(d); e < c.vectorStart(d + 1); e++) {
                b.append(' ').append(c.vectorId(e)).append('x').append(c.vectorCount(e));
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Test
    void termIdsCountsAndVectorsMatchOneThread() {
        List<Document> docs = randomCorpus(3, 300);
        for (int ngram : new int[] {1, 2}) {
            TermStatistics one = TermStatistics.count(docs, Analyzer.standard(), ngram, true);
            for (int threads = 2; threads <= 4; threads++) {
                TermStatistics.Builder b = new TermStatistics.Builder(Analyzer.standard(), ngram, true);
                ParallelAnalysis.run(sink -> docs.forEach(sink), threads, b);
                assertEquals(dump(one), dump(b.build()), "ngram " + ngram + ", " + threads + " threads");
            }
        }
    }

    @Test
    void cooccurrenceMatchesOneThread() {
        List<Document> docs = randomCorpus(4, 200);
        Cooccurrence.Counter one = new Cooccurrence.Counter(Analyzer.standard(), Cooccurrence.Settings.window(3),
                Cooccurrence.Focus.on("korea"));
        docs.forEach(one::add);
        Cooccurrence.Counter three = new Cooccurrence.Counter(Analyzer.standard(), Cooccurrence.Settings.window(3),
                Cooccurrence.Focus.on("korea"));
        ParallelAnalysis.run(sink -> docs.forEach(sink), 3, three);
        Cooccurrence a = one.build();
        Cooccurrence b = three.build();
        assertEquals(a.vocabulary().size(), b.vocabulary().size());
        for (int id = 0; id < a.vocabulary().size(); id++) {
            assertEquals(a.vocabulary().term(id), b.vocabulary().term(id));
            assertEquals(a.terms().count(id), b.terms().count(id));
        }
    }

    @Test
    void recordingsReplayOnceInOrderIntoOneInterner() {
        TermRecorder r = new TermRecorder(Analyzer.standard(), Terms.newInterner());
        TermRecorder.Recording first = r.record("The threat grows.");
        TermRecorder.Recording second = r.record("A grave threat.");
        assertThrows(IllegalStateException.class, () -> second.replay(Terms.newInterner(), (id, s, e, sent, p) -> { }));
        dev.framelens.text.TermInterner target = Terms.newInterner();
        first.replay(target, (id, s, e, sent, p) -> { });
        assertThrows(IllegalStateException.class, () -> first.replay(target, (id, s, e, sent, p) -> { }));
        assertThrows(IllegalStateException.class, () -> second.replay(Terms.newInterner(), (id, s, e, sent, p) -> { }));
        List<String> terms = new ArrayList<>();
        second.replay(target, (id, s, e, sent, p) -> terms.add(target.term(id) + "@" + s + "-" + e + "/" + sent + "#" + p));
        assertEquals(List.of("grave@2-7/1#1", "threat@8-14/1#2"), terms);
    }

    @Test
    void countRecordingsTallyEachDistinctTermInOrderOfFirstOccurrence() {
        TermRecorder r = new TermRecorder(Analyzer.standard(), Terms.newInterner());
        TermRecorder.Recording first = r.recordCounts("Threat after threat: a grave threat, a grave danger.");
        TermRecorder.Recording second = r.recordCounts("Danger, new danger and threat.");
        assertEquals(6, first.size());
        assertEquals(true, first.countsOnly());
        assertThrows(IllegalStateException.class, () -> first.replay(Terms.newInterner(), (id, s, e, sent, p) -> { }));
        dev.framelens.text.TermInterner target = Terms.newInterner();
        target.intern("danger"); // the target's own ids, not the recorder's, come back
        List<String> got = new ArrayList<>();
        first.replayCounts(target, (id, n) -> got.add(id + ":" + target.term(id) + "x" + n));
        second.replayCounts(target, (id, n) -> got.add(id + ":" + target.term(id) + "x" + n));
        assertEquals(List.of("1:threatx3", "2:gravex2", "0:dangerx1", "0:dangerx2", "3:newx1", "1:threatx1"), got);
        // a recording of positions cannot be replayed as counts
        TermRecorder.Recording positions = new TermRecorder(Analyzer.standard(), Terms.newInterner()).record("threat");
        assertThrows(IllegalStateException.class, () -> positions.replayCounts(Terms.newInterner(), (id, n) -> { }));
    }
}

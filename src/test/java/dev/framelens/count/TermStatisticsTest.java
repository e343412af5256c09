package dev.framelens.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.text.Analyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Counts and tf-idf on a small hand-counted corpus. */
class TermStatisticsTest {
    static final Analyzer A = Analyzer.builder().noPhrases().stopWords(List.of("the", "a")).build();

    static Corpus tiny() {
        return Corpus.of(List.of(
                new Document("d1", "", "The threat grows. A threat, a threat!", Map.of()),
                new Document("d2", "", "The sky is not falling; threat overblown.", Map.of())));
    }

    @Test
    void countsByHand() {
        // d1 kept: threat grows threat threat (4); d2 kept: sky is not falling threat overblown (6)
        TermStatistics s = TermStatistics.count(tiny(), A, 1, true);
        assertEquals(10, s.total());
        assertEquals(4, s.counter().documentTotal(0));
        assertEquals(6, s.counter().documentTotal(1));
        assertEquals(4, s.count("threat"));
        assertEquals(1, s.count("grows"));
        assertEquals(0, s.count("the"));
        assertEquals(2, s.counter().documentFrequency(s.vocabulary().find("threat")));
    }

    @Test
    void termTableByHand() {
        Table t = Framelens.of(tiny(), A).termFrequencies();
        assertEquals(List.of("term", "count", "doc_freq", "per_1k"), t.columnNames());
        assertEquals(7, t.rowCount());
        assertEquals("threat", t.stringColumn("term").get(0));
        assertEquals(4, t.intColumn("count").get(0));
        assertEquals(2, t.intColumn("doc_freq").get(0));
        assertEquals(400.0, t.doubleColumn("per_1k").get(0), 1e-12);
        // ties (count 1) ordered by term
        assertEquals(List.of("falling", "grows", "is", "not", "overblown", "sky"),
                t.stringColumn("term").asList().subList(1, 7));
    }

    @Test
    void tfIdfByHand() {
        // n = 2. idf(threat) = ln(3/3)+1 = 1; idf(term in one doc) = ln(3/2)+1 = 1.4054651081081644
        // d1: threat 3·1 = 3, grows 1·1.4054651 → norm = sqrt(9 + 1.975332) = 3.312904...
        double idf1 = Math.log(1.5) + 1;
        double norm1 = Math.sqrt(9 + idf1 * idf1);
        Table t = Framelens.of(tiny(), A).termFrequenciesByDoc();
        assertEquals(List.of("doc", "term", "count", "per_1k", "tf_idf"), t.columnNames());
        assertEquals("d1", t.stringColumn("doc").get(0));
        assertEquals("threat", t.stringColumn("term").get(0));
        assertEquals(3, t.intColumn("count").get(0));
        assertEquals(750.0, t.doubleColumn("per_1k").get(0), 1e-12);
        assertEquals(3 / norm1, t.doubleColumn("tf_idf").get(0), 1e-12);
        assertEquals(idf1 / norm1, t.doubleColumn("tf_idf").get(1), 1e-12);
        // d2: five one-doc terms at idf1 and threat at 1: norm = sqrt(5·idf1² + 1)
        double norm2 = Math.sqrt(5 * idf1 * idf1 + 1);
        int last = t.rowCount() - 1;
        assertEquals("threat", t.stringColumn("term").get(last));
        assertEquals(1 / norm2, t.doubleColumn("tf_idf").get(last), 1e-12);
        assertEquals(idf1 / norm2, t.doubleColumn("tf_idf").get(2), 1e-12);
        assertEquals("falling", t.stringColumn("term").get(2));
    }

    @Test
    void bigramsStayInsideSentences() {
        TermStatistics s = TermStatistics.count(tiny(), A, 2, false);
        // d1: "threat grows" | "threat threat"; d2: sky is, is not, not falling, falling threat, threat overblown
        assertEquals(7, s.total());
        assertEquals(1, s.count("threat grows"));
        assertEquals(1, s.count("threat threat"));
        assertEquals(0, s.count("grows threat"));
        assertEquals(1, s.count("falling threat"));
    }

    @Test
    void aBuilderBuildsOnce() {
        TermStatistics.Builder b = new TermStatistics.Builder(A, 1, false);
        b.add(tiny().get("d1"));
        TermStatistics s = b.build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.add(tiny().get("d2")));
        assertEquals("this builder has already built its TermStatistics; create a new Builder to count again",
                e.getMessage());
        assertThrows(IllegalStateException.class, b::build);
        assertEquals(4, s.total());
        assertEquals(List.of("d1"), s.documentIds());
    }

    @Test
    void severalThreadsGiveIdenticalTables() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        String[] words = {"Putin", "Kim", "threat", "the", "U.S.", "North Korea", "arms", "deal", "doom", "Mr."};
        List<Document> docs = new java.util.ArrayList<>();
        for (int d = 0; d < 37; d++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < r.nextInt(200); k++) {
                b.append(words[r.nextInt(words.length)]).append(r.nextInt(9) == 0 ? ". " : " ");
            }
            docs.add(new Document("d" + d, "", b.length() == 0 ? "x" : b.toString(), Map.of()));
        }
        Analyzer a = Analyzer.standard();
        TermStatistics one = TermStatistics.count(docs, a, 1, true);
        for (int threads : new int[] {2, 3, 8}) {
            TermStatistics many = TermStatistics.countParallel(docs, a, 1, true, threads, 0);
            assertEquals(one.documentIds(), many.documentIds());
            assertEquals(dev.framelens.table.TermTables.corpus(one, 0).toString(), dev.framelens.table.TermTables.corpus(many, 0).toString());
            assertEquals(dev.framelens.table.TableWriter.toString(dev.framelens.table.TermTables.byDocument(one, 0), dev.framelens.table.TableWriter.Format.CSV),
                    dev.framelens.table.TableWriter.toString(dev.framelens.table.TermTables.byDocument(many, 0), dev.framelens.table.TableWriter.Format.CSV));
        }
    }
}

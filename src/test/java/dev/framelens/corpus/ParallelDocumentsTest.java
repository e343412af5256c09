package dev.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The ordered parallel map: order, per-worker state, bounded memory and errors. */
class ParallelDocumentsTest {
    static List<Document> documents(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(new Document("d" + i, "", "x".repeat(1 + r.nextInt(2000)), Map.of()));
        }
        return docs;
    }

    static Consumer<Consumer<Document>> source(List<Document> docs) {
        return sink -> docs.forEach(sink);
    }

    /** A worker whose time per document varies, so results finish out of order. */
    static Supplier<Function<Document, String>> slowWorkers() {
        return () -> d -> {
            long h = 0;
            for (int k = 0; k < d.text().length() * 50; k++) {
                h = h * 31 + k;
            }
            return d.id() + ":" + d.text().length() + (h == 42 ? "!" : "");
        };
    }

    @Test
    void resultsArriveInDocumentOrderWhateverTheThreads() {
        List<Document> docs = documents(500, 7);
        List<String> expected = new ArrayList<>();
        for (Document d : docs) {
            expected.add(d.id() + ":" + d.text().length());
        }
        for (int threads = 1; threads <= 5; threads++) {
            List<String> got = new ArrayList<>();
            ParallelDocuments.map(source(docs), threads, slowWorkers(), got::add);
            assertEquals(expected, got, threads + " threads");
        }
    }

    @Test
    void eachWorkerHasItsOwnFunctionAndSeesItsDocumentsInOrder() {
        List<Document> docs = documents(300, 8);
        AtomicInteger made = new AtomicInteger();
        List<Boolean> ordered = new ArrayList<>();
        ParallelDocuments.map(source(docs), 3, () -> {
            made.incrementAndGet();
            int[] last = {-1};
            return d -> {
                int i = Integer.parseInt(d.id().substring(1));
                boolean ok = i > last[0];
                last[0] = i;
                return ok;
            };
        }, ordered::add);
        assertEquals(3, made.get());
        assertEquals(300, ordered.size());
        assertTrue(ordered.stream().allMatch(b -> b));
    }

    @Test
    void atMostAWindowOfBatchesIsInFlight() {
        // more documents than the window's batches hold, so the reader must wait for the workers
        int n = 3 * ParallelDocuments.window(2) * ParallelDocuments.BATCH_DOCUMENTS;
        List<Document> docs = documents(n, 9);
        AtomicLong read = new AtomicLong();
        long[] consumed = {0};
        long[] maxInFlight = {0};
        ParallelDocuments.map(sink -> {
            for (Document d : docs) {
                read.incrementAndGet();
                sink.accept(d);
            }
        }, 2, slowWorkers(), r -> {
            consumed[0]++;
            maxInFlight[0] = Math.max(maxInFlight[0], read.get() - consumed[0]);
        });
        assertEquals(n, consumed[0]);
        // documents of at most 2,000 characters: batches of BATCH_DOCUMENTS; besides the window's
        // batches, the reader holds the batch it is filling and counts a document before adding it
        long bound = (ParallelDocuments.window(2) + 1L) * ParallelDocuments.BATCH_DOCUMENTS + 1;
        assertTrue(maxInFlight[0] <= bound, "in flight: " + maxInFlight[0] + ", bound " + bound);
        assertTrue(maxInFlight[0] > ParallelDocuments.BATCH_DOCUMENTS, "the reader ran ahead: " + maxInFlight[0]);
    }

    @Test
    void longDocumentsAreBoundedByTheirText() {
        // 60 documents of 1 Mi characters: the window's 32 documents would hold 32 Mi; the character
        // budget of two threads (8 Mi) lets at most 8 in flight, and still more than one
        int length = 1 << 20;
        String text = "y".repeat(length);
        AtomicLong readChars = new AtomicLong();
        long[] consumedChars = {0};
        long[] maxInFlight = {0};
        ParallelDocuments.map(sink -> {
            for (int i = 0; i < 60; i++) {
                readChars.addAndGet(length);
                sink.accept(new Document("d" + i, "", text, Map.of()));
            }
        }, 2, () -> d -> d.text().length(), r -> {
            try {
                Thread.sleep(2);   // a slow consumer: the reader runs ahead as far as it may
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            maxInFlight[0] = Math.max(maxInFlight[0], readChars.get() - consumedChars[0]);
            consumedChars[0] += r;
        });
        assertEquals(60L * length, consumedChars[0]);
        // the reader counts a document before handing it over, so one more may show
        assertEquals(8L << 20, ParallelDocuments.windowChars(2));
        assertTrue(maxInFlight[0] <= (8L << 20) + length, "in flight: " + maxInFlight[0]);
        assertTrue(maxInFlight[0] >= 2L * length, "in flight: " + maxInFlight[0]);
        // one document longer than the whole budget still passes, alone
        String huge = "z".repeat((int) ParallelDocuments.windowChars(2) + 10);
        List<Integer> lengths = new ArrayList<>();
        ParallelDocuments.map(sink -> {
            sink.accept(new Document("a", "", huge, Map.of()));
            sink.accept(new Document("b", "", "short", Map.of()));
            sink.accept(new Document("c", "", huge, Map.of()));
        }, 2, () -> d -> d.text().length(), lengths::add);
        assertEquals(List.of(huge.length(), 5, huge.length()), lengths);
    }

    @Test
    void aWorkersErrorReachesTheConsumerAtItsDocument() {
        List<Document> docs = documents(200, 10);
        IllegalStateException boom = new IllegalStateException("boom at d57");
        List<String> got = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelDocuments.map(source(docs), 3,
                () -> d -> {
                    if (d.id().equals("d57")) {
                        throw boom;
                    }
                    return d.id();
                }, got::add));
        assertSame(boom, e);
        assertEquals(57, got.size());
        assertEquals("d56", got.get(56));
    }

    @Test
    void aSourceErrorComesAfterEveryDocumentBeforeIt() {
        List<Document> docs = documents(100, 11);
        CorpusException bad = CorpusException.data("corpus.jsonl: line 41 is not valid JSON");
        List<String> got = new ArrayList<>();
        CorpusException e = assertThrows(CorpusException.class, () -> ParallelDocuments.map(sink -> {
            for (int i = 0; i < 40; i++) {
                sink.accept(docs.get(i));
            }
            throw bad;
        }, 2, slowWorkers(), got::add));
        assertSame(bad, e);
        assertEquals(40, got.size());
    }

    @Test
    void aConsumersErrorStopsTheReaderAndTheWorkers() {
        AtomicLong read = new AtomicLong();
        IllegalArgumentException stop = new IllegalArgumentException("enough");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParallelDocuments.map(sink -> {
            for (Document d : documents(100_000, 12)) {
                read.incrementAndGet();
                sink.accept(d);
            }
        }, 2, slowWorkers(), r -> {
            if (r.startsWith("d10:")) {
                throw stop;
            }
        }));
        assertSame(stop, e);
        // the reader stops within the window's batches and the one it fills, far short of 100,000
        long bound = (ParallelDocuments.window(2) + 1L) * ParallelDocuments.BATCH_DOCUMENTS + 1;
        assertTrue(read.get() <= bound, "read " + read.get() + ", bound " + bound);
    }

    @Test
    void threadsBelowOneAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParallelDocuments.map(source(List.of()), 0, slowWorkers(), r -> { }));
        assertEquals("threads (0) must be ≥ 1", e.getMessage());
    }
}

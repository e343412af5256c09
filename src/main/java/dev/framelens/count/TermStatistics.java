package dev.framelens.count;

import dev.framelens.corpus.Document;
import dev.framelens.count.internal.NgramWindow;
import dev.framelens.count.internal.TermCounter;
import dev.framelens.count.internal.Vocabulary;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermRecorder;
import dev.framelens.text.TermSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Term counts of a corpus: the {@link Terms}, their {@link TermCounts} and the document ids in the
 * order they were counted. Built by {@link #count} or a {@link Builder}; holds no text, so its
 * memory follows the vocabulary (and the per-document vectors when they are kept), not the corpus
 * size. Immutable: its accessors return read-only views.
 */
public final class TermStatistics {
    private final Terms terms;
    private final TermCounts counts;
    private final List<String> documentIds;
    private final int ngram;

    TermStatistics(Vocabulary vocabulary, TermCounter counter, List<String> documentIds, int ngram) {
        this.terms = new Terms(vocabulary);
        this.counts = new TermCounts(counter);
        this.documentIds = Collections.unmodifiableList(documentIds);
        this.ngram = ngram;
    }

    /**
     * Counts terms (or n-grams of {@code ngram} consecutive kept terms within a sentence, joined
     * by a space) over {@code documents}, one document at a time.
     *
     * @param keepDocumentVectors keep each document's term counts (needed for per-document tables)
     */
    public static TermStatistics count(Iterable<Document> documents, Analyzer analyzer, int ngram,
                                       boolean keepDocumentVectors) {
        Builder b = new Builder(analyzer, ngram, keepDocumentVectors);
        for (Document d : documents) {
            b.add(d);
        }
        return b.build();
    }

    /**
     * {@link #count} on {@code threads} threads: the documents are cut into {@code threads}
     * contiguous slices, each counted with its own vocabulary and counter, and the results merged
     * in slice order, so the outcome (counts, document order) equals the single-threaded one.
     * Corpora under {@link #PARALLEL_THRESHOLD} chars are counted on the calling thread.
     */
    public static TermStatistics countParallel(java.util.List<Document> documents, Analyzer analyzer, int ngram,
                                               boolean keepDocumentVectors, int threads) {
        return countParallel(documents, analyzer, ngram, keepDocumentVectors, threads, PARALLEL_THRESHOLD);
    }

    /** {@link #countParallel} with its own threshold (in chars) for going parallel. */
    public static TermStatistics countParallel(java.util.List<Document> documents, Analyzer analyzer, int ngram,
                                               boolean keepDocumentVectors, int threads, long minChars) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be ≥ 1");
        }
        int n = documents.size();
        long chars = 0;
        for (Document d : documents) {
            chars += d.text().length();
        }
        // on small corpora, handing work to threads and merging vocabularies costs more than it saves
        int slices = chars < minChars ? 1 : Math.max(1, Math.min(threads, n));
        if (slices == 1) {
            return count(documents, analyzer, ngram, keepDocumentVectors);
        }
        java.util.List<java.util.concurrent.CompletableFuture<Builder>> parts = new ArrayList<>();
        for (int s = 1; s < slices; s++) {
            java.util.List<Document> slice = documents.subList((int) ((long) n * s / slices), (int) ((long) n * (s + 1) / slices));
            parts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> countSlice(slice, analyzer, ngram, keepDocumentVectors), POOL));
        }
        // the calling thread counts the first slice itself
        Builder first = countSlice(documents.subList(0, n / slices), analyzer, ngram, keepDocumentVectors);
        for (java.util.concurrent.CompletableFuture<Builder> part : parts) {
            first.merge(part.join());
        }
        return first.build();
    }

    private static Builder countSlice(java.util.List<Document> slice, Analyzer analyzer, int ngram, boolean keepDocumentVectors) {
        Builder b = new Builder(analyzer, ngram, keepDocumentVectors);
        for (Document d : slice) {
            b.add(d);
        }
        return b;
    }

    /** Text size (chars) below which {@link #countParallel} counts on the calling thread. */
    public static final long PARALLEL_THRESHOLD = 1L << 20;

    /** One shared pool of daemon threads for {@link #countParallel}, sized to the machine. */
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "framelens-count");
        t.setDaemon(true);
        return t;
    });

    /**
     * Incremental counting, for streams of documents. Not thread-safe. {@link #build} hands the
     * counts over to the result, so a builder builds once: adding to it or merging into it
     * afterwards throws {@link IllegalStateException}.
     */
    public static final class Builder implements ParallelAnalysis.Sink {
        private final Analyzer analyzer;
        private final Vocabulary vocabulary = new Vocabulary();
        private final TermCounter counter;
        private final Analyzer.Stream stream;
        private final TermSink sink;
        private final List<String> ids = new ArrayList<>();
        private final int ngram;
        private final Ngrams ngrams;
        private boolean built;

        /**
         * @param analyzer            the pipeline
         * @param ngram               1 for terms, n for n-grams of n consecutive kept terms (≥ 1)
         * @param keepDocumentVectors keep each document's term counts (for per-document tables)
         */
        public Builder(Analyzer analyzer, int ngram, boolean keepDocumentVectors) {
            if (ngram < 1) {
                throw new IllegalArgumentException("ngram (" + ngram + ") must be ≥ 1");
            }
            this.analyzer = analyzer;
            this.ngram = ngram;
            this.counter = new TermCounter(keepDocumentVectors);
            if (ngram == 1) {
                this.stream = analyzer.stream(vocabulary);
                this.ngrams = null;
                this.sink = counter;
            } else {
                Vocabulary words = new Vocabulary();
                this.stream = analyzer.stream(words);
                this.ngrams = new Ngrams(words, vocabulary, ngram, counter);
                this.sink = ngrams;
            }
        }

        @Override
        public Analyzer analyzer() {
            return analyzer;
        }

        /** Counts one document. */
        @Override
        public void add(Document d) {
            count(d, null);
        }

        /** Terms need counts only; n-grams need the terms' order. */
        @Override
        public boolean countsOnly() {
            return ngrams == null;
        }

        /** Counts one document whose terms were recorded on another thread (see {@link ParallelAnalysis}). */
        @Override
        public void add(Document d, TermRecorder.Recording terms) {
            count(d, java.util.Objects.requireNonNull(terms, "terms"));
        }

        /** Counts {@code d}: its recorded terms, or (null) analysed here. */
        private void count(Document d, TermRecorder.Recording terms) {
            checkOpen();
            ids.add(d.id());
            counter.startDocument();
            if (ngrams != null) {
                ngrams.reset();
            }
            if (terms == null) {
                stream.analyze(d.text(), sink);
            } else if (terms.countsOnly()) {
                terms.replayCounts(stream.interner(), counter::add);
            } else {
                terms.replay(stream.interner(), sink);
            }
            counter.endDocument();
        }

        /** The counts so far, as an immutable result; the builder cannot be used afterwards. */
        public TermStatistics build() {
            checkOpen();
            built = true;
            return new TermStatistics(vocabulary, counter, new ArrayList<>(ids), ngram);
        }

        /** Merges another builder's counts into this one (for counting on several threads). */
        public void merge(Builder other) {
            checkOpen();
            int[] map = vocabulary.merge(other.vocabulary);
            counter.merge(other.counter, map);
            ids.addAll(other.ids);
        }

        private void checkOpen() {
            if (built) {
                throw new IllegalStateException("this builder has already built its TermStatistics; "
                        + "create a new Builder to count again");
            }
        }
    }

    /** Forms n-grams of consecutive kept terms of one sentence and counts them. */
    static final class Ngrams implements TermSink {
        private final Vocabulary grams;
        private final int n;
        private final TermCounter counter;
        private final NgramWindow window;

        Ngrams(Vocabulary words, Vocabulary grams, int n, TermCounter counter) {
            this.grams = grams;
            this.n = n;
            this.counter = counter;
            this.window = new NgramWindow(words, n);
        }

        void reset() {
            window.reset();
        }

        @Override
        public void term(int id, int start, int end, int sent, int position) {
            if (window.push(id, sent)) {
                int len = window.join(n);
                counter.add(grams.intern(window.buffer(), 0, len));
            }
        }
    }

    /** The counted terms (read-only). */
    public Terms vocabulary() {
        return terms;
    }

    /** Their counts (read-only). */
    public TermCounts counter() {
        return counts;
    }

    /** Document ids in counting order; index {@code d} matches the counter's document {@code d}. */
    public List<String> documentIds() {
        return documentIds;
    }

    /** 1 for terms, n for n-grams. */
    public int ngram() {
        return ngram;
    }

    /** Count of {@code term}, 0 when absent. */
    public long count(String term) {
        int id = terms.find(term);
        return id < 0 ? 0 : counts.count(id);
    }

    /** Total counted terms. */
    public long total() {
        return counts.total();
    }

    /** Number of documents counted. */
    public int documents() {
        return counts.documents();
    }
}

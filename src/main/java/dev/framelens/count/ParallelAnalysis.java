package dev.framelens.count;

import dev.framelens.corpus.Document;
import dev.framelens.corpus.ParallelDocuments;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermRecorder;
import java.util.function.Consumer;

/**
 * Analysis on all cores, counting in order: the documents of a source are analysed on
 * {@code threads} workers ({@link ParallelDocuments}, each with a {@link TermRecorder}) and their
 * term streams are replayed into one {@link Sink} in document order, so the counts, the term ids
 * and everything printed from them are identical to counting on one thread. With one thread the
 * sink analyses each document itself (no recording).
 */
public final class ParallelAnalysis {
    private ParallelAnalysis() {
    }

    /** Something that counts documents one at a time, in order, and can take them analysed elsewhere. */
    public interface Sink {
        /** The pipeline this sink analyses with; the workers use the same one. */
        Analyzer analyzer();

        /** Analyses and counts {@code d} here. */
        void add(Document d);

        /** Counts {@code d}, whose kept terms were recorded by a {@link TermRecorder} of {@link #analyzer()}. */
        void add(Document d, TermRecorder.Recording terms);

        /**
         * Whether this sink needs only each document's term counts, not their positions: its
         * recordings are then made by {@link TermRecorder#recordCounts} (tallied on the workers, so
         * the consumer's thread does one step per distinct term of a document instead of one per
         * token) and {@link #add(Document, TermRecorder.Recording)} must replay them with
         * {@link TermRecorder.Recording#replayCounts}.
         */
        default boolean countsOnly() {
            return false;
        }
    }

    /** One document and its recorded term stream. */
    private record Analyzed(Document document, TermRecorder.Recording terms) {
    }

    /**
     * Feeds every document of {@code source} to {@code sink}, analysed on {@code threads} threads.
     *
     * @param source pushes the documents in order (for example {@code c -> CorpusReader.stream(path, options, c)})
     */
    public static void run(Consumer<Consumer<Document>> source, int threads, Sink sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be ≥ 1");
        }
        if (threads == 1) {
            source.accept(sink::add);
            return;
        }
        Analyzer analyzer = sink.analyzer();
        boolean counts = sink.countsOnly();
        ParallelDocuments.<Analyzed>map(source, threads, () -> {
            TermRecorder recorder = new TermRecorder(analyzer, Terms.newInterner());
            return counts ? d -> new Analyzed(d, recorder.recordCounts(d.text()))
                    : d -> new Analyzed(d, recorder.record(d.text()));
        }, a -> sink.add(a.document(), a.terms()));
    }
}

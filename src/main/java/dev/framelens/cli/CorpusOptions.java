package dev.framelens.cli;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.corpus.Document;
import dev.framelens.corpus.ParallelDocuments;
import dev.framelens.count.ParallelAnalysis;
import dev.framelens.corpus.DocumentSource;
import dev.framelens.Framelens;
import dev.framelens.table.TableWriter;
import dev.framelens.text.Analyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Mixin;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;

/** Options every corpus command shares: the corpus, cleaning, stop words, phrases, output format. */
public final class CorpusOptions {
    @Parameters(index = "0", paramLabel = "CORPUS",
            description = "A folder of .txt files (with an optional metadata.csv), a .csv or a .jsonl file.")
    Path corpus;

    @Option(names = "--raw", description = "Skip boilerplate cleaning (site footers, repeated headline).")
    boolean raw;

    @Option(names = "--keep-stopwords", description = "Keep English stop words in the token stream.")
    boolean keepStopwords;

    @Option(names = "--stopwords", paramLabel = "FILE", description = "Stop-word list to use instead of the shipped one (one per line).")
    Path stopwords;

    @Option(names = "--phrases", paramLabel = "FILE",
            description = "Phrase list to use instead of the shipped one (phrase[TAB]canonical per line).")
    Path phrases;

    @Mixin
    OutputOptions output = new OutputOptions();

    @OptionBounds.Range(min = 1, max = OptionBounds.MAX_THREADS)
    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that analyse documents (1 to " + OptionBounds.MAX_THREADS + "); the output is the same"
                    + " with any number. Default: all cores.")
    Integer threads;

    @Option(names = "--progress",
            description = "Show progress (bytes read, MB/s, ETA) on stderr even when it is not a terminal, for"
                    + " inputs of " + (Progress.THRESHOLD >> 20) + " MB or more. By default progress is drawn only on a terminal.")
    boolean progress;

    TableWriter.Format format() {
        return output.format();
    }

    TableWriter.CsvMode csvMode() {
        return output.csvMode();
    }

    Analyzer analyzer() {
        Analyzer.Builder b = Analyzer.builder().removeStopWords(!keepStopwords);
        if (stopwords != null) {
            b.stopWordsFile(stopwords);
        }
        if (phrases != null) {
            b.phrasesFile(phrases);
        }
        return b.build();
    }

    CorpusReader.Options readOptions(PrintWriter err, Progress progress) {
        return CorpusReader.Options.defaults().withRaw(raw).withWarnings(err::println).withProgress(progress::update);
    }

    /** Reads the whole corpus into memory. */
    Corpus read(PrintWriter err) {
        Progress p = startProgress(err);
        try {
            return CorpusReader.read(corpus, readOptions(err, p));
        } finally {
            p.finish();
        }
    }

    /** The engine on {@code c} with these options' analyzer and threads; its warnings go to {@code err}. */
    Framelens framelens(Corpus c, PrintWriter err) {
        return Framelens.of(c, analyzer()).withWarnings(err::println).withThreads(threads());
    }

    /** The analysis threads: {@code --threads}, else every core. */
    int threads() {
        return threads != null ? threads : ParallelDocuments.defaultThreads();
    }

    /**
     * Streams the corpus into {@code sink}, analysed on {@link #threads()} threads and counted in
     * document order (the same result as one thread).
     */
    void analyze(PrintWriter err, ParallelAnalysis.Sink sink) {
        Progress p = Progress.start(err, CorpusReader.size(corpus));
        try {
            ParallelAnalysis.run(c -> CorpusReader.stream(corpus, readOptions(err, p), c), threads(), sink);
        } finally {
            p.finish();
        }
    }

    /**
     * Streams the corpus through an ordered parallel map ({@link ParallelDocuments#map}) on
     * {@link #threads()} workers: {@code workers} makes each worker's function, {@code consumer}
     * receives the results in document order on this thread.
     */
    <R> void map(PrintWriter err, Supplier<? extends Function<Document, ? extends R>> workers, Consumer<? super R> consumer) {
        Progress p = Progress.start(err, CorpusReader.size(corpus));
        try {
            ParallelDocuments.map(c -> CorpusReader.stream(corpus, readOptions(err, p), c), threads(), workers, consumer);
        } finally {
            p.finish();
        }
    }

    /**
     * The engine on the corpus streamed from disk: every result reads the documents again, one at a
     * time (each pass with its own progress bar), analysed on {@link #threads()} threads; its
     * warnings go to {@code err}.
     */
    Framelens streamed(PrintWriter err) {
        return Framelens.streamed(source(err), analyzer()).withWarnings(err::println).withThreads(threads());
    }

    /**
     * The corpus as a source that streams it again on each pass, with a progress bar per pass and the
     * reader's warnings on the first.
     */
    DocumentSource source(PrintWriter err) {
        String metadata = CorpusReader.source(corpus, CorpusReader.Options.defaults()).metadataSource();
        return new DocumentSource() {
            private boolean warned;

            @Override
            public void forEach(Consumer<? super Document> sink) {
                // the reader's warnings (empty documents, unmatched metadata) are said on the first pass only
                Progress p = startProgress(err);
                CorpusReader.Options options = readOptions(err, p);
                try {
                    CorpusReader.stream(corpus, warned ? options.withWarnings(w -> { }) : options, sink::accept);
                } finally {
                    p.finish();
                    warned = true;
                }
            }

            @Override
            public String metadataSource() {
                return metadata;
            }
        };
    }

    private Progress startProgress(PrintWriter err) {
        return progress ? Progress.forced(err, CorpusReader.size(corpus)) : Progress.start(err, CorpusReader.size(corpus));
    }

    /** Streams the corpus one document at a time. */
    void stream(PrintWriter err, Consumer<Document> sink) {
        Progress p = startProgress(err);
        try {
            CorpusReader.stream(corpus, readOptions(err, p), sink);
        } finally {
            p.finish();
        }
    }

    void print(Table t, PrintWriter out) {
        print(t, out, java.util.Map.of());
    }

    /** {@link #print(Table, PrintWriter)} with context columns (the aligned text table only; see {@link TableWriter.Context}). */
    void print(Table t, PrintWriter out, java.util.Map<String, TableWriter.Context> contexts) {
        TableWriter.write(t, format(), csvMode(), out, contexts);
        out.flush();
    }
}

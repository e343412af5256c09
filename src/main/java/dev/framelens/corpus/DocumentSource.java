package dev.framelens.corpus;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Documents that can be read, in order and one at a time, as often as needed: a {@link Corpus} in
 * memory, or a corpus on disk that is read again on each pass ({@link CorpusReader#source}), so
 * that what a pass keeps is what its result needs and never the text of the corpus.
 *
 * <p>Contract: {@link #forEach} sends every document to the sink in corpus order, the same
 * documents on every call; the sink may drop a document as soon as it returns. A per-document
 * computation followed by a fold in this order is the shape every streamed result takes (the fold
 * sees documents in corpus order, so the result does not depend on how the per-document work is
 * scheduled).
 */
public interface DocumentSource {
    /** Sends every document to {@code sink}, in corpus order (reading them again if they are on disk). */
    void forEach(Consumer<? super Document> sink);

    /**
     * The file the metadata columns are read from: a folder's {@code metadata.csv}, or the
     * {@code .csv} or {@code .jsonl} corpus itself; {@code ""} for a corpus made in memory.
     */
    String metadataSource();

    /**
     * A corpus on disk, read again on each pass with {@link CorpusReader#stream}.
     *
     * @param path    a folder of {@code .txt} files, a {@code .csv} or a {@code .jsonl} file
     * @param options cleaning, warnings and progress, for every pass
     */
    static DocumentSource of(Path path, CorpusReader.Options options) {
        return CorpusReader.source(path, options);
    }
}

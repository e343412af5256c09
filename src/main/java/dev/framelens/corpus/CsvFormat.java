package dev.framelens.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The built-in corpus format of a .csv file; see {@link CorpusReader} for how it is read. */
public final class CsvFormat implements CorpusFormat {
    /** For {@link java.util.ServiceLoader}. */
    public CsvFormat() {
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "a .csv file";
    }

    @Override
    public int priority() {
        return 1;
    }

    @Override
    public boolean recognises(Path path) {
        return CorpusReader.fileName(path).endsWith(".csv");
    }

    @Override
    public void stream(Path path, CorpusReader.Options options, Consumer<Document> sink) throws IOException {
        CorpusReader.readCsv(path, options, sink);
    }
}

package dev.framelens.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The built-in corpus format of a .jsonl file; see {@link CorpusReader} for how it is read. */
public final class JsonlFormat implements CorpusFormat {
    /** For {@link java.util.ServiceLoader}. */
    public JsonlFormat() {
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "a .jsonl file";
    }

    @Override
    public int priority() {
        return 2;
    }

    @Override
    public boolean recognises(Path path) {
        return CorpusReader.fileName(path).endsWith(".jsonl") || CorpusReader.fileName(path).endsWith(".ndjson");
    }

    @Override
    public void stream(Path path, CorpusReader.Options options, Consumer<Document> sink) throws IOException {
        CorpusReader.readJsonl(path, options, sink);
    }
}

package dev.framelens.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The built-in corpus format of a folder of .txt files (or one .txt file); see {@link CorpusReader} for how it is read. */
public final class TextFolderFormat implements CorpusFormat {
    /** For {@link java.util.ServiceLoader}. */
    public TextFolderFormat() {
    }

    @Override
    public String name() {
        return "txt";
    }

    @Override
    public String description() {
        return "a folder of .txt files (or one .txt file)";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public boolean recognises(Path path) {
        return Files.isDirectory(path) || CorpusReader.fileName(path).endsWith(".txt");
    }

    @Override
    public void stream(Path path, CorpusReader.Options options, Consumer<Document> sink) throws IOException {
        CorpusReader.readTextPath(path, options, sink);
    }

    @Override
    public long size(Path path) throws IOException {
        return CorpusReader.textSize(path);
    }
}

package dev.framelens.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * A corpus format: recognises a path and streams its documents. framelens finds the formats with
 * {@link ServiceLoader} (a {@code META-INF/services/dev.framelens.corpus.CorpusFormat} file lists
 * them), so a format is added without touching the reader: the three built in are a folder of
 * {@code .txt} files ({@link TextFolderFormat}), {@code .csv} ({@link CsvFormat}) and {@code .jsonl}
 * ({@link JsonlFormat}). A format that needs a library lives in its own package under
 * {@code dev.framelens.formats} with that dependency (the architecture test keeps {@code corpus}
 * JDK-only and lets nothing else import those packages), and builds its documents with
 * {@link CorpusReader#document}, so cleaning and empty-document warnings are the same for every
 * format.
 *
 * <p>Contract: {@link #recognises} looks at the path only (its name, whether it is a folder), never
 * reads a file; {@link #stream} reads the path read-only, sends each document to the sink as soon as it
 * is read, reports progress in bytes through {@link CorpusReader.Options#progress()}, and throws a
 * {@link CorpusException} with one line naming the file (and line) for bad data.
 */
public interface CorpusFormat {
    /** How a Parquet corpus (a file or a folder of part files) is named. */
    String PARQUET_SUFFIX = ".parquet";

    /**
     * What to do about a {@code .parquet} corpus when no Parquet format is on the class path: it lives
     * in the {@code spark/} module with Hadoop's Parquet reader, which the engine's jar does not carry.
     */
    String PARQUET_HINT = "Parquet corpora are read by framelens's spark module, which is not on the class path;"
            + " run ./framelens (it adds the module once built: ./framelens spark build) or add spark/target/classes"
            + " and the jars of spark/target/classpath.txt to the class path";

    /** A short name, e.g. {@code jsonl}. */
    String name();

    /** What a user gives for this format, for messages: e.g. {@code a .jsonl file}. */
    String description();

    /** Whether {@code path} is in this format (by its name or kind, without reading it). */
    boolean recognises(Path path);

    /** Streams the documents of {@code path} to {@code sink}, one at a time. */
    void stream(Path path, CorpusReader.Options options, Consumer<Document> sink) throws IOException;

    /** Total bytes {@link #stream} will read, for progress; the file's size by default. */
    default long size(Path path) throws IOException {
        return Files.size(path);
    }

    /** Formats are tried in this order (lower first); the built-in ones use 0–2. */
    default int priority() {
        return 100;
    }

    /** Every format on the class path, in {@link #priority()} order (then by name). */
    static List<CorpusFormat> all() {
        List<CorpusFormat> out = new ArrayList<>();
        ServiceLoader.load(CorpusFormat.class, CorpusFormat.class.getClassLoader()).forEach(out::add);
        out.sort(Comparator.comparingInt(CorpusFormat::priority).thenComparing(CorpusFormat::name));
        return out;
    }

    /**
     * The first format that recognises {@code path}.
     *
     * @throws CorpusException (usage) naming the formats there are, when none does
     */
    static CorpusFormat of(Path path) {
        List<CorpusFormat> all = all();
        if (CorpusReader.fileName(path).endsWith(PARQUET_SUFFIX) && all.stream().noneMatch(f -> f.recognises(path)
                && f.name().equals("parquet"))) {
            throw CorpusException.usage(path + ": " + PARQUET_HINT);
        }
        for (CorpusFormat f : all) {
            if (f.recognises(path)) {
                return f;
            }
        }
        List<String> kinds = new ArrayList<>();
        all.forEach(f -> kinds.add(f.description()));
        throw CorpusException.usage(path + ": unknown corpus format; give " + String.join(", ", kinds));
    }
}

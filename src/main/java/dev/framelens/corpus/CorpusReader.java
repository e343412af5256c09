package dev.framelens.corpus;

import dev.framelens.corpus.internal.Csv;
import dev.framelens.corpus.internal.FileWarnings;
import dev.framelens.corpus.internal.Json;
import dev.framelens.corpus.internal.Utf8Lines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * Reads corpora, strictly and read-only (input files are only ever opened for reading):
 * <ul>
 *   <li>a <b>folder</b> of {@code .txt} files (UTF-8, BOM tolerated), in file-name order; the
 *       id is the file name without {@code .txt}, the title the metadata's {@code headline} (or
 *       {@code title}) or else the first non-blank line that is not a bare date; an optional {@code metadata.csv} in the folder is joined on its {@code doc}
 *       column. Other files are ignored.</li>
 *   <li>a <b>.csv</b> file with a header and a {@code text} column; {@code doc} or {@code id}
 *       gives the id (else {@code row-N}), {@code title} or {@code headline} the title, and every
 *       other column is metadata.</li>
 *   <li>a <b>.jsonl</b> file, one JSON object per line with a {@code text} field; other fields as
 *       for CSV.</li>
 * </ul>
 * Documents are streamed one at a time ({@link #stream}), so a corpus larger than memory can be
 * counted; {@link #read} collects them into a {@link Corpus}. Empty documents are skipped with a
 * warning. Errors are {@link CorpusException}s with one line that names the file.
 *
 * <p>What comes twice, and what the reader does about it (each with one warning line per file and
 * kind, naming the first line it happened on and how many lines in all):
 * <ul>
 *   <li>a document id used twice in a CSV or JSONL corpus: the <b>first</b> document keeps it, a
 *       later one is skipped (documents are streamed: the first was already counted);</li>
 *   <li>two rows for the same {@code doc} in {@code metadata.csv}: the <b>first</b> row is used;</li>
 *   <li>a field name given twice in one record (a key in one JSON object, a column name in a CSV
 *       header): the <b>last</b> value is used, as JavaScript's {@code JSON.parse} does;</li>
 *   <li>a lone surrogate escape in a JSON string ({@code "\\ud800"}) is replaced with U+FFFD, as a
 *       UTF-8 decoder replaces a malformed sequence.</li>
 * </ul>
 * CSV lines (a {@code .csv} corpus, {@code metadata.csv}) end at {@code \n}, {@code \r\n} or a
 * lone {@code \r}; JSON Lines at {@code \n} or {@code \r\n}. JSON may nest {@value Json#MAX_DEPTH}
 * levels deep.
 */
public final class CorpusReader {
    private CorpusReader() {
    }

    /**
     * Reading options.
     *
     * @param raw      skip boilerplate cleaning ({@link Cleaner})
     * @param warnings receives one-line warnings (empty documents, unmatched metadata)
     * @param progress receives the number of bytes read so far (for progress bars)
     */
    public record Options(boolean raw, Consumer<String> warnings, LongConsumer progress) {
        public static Options defaults() {
            return new Options(false, w -> { }, b -> { });
        }

        public Options withRaw(boolean value) {
            return new Options(value, warnings, progress);
        }

        public Options withWarnings(Consumer<String> value) {
            return new Options(raw, value, progress);
        }

        public Options withProgress(LongConsumer value) {
            return new Options(raw, warnings, value);
        }
    }

    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)\\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}"
                    + "|\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2})\\s*");

    /** Reads the whole corpus into memory. */
    public static Corpus read(Path path, Options options) {
        List<Document> docs = new ArrayList<>();
        stream(path, options, docs::add);
        return Corpus.of(docs, metadataSource(path));
    }

    /**
     * {@code path} as a {@link DocumentSource}: each {@link DocumentSource#forEach} streams it again
     * with {@link #stream} and these options, its warnings told on the first pass only (the same
     * file gives the same warnings); nothing is read before the first pass.
     */
    public static DocumentSource source(Path path, Options options) {
        String metadata = metadataSource(path);
        return new DocumentSource() {
            private volatile boolean warned;

            @Override
            public void forEach(Consumer<? super Document> sink) {
                try {
                    stream(path, warned ? options.withWarnings(w -> { }) : options, sink::accept);
                } finally {
                    warned = true;
                }
            }

            @Override
            public String metadataSource() {
                return metadata;
            }

            @Override
            public String toString() {
                return "DocumentSource[" + path + "]";
            }
        };
    }

    /** The file metadata columns of {@code path} come from: a folder's metadata.csv, else the file. */
    private static String metadataSource(Path path) {
        return Files.isDirectory(path) ? path.resolve("metadata.csv").toString() : path.toString();
    }

    /** Total size in bytes of what {@link #stream} will read (for progress); -1 when it cannot be known. */
    public static long size(Path path) {
        try {
            return CorpusFormat.of(path).size(path);
        } catch (IOException | CorpusException e) {
            return -1;
        }
    }

    /** The bytes of a folder's {@code .txt} files, or of one file. */
    static long textSize(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Files.size(path);
        }
        long total = 0;
        for (Path f : textFiles(path)) {
            total += Files.size(f);
        }
        return total;
    }

    /** The path's file name in lower case ({@code ""} for a root). */
    static String fileName(Path path) {
        Path file = path.getFileName();
        return file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
    }

    /** A folder of {@code .txt} files, or one {@code .txt} file. */
    static void readTextPath(Path path, Options options, Consumer<Document> sink) throws IOException {
        if (Files.isDirectory(path)) {
            readFolder(path, options, sink);
        } else {
            readTextFile(path, stripTxt(path), Map.of(), options, sink, new long[1]);
        }
    }

    /** Streams the documents of {@code path} to {@code sink}, one at a time. */
    public static void stream(Path path, Options options, Consumer<Document> sink) {
        if (!Files.exists(path)) {
            throw CorpusException.usage(path + ": no such file or folder; give a folder of .txt files, a .csv or a .jsonl file");
        }
        if (!Files.isReadable(path)) {
            throw CorpusException.usage(path + ": cannot be read (permissions)");
        }
        int[] count = {0};
        Consumer<Document> counting = d -> {
            count[0]++;
            sink.accept(d);
        };
        CorpusFormat format = CorpusFormat.of(path);
        try {
            format.stream(path, options, counting);
        } catch (NoSuchFileException e) {
            throw CorpusException.usage(e.getFile() + ": no such file");
        } catch (IOException e) {
            throw CorpusException.data(path + ": cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw CorpusException.data(path + ": cannot be read: " + e.getCause().getMessage());
        }
        if (count[0] == 0) {
            throw CorpusException.data(path + ": no documents with text found"
                    + (Files.isDirectory(path) ? " (the folder needs .txt files)" : ""));
        }
    }

    private static List<Path> textFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.txt")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static String stripTxt(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - 4);
    }

    private static void readFolder(Path folder, Options options, Consumer<Document> sink) throws IOException {
        Map<String, Map<String, String>> metadata = new HashMap<>();
        Path metaFile = folder.resolve("metadata.csv");
        if (Files.isRegularFile(metaFile)) {
            metadata = readMetadata(metaFile, options.warnings());
        }
        List<Path> files = textFiles(folder);
        long[] done = {0};
        Set<String> seen = new HashSet<>();
        for (Path f : files) {
            String id = stripTxt(f);
            seen.add(id);
            readTextFile(f, id, metadata.getOrDefault(id, Map.of()), options, sink, done);
        }
        for (String id : new TreeSet<>(metadata.keySet())) {
            if (!seen.contains(id)) {
                options.warnings().accept("warning: " + metaFile + ": row for " + CorpusException.quote(id) + " has no .txt file of that name; ignored");
            }
        }
    }

    private static void readTextFile(Path f, String id, Map<String, String> meta, Options options,
                                     Consumer<Document> sink, long[] done) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        done[0] += bytes.length;
        options.progress().accept(done[0]);
        String text = Utf8Lines.decodeFile(bytes, f.toString());
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        String title = meta.getOrDefault("headline", meta.get("title"));
        emit(id, title, text, meta, options, f.toString(), sink);
    }

    /** Sends the document on unless it is empty (a warning then). */
    private static void emit(String id, String title, String text, Map<String, String> meta, Options options,
                             String where, Consumer<Document> sink) {
        Document d = document(id, title, text, meta, options, where);
        if (d != null) {
            sink.accept(d);
        }
    }

    /** {@link #emit} for a record of a CSV or JSONL file, skipped when its id was used before in the file. */
    private static void emit(String id, String title, String text, Map<String, String> meta, Options options,
                             String where, long line, Map<String, Long> firstLine, FileWarnings w,
                             Consumer<Document> sink) {
        Document d = document(id, title, text, meta, options, where);
        if (d != null && firstWithId(id, line, firstLine, w)) {
            sink.accept(d);
        }
    }

    /**
     * The document, cleaned unless read raw; {@code null}, with a warning, when nothing is left. A
     * {@link CorpusFormat} builds its documents with this, so every format cleans alike.
     *
     * @param title the title, or null/blank for the first line of the text
     * @param where the file (and line) for the warning
     */
    public static Document document(String id, String title, String text, Map<String, String> meta, Options options,
                                     String where) {
        String t = options.raw() ? text : Cleaner.clean(text);
        if (t.isBlank()) {
            options.warnings().accept("warning: " + where + ": empty document " + CorpusException.quote(id) + " skipped");
            return null;
        }
        return new Document(id, title != null && !title.isBlank() ? title : firstLineTitle(t), t, meta);
    }

    static String firstLineTitle(String text) {
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(i, end).strip();
            if (!line.isEmpty() && !DATE_LINE.matcher(line).matches()) {
                return line.length() > 200 ? line.substring(0, 200) + "\u2026" : line;
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return "";
    }

    private static Map<String, Map<String, String>> readMetadata(Path file, Consumer<String> warnings) throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        Map<String, Long> firstRow = new HashMap<>();
        FileWarnings w = new FileWarnings(file.toString(), warnings);
        try (InputStream in = Files.newInputStream(file); Utf8Lines lines = new Utf8Lines(in, file.toString(), true)) {
            Csv csv = new Csv(lines, file.toString());
            List<String> header = csv.next();
            if (header == null) {
                return out;
            }
            int docCol = header.lastIndexOf("doc");
            if (docCol < 0) {
                throw CorpusException.data(file + ": needs a 'doc' column (the file name without .txt); found " + CorpusException.quote(header));
            }
            warnRepeatedColumns(header, csv.lineNumber(), w);
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() != header.size()) {
                    throw CorpusException.data(file + ": line " + csv.lineNumber() + " has " + row.size()
                            + " fields, the header has " + header.size());
                }
                String id = row.get(docCol);
                Long first = firstRow.putIfAbsent(id, csv.lineNumber());
                if (first != null) {
                    w.note("row", csv.lineNumber(), "a second row for doc " + CorpusException.quote(id) + " (the first is on line " + first
                            + "); the first row is used, this one is ignored");
                    continue;
                }
                out.put(id, record(header, row, docCol, -1));
            }
        } finally {
            w.flush();
        }
        return out;
    }

    /** The metadata of one CSV record: every column but {@code skipA} and {@code skipB}; a repeated name takes the last value. */
    private static Map<String, String> record(List<String> header, List<String> row, int skipA, int skipB) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k < header.size(); k++) {
            if (k != skipA && k != skipB) {
                m.put(header.get(k), row.get(k));
            }
        }
        return m;
    }

    /** Warns once about each column name that a CSV header gives twice (the last such column is used). */
    private static void warnRepeatedColumns(List<String> header, long line, FileWarnings w) {
        Set<String> names = new HashSet<>();
        for (String name : header) {
            if (!names.add(name)) {
                w.note("column " + name, line, "the header names column " + CorpusException.quote(name) + " twice; the last one is used");
            }
        }
    }

    /**
     * Whether {@code id} is new in this file; the first document with an id keeps it, a later one is
     * skipped with a warning.
     */
    private static boolean firstWithId(String id, long line, Map<String, Long> firstLine, FileWarnings w) {
        Long first = firstLine.putIfAbsent(id, line);
        if (first == null) {
            return true;
        }
        w.note("id", line, "document id " + CorpusException.quote(id) + " is already used on line " + first
                + "; the first document with an id is kept, this one is skipped");
        return false;
    }

    static void readCsv(Path file, Options options, Consumer<Document> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            readCsv(in, file.toString(), options, sink);
        }
    }

    /**
     * Reads a {@code .csv} corpus from a stream (a file on another file system, as the Spark jobs read
     * one), exactly as {@link #stream} reads a {@code .csv} file; {@code in} is not closed.
     *
     * @param name the file's name, for messages
     */
    public static void readCsv(InputStream in, String name, Options options, Consumer<Document> sink) throws IOException {
        FileWarnings w = new FileWarnings(name, options.warnings());
        Map<String, Long> firstLine = new HashMap<>();
        try (Utf8Lines lines = new Utf8Lines(in, name, true)) {
            Csv csv = new Csv(lines, name);
            List<String> header = csv.next();
            if (header == null) {
                throw CorpusException.data(name + ": empty CSV; it needs a header with a 'text' column");
            }
            int textCol = header.lastIndexOf("text");
            if (textCol < 0) {
                throw CorpusException.data(name + ": needs a 'text' column; found " + CorpusException.quote(header));
            }
            warnRepeatedColumns(header, csv.lineNumber(), w);
            int idCol = header.contains("doc") ? header.lastIndexOf("doc") : header.lastIndexOf("id");
            int titleCol = header.contains("title") ? header.lastIndexOf("title") : header.lastIndexOf("headline");
            int row = 0;
            for (List<String> r = csv.next(); r != null; r = csv.next()) {
                row++;
                if (r.size() != header.size()) {
                    throw CorpusException.data(name + ": line " + csv.lineNumber() + " has " + r.size()
                            + " fields, the header has " + header.size());
                }
                Map<String, String> meta = record(header, r, textCol, idCol);
                if (idCol >= 0) {
                    meta.remove(header.get(idCol)); // an earlier column of the same name
                }
                meta.remove("text");
                String id = idCol >= 0 && !r.get(idCol).isBlank() ? r.get(idCol) : "row-" + row;
                emit(id, titleCol >= 0 ? r.get(titleCol) : null, r.get(textCol), meta, options,
                        name + " line " + csv.lineNumber(), csv.lineNumber(), firstLine, w, sink);
                options.progress().accept(lines.bytesRead());
            }
        } finally {
            w.flush();
        }
    }

    static void readJsonl(Path file, Options options, Consumer<Document> sink) throws IOException {
        String name = file.toString();
        FileWarnings w = new FileWarnings(name, options.warnings());
        Map<String, Long> firstLine = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); Utf8Lines lines = new Utf8Lines(in, name)) {
            int row = 0;
            Json.Listener listener = new Json.Listener() {
                @Override
                public void duplicateKey(String key) {
                    w.note("key", lines.lineNumber(), "key " + CorpusException.quote(key) + " appears twice in one object; the last value is used");
                }

                @Override
                public void loneSurrogate() {
                    w.note("surrogate", lines.lineNumber(), "a lone surrogate escape (\\ud800-\\udfff without its pair) was"
                            + " replaced with U+FFFD, as a UTF-8 decoder replaces a malformed sequence");
                }
            };
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                row++;
                Record r = jsonlRecord(line, row, name, lines.lineNumber(), listener);
                Document d = document(r.id(), r.title(), r.text(), r.metadata(), options, name + " line " + lines.lineNumber());
                if (d != null && firstWithId(r.id(), lines.lineNumber(), firstLine, w)) {
                    sink.accept(d);
                }
                options.progress().accept(lines.bytesRead());
            }
        } finally {
            w.flush();
        }
    }

    /**
     * One record of a JSON Lines corpus before cleaning: its id ({@code doc} or {@code id}, whichever
     * the object names first; {@code row-N} when blank or absent), title ({@code title} or
     * {@code headline}, null when absent), text (CR LF as LF) and metadata (every other field, in
     * the object's order, values by {@code Json.asText}).
     */
    public record Record(String id, String title, String text, Map<String, String> metadata) {
    }

    /**
     * Parses one non-blank line of a {@code .jsonl} corpus as {@link #stream} does (for readers that
     * split a file elsewhere, as the Spark jobs do); build the document with {@link #document}.
     *
     * @param row        the line's number among the file's non-blank lines, from 1 (for {@code row-N})
     * @param file       the file's name, for messages
     * @param lineNumber the line's number in the file, for messages
     * @throws CorpusException (data) when the line is not a JSON object with a string {@code text}
     */
    public static Record jsonlRecord(String line, long row, String file, long lineNumber) {
        return jsonlRecord(line, row, file, lineNumber, new Json.Listener() {
            @Override
            public void duplicateKey(String key) {
            }

            @Override
            public void loneSurrogate() {
            }
        });
    }

    private static Record jsonlRecord(String line, long row, String file, long lineNumber, Json.Listener listener) {
        String where = file + ": line " + lineNumber;
        Object parsed;
        try {
            parsed = Json.parse(line, listener);
        } catch (IllegalArgumentException e) {
            throw CorpusException.data(where + " is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> obj)) {
            throw CorpusException.data(where + " must be a JSON object with a \"text\" field");
        }
        Object text = obj.get("text");
        if (!(text instanceof String textString)) {
            throw CorpusException.data(where + " has no string \"text\" field");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        String id = null;
        String title = null;
        for (Map.Entry<?, ?> e : obj.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.equals("text")) {
                continue;
            }
            String value = Json.asText(e.getValue());
            if ((key.equals("doc") || key.equals("id")) && id == null) {
                id = value;
                continue;
            }
            if (key.equals("title") || key.equals("headline")) {
                title = value;
            }
            meta.put(key, value);
        }
        return new Record(id == null || id.isBlank() ? "row-" + row : id, title, textString.replace("\r\n", "\n"), meta);
    }
}

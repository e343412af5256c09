package dev.framelens.formats.parquet;

import dev.framelens.corpus.CorpusException;
import dev.framelens.corpus.CorpusFormat;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.corpus.Document;
import dev.framelens.corpus.FieldText;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Parquet as a corpus format of the single-machine engine: a {@code .parquet} file, or a folder
 * named {@code *.parquet} of part files (as Spark writes one; files starting with {@code _} or
 * {@code .} are skipped, the others read in name order). The columns are those the Spark jobs read
 * ({@link dev.framelens.spark.SparkDocuments}): {@code text} (a string), the id from {@code doc} or
 * else {@code id} ({@code row-N}, N the row in its file, when blank or absent), the title from
 * {@code title} or {@code headline}, and every column but text and id as metadata, in schema order,
 * its values by {@link dev.framelens.corpus.FieldText}. The first document with an id keeps it; a later one is skipped
 * with a warning. Documents are built with {@link CorpusReader#document}, cleaned as every format is.
 *
 * <p>It lives in the {@code spark/} module, not in the engine: Hadoop's Parquet reader brings some
 * 200 MB of jars (Hadoop's client, its codecs) that a user of text, CSV and JSON Lines corpora should
 * not download, and the Spark module carries them anyway. The engine finds this format through
 * {@link java.util.ServiceLoader} when the module's class path is there ({@code ./framelens} adds it
 * once the module is built) and otherwise says so in one line ({@link CorpusFormat#PARQUET_HINT}).
 */
public final class ParquetFormat implements CorpusFormat {
    /** For {@link java.util.ServiceLoader}. */
    public ParquetFormat() {
    }

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public String description() {
        return "a .parquet file or folder";
    }

    /** Before the folder of {@code .txt} files (0), which would otherwise take a {@code .parquet} folder. */
    @Override
    public int priority() {
        return -1;
    }

    @Override
    public boolean recognises(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(PARQUET_SUFFIX);
    }

    @Override
    public long size(Path path) throws IOException {
        long total = 0;
        for (Path f : files(path)) {
            total += Files.size(f);
        }
        return total;
    }

    @Override
    public void stream(Path path, CorpusReader.Options options, Consumer<Document> sink) throws IOException {
        Configuration conf = new Configuration();
        Map<String, String> firstWith = new HashMap<>();
        long[] skipped = {0};
        String[] firstSkipped = {null};
        long bytes = 0;
        for (Path file : files(path)) {
            String name = file.toString();
            try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                    new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri())).withConf(conf).build()) {
                long row = 0;
                for (Group g = reader.read(); g != null; g = reader.read()) {
                    row++;
                    Document d = document(g, name, row, options);
                    if (d == null) {
                        continue;
                    }
                    String where = name + " row " + row;
                    String first = firstWith.putIfAbsent(d.id(), where);
                    if (first != null) {
                        if (skipped[0]++ == 0) {
                            firstSkipped[0] = "document id " + CorpusException.quote(d.id()) + " at " + where
                                    + " is already used at " + first;
                        }
                        continue;
                    }
                    sink.accept(d);
                }
            } catch (IllegalArgumentException | org.apache.parquet.io.ParquetDecodingException e) {
                throw CorpusException.data(name + ": not a readable Parquet corpus: " + e.getMessage());
            } catch (RuntimeException e) {
                if (e instanceof CorpusException) {
                    throw e;
                }
                throw CorpusException.data(name + ": not a readable Parquet corpus: " + e);
            }
            bytes += Files.size(file);
            options.progress().accept(bytes);
        }
        if (skipped[0] > 0) {
            options.warnings().accept("warning: " + path + ": " + firstSkipped[0] + "; the first document with an id is"
                    + " kept, " + skipped[0] + " later one" + (skipped[0] == 1 ? " is" : "s are") + " skipped");
        }
    }

    /** One row as a document (null when empty after cleaning), by the rules of the class comment. */
    private static Document document(Group g, String file, long row, CorpusReader.Options options) {
        GroupType schema = g.getType();
        List<String> columns = new ArrayList<>();
        for (Type t : schema.getFields()) {
            columns.add(t.getName());
        }
        if (!columns.contains("text")) {
            throw CorpusException.data(file + ": needs a 'text' column; found " + CorpusException.quote(columns));
        }
        String idColumn = columns.contains("doc") ? "doc" : columns.contains("id") ? "id" : null;
        Object text = value(g, columns.indexOf("text"));
        if (!(text instanceof String t)) {
            throw CorpusException.data(file + ": row " + row + " has no text (the 'text' column must be a string)");
        }
        String id = idColumn == null ? "" : FieldText.of(idColumn, value(g, columns.indexOf(idColumn)));
        Map<String, String> meta = new LinkedHashMap<>();
        for (int k = 0; k < columns.size(); k++) {
            String c = columns.get(k);
            if (!c.equals("text") && !c.equals(idColumn)) {
                meta.put(c, FieldText.of(c, value(g, k)));
            }
        }
        String title = meta.containsKey("title") ? meta.get("title") : meta.get("headline");
        return CorpusReader.document(id.isBlank() ? "row-" + row : id, title, t, meta, options, file + " row " + row);
    }

    /** Field {@code k} of a row as the Java value Spark would give for it (null when missing). */
    private static Object value(Group g, int k) {
        if (g.getFieldRepetitionCount(k) == 0) {
            return null;
        }
        Type type = g.getType().getType(k);
        if (!type.isPrimitive()) {
            return g.getGroup(k, 0);
        }
        PrimitiveType p = type.asPrimitiveType();
        LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
        return switch (p.getPrimitiveTypeName()) {
            case BINARY -> logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                    || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
                    || logical == null ? g.getString(k, 0) : g.getBinary(k, 0);
            case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                    ? LocalDate.ofEpochDay(g.getInteger(k, 0))
                    : logical == null || logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation
                    ? (Object) g.getInteger(k, 0) : logical;
            case INT64 -> logical == null || logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation
                    ? (Object) g.getLong(k, 0) : logical;
            case BOOLEAN -> g.getBoolean(k, 0);
            case FLOAT -> g.getFloat(k, 0);
            case DOUBLE -> g.getDouble(k, 0);
            default -> p;
        };
    }

    /** The part files of a folder in name order, or the file itself. */
    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(path)) {
            for (Path f : ds) {
                String n = f.getFileName().toString();
                if (Files.isRegularFile(f) && !n.startsWith("_") && !n.startsWith(".")) {
                    out.add(f);
                }
            }
        }
        out.sort(Path::compareTo);
        return out;
    }
}

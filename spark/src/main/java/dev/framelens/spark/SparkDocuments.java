package dev.framelens.spark;

import dev.framelens.corpus.CorpusException;
import dev.framelens.corpus.CorpusReader;
import dev.framelens.corpus.Document;
import dev.framelens.corpus.FieldText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A corpus on Spark: a {@code Dataset<Row>} of documents read as the engine reads them, with the
 * engine's own code (the JSON Lines record parser, the CSV reader, boilerplate cleaning and the rule
 * that the first document with an id keeps it), so that a job sees exactly the documents
 * {@code framelens terms} would. Its rows are
 * <pre>
 *   _file string, _row long, doc string, text string, meta map&lt;string,string&gt;
 * </pre>
 * where {@code (_file, _row)} is the document's place in the corpus (file, then position in it:
 * the order of the engine's tables), {@code text} is cleaned unless read raw, and {@code meta} holds
 * the metadata fields. {@link #metadataColumns()} lists the metadata columns in the engine's order
 * (a CSV header's, a Parquet schema's, or first appearance in a JSON Lines file).
 *
 * <p>Inputs, on any Hadoop file system path (a file or a folder of part files): Parquet
 * ({@code .parquet}: columns {@code text}, {@code doc} or {@code id}, others metadata, typed values
 * by {@link dev.framelens.corpus.FieldText}), JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}) and CSV
 * ({@code .csv}, each file read whole by one task). No schema is inferred: Parquet carries its
 * own, JSON Lines and CSV records are parsed by the engine.
 */
public final class SparkDocuments {

    /** The documents' schema. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("_file", DataTypes.StringType, false),
        DataTypes.createStructField("_row", DataTypes.LongType, false),
        DataTypes.createStructField("doc", DataTypes.StringType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("meta", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false)});

    private final Dataset<Row> rows;
    private List<String> metadataColumns;

    private SparkDocuments(Dataset<Row> rows, List<String> metadataColumns) {
        this.rows = rows;
        this.metadataColumns = metadataColumns == null ? null : List.copyOf(metadataColumns);
    }

    /** The documents, in no particular order (sort by {@code _file, _row} for corpus order). */
    public Dataset<Row> rows() {
        return rows;
    }

    /**
     * The metadata columns, in the engine's order; for JSON Lines found with one pass over the
     * documents on first use.
     */
    public List<String> metadataColumns() {
        if (metadataColumns == null) {
            metadataColumns = List.copyOf(keysInOrder(rows));
        }
        return metadataColumns;
    }

    /** These documents with their rows replaced (a filter, a sample); same metadata columns. */
    public SparkDocuments withRows(Dataset<Row> other) {
        return new SparkDocuments(other, metadataColumns());
    }

    /**
     * Reads a corpus, cleaned unless {@code raw}.
     *
     * @throws CorpusException (usage) for a path that does not exist or is in no format known
     */
    public static SparkDocuments read(SparkSession spark, String path, boolean raw) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> files = files(conf, path);
        String kind = kind(path, files);
        return switch (kind) {
            case "parquet" -> fromTable(spark.read().parquet(path)
                    .withColumn("_file", functions.col("_metadata.file_path"))
                    .withColumn("_row", functions.col("_metadata.row_index")), raw);
            case "jsonl" -> jsonl(spark, path, raw);
            default -> csv(spark, files, raw);
        };
    }

    /**
     * The documents of a table you already have (from any Spark source): a {@code text} column,
     * {@code doc} or {@code id} for the id (blank: {@code row-N}), every other column metadata (values
     * by {@link dev.framelens.corpus.FieldText}); corpus order is the dataset's order. Cleaned unless {@code raw}.
     */
    public static SparkDocuments of(Dataset<Row> table, boolean raw) {
        return fromTable(table.withColumn("_file", functions.lit(""))
                .withColumn("_row", functions.monotonically_increasing_id()), raw);
    }

    // --- Parquet and tables ---

    private static SparkDocuments fromTable(Dataset<Row> table, boolean raw) {
        List<String> columns = new ArrayList<>(Arrays.asList(table.columns()));
        columns.removeAll(List.of("_file", "_row"));
        if (!columns.contains("text")) {
            throw CorpusException.data("the corpus needs a 'text' column; found " + CorpusException.quote(columns));
        }
        String idColumn = columns.contains("doc") ? "doc" : columns.contains("id") ? "id" : null;
        String titleColumn = columns.contains("title") ? "title" : columns.contains("headline") ? "headline" : null;
        List<String> meta = new ArrayList<>(columns);
        meta.remove("text");
        meta.remove(idColumn);
        String[] selected = new String[meta.size() + 4];
        selected[0] = "_file";
        selected[1] = "_row";
        selected[2] = "text";
        selected[3] = idColumn;
        for (int k = 0; k < meta.size(); k++) {
            selected[k + 4] = meta.get(k);
        }
        org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[selected.length];
        for (int k = 0; k < selected.length; k++) {
            cols[k] = k == 3 && idColumn == null ? functions.lit(null).cast(DataTypes.StringType).as("_no_id")
                    : functions.col("`" + selected[k] + "`");
        }
        Dataset<Row> picked = table.select(cols);
        TableRows convert = new TableRows(meta, idColumn != null, titleColumn == null ? -1 : meta.indexOf(titleColumn), raw);
        Dataset<Row> docs = picked.mapPartitions(convert, Encoders.row(SCHEMA));
        return new SparkDocuments(mayRepeatIds(picked, idColumn) ? firstWithId(docs) : docs, meta);
    }

    /**
     * Whether two rows that may become documents can have the same id: a query on the ids of all
     * rows (the text column is not read), and only when one repeats a second on the ids of the rows
     * with text (their length: no text is cleaned). The rows it looks at (every non-empty text)
     * and the ids it compares (the id column as text, {@code row-N} for a blank one, as the reader
     * makes them) include those of the documents, so "no" is certain and the documents need no
     * check; "yes" sends them through {@link #firstWithId}.
     */
    private static boolean mayRepeatIds(Dataset<Row> picked, String idColumn) {
        org.apache.spark.sql.Column rowId = functions.concat(functions.lit("row-"),
                functions.col("_row").plus(1).cast(DataTypes.StringType));
        org.apache.spark.sql.Column id = idColumn == null ? rowId
                : functions.when(functions.col("`" + idColumn + "`").isNull()
                        .or(functions.col("`" + idColumn + "`").cast(DataTypes.StringType).rlike("^\\p{javaWhitespace}*$")), rowId)
                .otherwise(functions.col("`" + idColumn + "`").cast(DataTypes.StringType));
        // first the ids of every row (the id column only: no text is read); only when one repeats, the
        // exact question, on the rows with text
        return repeats(picked, id) && repeats(picked.filter(functions.length(functions.col("text")).gt(0)), id);
    }

    /** Whether {@code id} has the same value on two of these rows. */
    private static boolean repeats(Dataset<Row> rows, org.apache.spark.sql.Column id) {
        return !rows.groupBy(id.as("_id")).count().filter(functions.col("count").gt(1)).limit(1).isEmpty();
    }

    /** Turns table rows into document rows (id rule, metadata text, cleaning), skipping empty documents. */
    private record TableRows(List<String> meta, boolean hasId, int titleIndex, boolean raw)
            implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> in) {
            CorpusReader.Options options = CorpusReader.Options.defaults().withRaw(raw);
            return new Skipping(in, r -> {
                String file = r.getString(0);
                long row = r.getLong(1);
                Object text = r.get(2);
                if (!(text instanceof String t)) {
                    throw CorpusException.data(file + ": row " + (row + 1) + " has no text (the 'text' column must be a string)");
                }
                String id = hasId ? FieldText.of("id", r.get(3)) : "";
                if (id.isBlank()) {
                    id = "row-" + (row + 1);
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int k = 0; k < meta.size(); k++) {
                    m.put(meta.get(k), FieldText.of(meta.get(k), r.get(k + 4)));
                }
                String title = titleIndex < 0 ? null : m.get(meta.get(titleIndex));
                Document d = CorpusReader.document(id, title, t, m, options, file + " row " + (row + 1));
                return d == null ? null : RowFactory.create(file, row, d.id(), d.text(), scalaMap(d.metadata()));
            });
        }
    }

    /** The rows {@code f} maps the input to, one at a time, leaving out those it maps to null. */
    static final class Skipping implements Iterator<Row> {
        private final Iterator<Row> in;
        private final java.util.function.Function<Row, Row> f;
        private Row next;

        Skipping(Iterator<Row> in, java.util.function.Function<Row, Row> f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public boolean hasNext() {
            while (next == null && in.hasNext()) {
                next = f.apply(in.next());
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }
    }

    // --- JSON Lines ---

    private static SparkDocuments jsonl(SparkSession spark, String path, boolean raw) {
        // lines end at \n (a CR before it is dropped below), as the engine reads JSON Lines
        Dataset<Row> lines = spark.read().option("lineSep", "\n").text(path)
                .withColumn("_file", functions.col("_metadata.file_path"))
                .withColumn("_part", functions.spark_partition_id());
        // pass 1: non-blank lines per (partition, file), for each record's row number in its file
        List<Row> counts = lines.filter((org.apache.spark.api.java.function.FilterFunction<Row>) r -> !record(r.getString(0)).isBlank())
                .groupBy("_part", "_file").count().collectAsList();
        Map<String, Long> before = new LinkedHashMap<>();
        List<Row> sorted = new ArrayList<>(counts);
        sorted.sort((a, b) -> Integer.compare(a.getInt(0), b.getInt(0)));
        Map<String, Long> running = new LinkedHashMap<>();
        for (Row c : sorted) {
            String file = c.getString(1);
            long seen = running.getOrDefault(file, 0L);
            before.put(c.getInt(0) + "\t" + file, seen);
            running.put(file, seen + c.getLong(2));
        }
        Dataset<Row> docs = lines.mapPartitions(new JsonlRows(before, raw), Encoders.row(SCHEMA));
        return new SparkDocuments(firstWithId(docs), null);
    }

    /** Parses each non-blank line with the engine's JSON Lines record parser. */
    private record JsonlRows(Map<String, Long> before, boolean raw) implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> in) {
            CorpusReader.Options options = CorpusReader.Options.defaults().withRaw(raw);
            Map<String, Long> seen = new HashMap<>();
            return new Skipping(in, r -> {
                String line = record(r.getString(0));
                if (line.isBlank()) {
                    return null;
                }
                String file = r.getString(1);
                String key = r.getInt(2) + "\t" + file;
                long row = seen.merge(key, 1L, Long::sum) + before.getOrDefault(key, 0L);
                CorpusReader.Record rec = CorpusReader.jsonlRecord(line, row, file, row);
                Document d = CorpusReader.document(rec.id(), rec.title(), rec.text(), rec.metadata(), options,
                        file + " record " + row);
                return d == null ? null : RowFactory.create(file, row, d.id(), d.text(), scalaMap(d.metadata()));
            });
        }
    }

    /** A line without the CR of a CR LF ending. */
    private static String record(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Metadata keys in order of first appearance (corpus order), as a JSON Lines corpus lists them. */
    private static List<String> keysInOrder(Dataset<Row> docs) {
        List<Row> firsts = docs.select(functions.col("_file"), functions.col("_row"),
                        functions.posexplode(functions.map_keys(functions.col("meta"))))
                .groupBy("col").agg(functions.min(functions.struct("_file", "_row", "pos")).as("first"))
                .collectAsList();
        List<Row> sorted = new ArrayList<>(firsts);
        sorted.sort((a, b) -> {
            Row x = a.getStruct(1);
            Row y = b.getStruct(1);
            int c = x.getString(0).compareTo(y.getString(0));
            if (c == 0) {
                c = Long.compare(x.getLong(1), y.getLong(1));
            }
            return c != 0 ? c : Integer.compare(x.getInt(2), y.getInt(2));
        });
        List<String> keys = new ArrayList<>();
        for (Row r : sorted) {
            keys.add(r.getString(0));
        }
        return keys;
    }

    // --- CSV ---

    private static SparkDocuments csv(SparkSession spark, List<String> files, boolean raw) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> header = csvHeader(conf, files.get(0));
        List<String> meta = new ArrayList<>(header);
        meta.remove("text");
        meta.remove(header.contains("doc") ? "doc" : "id");
        Dataset<String> paths = spark.createDataset(files, Encoders.STRING()).repartition(Math.max(1, files.size()));
        HadoopConf shipped = new HadoopConf(conf);
        Dataset<Row> docs = paths.flatMap((FlatMapFunction<String, Row>) file -> {
            List<Row> out = new ArrayList<>();
            long[] row = {0};
            Path p = new Path(file);
            try (InputStream in = p.getFileSystem(shipped.get()).open(p)) {
                CorpusReader.readCsv(in, file, CorpusReader.Options.defaults().withRaw(raw),
                        d -> out.add(RowFactory.create(file, row[0]++, d.id(), d.text(), scalaMap(d.metadata()))));
            }
            return out.iterator();
        }, Encoders.row(SCHEMA));
        return new SparkDocuments(docs, meta);
    }

    private static List<String> csvHeader(Configuration conf, String file) {
        List<String> header = new ArrayList<>();
        try {
            Path p = new Path(file);
            try (InputStream in = p.getFileSystem(conf).open(p)) {
                // the reader checks the header; its first document tells nothing about columns, so read the
                // header line through a one-row corpus
                CorpusReader.readCsv(in, file, CorpusReader.Options.defaults().withRaw(true), d -> {
                    if (header.isEmpty()) {
                        header.add("\u0000");
                        header.addAll(d.metadata().keySet());
                    }
                    throw new StopReading();
                });
            }
        } catch (StopReading e) {
            // got the first document
        } catch (IOException e) {
            throw CorpusException.data(file + ": cannot be read: " + e.getMessage());
        }
        header.remove("\u0000");
        header.add("text");
        return header;
    }

    /** Ends a CSV read after the first document. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** A Hadoop configuration for tasks (Configuration itself is Writable, not Serializable). */
    static final class HadoopConf implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, String> entries = new LinkedHashMap<>();
        private transient Configuration conf;

        HadoopConf(Configuration conf) {
            conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
        }

        Configuration get() {
            if (conf == null) {
                conf = new Configuration(false);
                entries.forEach(conf::set);
            }
            return conf;
        }
    }

    // --- common ---

    /**
     * The engine's rule for an id used twice: the first document (in corpus order) keeps it, later
     * ones are skipped. A corpus is one file or one folder of part files, and an id is unique in it.
     * Only the (usually empty) set of repeated ids meets the documents, broadcast to every task: the
     * check costs one more read of the ids (the documents are read and cleaned twice), not a shuffle
     * of the texts. A corpus with millions of repeated ids would need a shuffle join instead.
     */
    private static Dataset<Row> firstWithId(Dataset<Row> docs) {
        Dataset<Row> repeated = docs.groupBy("doc")
                .agg(functions.min(functions.struct("_file", "_row")).as("_first"), functions.count(functions.lit(1)).as("_n"))
                .filter(functions.col("_n").gt(1)).select(functions.col("doc"), functions.col("_first._file").as("_ff"),
                        functions.col("_first._row").as("_fr"));
        // broadcast: the repeated ids are few, and a sort-merge join would shuffle and sort every text
        return docs.join(functions.broadcast(repeated), scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc")).toSeq(),
                        "left_outer")
                .filter(functions.col("_ff").isNull().or(functions.col("_file").equalTo(functions.col("_ff"))
                        .and(functions.col("_row").equalTo(functions.col("_fr")))))
                .select("_file", "_row", "doc", "text", "meta");
    }

    static scala.collection.Map<String, String> scalaMap(Map<String, String> m) {
        return scala.jdk.javaapi.CollectionConverters.asScala(m);
    }

    private static List<String> files(Configuration conf, String path) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) {
                throw CorpusException.usage(path + ": no such file or folder; give a .parquet, .jsonl or .csv corpus"
                        + " (a file or a folder of part files)");
            }
            List<String> out = new ArrayList<>();
            if (fs.getFileStatus(p).isDirectory()) {
                for (FileStatus s : fs.listStatus(p)) {
                    String name = s.getPath().getName();
                    if (s.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                        out.add(s.getPath().toString());
                    }
                }
                out.sort(String::compareTo);
            } else {
                out.add(fs.getFileStatus(p).getPath().toString());
            }
            if (out.isEmpty()) {
                throw CorpusException.usage(path + ": an empty folder; give a .parquet, .jsonl or .csv corpus");
            }
            return out;
        } catch (IOException e) {
            throw CorpusException.data(path + ": cannot be read: " + e.getMessage());
        }
    }

    private static String kind(String path, List<String> files) {
        for (String name : List.of(path, files.get(0))) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".parquet")) {
                return "parquet";
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
                return "jsonl";
            }
            if (n.endsWith(".csv")) {
                return "csv";
            }
        }
        throw CorpusException.usage(path + ": unknown corpus format; give a .parquet, .jsonl or .csv corpus"
                + " (a file or a folder of part files)");
    }
}

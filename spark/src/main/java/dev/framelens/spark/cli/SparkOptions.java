package dev.framelens.spark.cli;

import dev.framelens.spark.AnalyzerSpec;
import dev.framelens.spark.FramelensSpark;
import dev.framelens.spark.SparkDocuments;
import dev.framelens.spark.SparkTable;
import dev.framelens.table.TableWriter;
import dev.framelens.text.Analyzer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;

/** What every Spark command takes: the corpus, the session, the analysis options and the output. */
final class SparkOptions {
    @Parameters(index = "0", paramLabel = "INPUT",
            description = "A Parquet, JSON Lines or CSV corpus (.parquet, .jsonl/.ndjson/.json, .csv): a file or a folder "
                    + "of part files, on any Hadoop file system (a local path, hdfs://…, s3a://…).")
    String input;

    @Option(names = "--out", paramLabel = "OUT",
            description = "Write the table here instead of printing it: OUT.parquet (or --format parquet) as Spark's "
                    + "Parquet, anything else as CSV written by the engine's table writer. OUT must not exist.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], local[*], spark://host:7077, yarn… Default: the one spark-submit "
                    + "gives, else local[*].")
    String master;

    @Option(names = "--raw", description = "Skip boilerplate cleaning (site footers, repeated headline).")
    boolean raw;

    @Option(names = "--keep-stopwords", description = "Keep English stop words in the token stream.")
    boolean keepStopwords;

    @Option(names = "--stopwords", paramLabel = "FILE", description = "Stop-word list to use instead of the shipped one.")
    Path stopwords;

    @Option(names = "--phrases", paramLabel = "FILE", description = "Phrase list to use instead of the shipped one.")
    Path phrases;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Printed: table (default), csv, json, md or html. With --out: csv (default) or parquet.")
    String format;

    @Option(names = "--csv-raw", description = "CSV cells as they are (by default a cell starting with = + - @ gets a leading ').")
    boolean csvRaw;

    SparkSession session() {
        String m = master != null ? master : System.getProperty("spark.master") != null ? null : "local[*]";
        return FramelensSpark.session(m);
    }

    SparkDocuments documents(SparkSession spark) {
        return SparkDocuments.read(spark, input, raw);
    }

    AnalyzerSpec analyzer() {
        Analyzer.Builder b = Analyzer.builder().removeStopWords(!keepStopwords);
        if (stopwords != null) {
            b.stopWordsFile(stopwords);
        }
        if (phrases != null) {
            b.phrasesFile(phrases);
        }
        return AnalyzerSpec.of(b.build());
    }

    private boolean parquetOut() {
        if (out == null) {
            return false;
        }
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (!f.isEmpty() && !f.equals("csv") && !f.equals("parquet")) {
            throw new SparkMain.UsageException("--format with --out is csv or parquet (got '" + format + "')");
        }
        return f.equals("parquet") || f.isEmpty() && out.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    private void checkNew(SparkSession spark) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(p)) {
                throw new SparkMain.UsageException(out + " exists; give --out a new path (framelens never overwrites a file)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TableWriter.CsvMode csvMode() {
        return csvRaw ? TableWriter.CsvMode.RAW : TableWriter.CsvMode.SPREADSHEET_SAFE;
    }

    /** Writes a distributed result: to --out, or printed (collected on the driver). */
    void emit(SparkTable t, SparkSession spark, PrintWriter stdout) {
        if (out == null) {
            print(t.toTable(), stdout);
            return;
        }
        boolean parquet = parquetOut();
        checkNew(spark);
        if (parquet) {
            t.writeParquet(out);
            return;
        }
        try (Writer w = open(spark)) {
            t.writeCsv(w, csvMode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a result already on the driver. */
    void emit(Table t, SparkSession spark, PrintWriter stdout) {
        if (out == null) {
            print(t, stdout);
            return;
        }
        boolean parquet = parquetOut();
        checkNew(spark);
        if (parquet) {
            SparkTable.of(spark, t).writeParquet(out);
            return;
        }
        try (Writer w = open(spark)) {
            TableWriter.write(t, TableWriter.Format.CSV, csvMode(), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Writer open(SparkSession spark) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs instanceof org.apache.hadoop.fs.LocalFileSystem) {
            return Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        }
        return new BufferedWriter(new OutputStreamWriter(fs.create(p, false), StandardCharsets.UTF_8));
    }

    private void print(Table t, PrintWriter stdout) {
        TableWriter.write(t, TableWriter.Format.parse(format == null ? "table" : format), csvMode(), stdout);
        stdout.flush();
    }
}

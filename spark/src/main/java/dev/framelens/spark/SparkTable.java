package dev.framelens.spark;

import dev.framelens.table.TableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The result of a Spark job: a distributed table whose columns and row order are those of the
 * engine's table of the same name (text, whole-number and decimal columns), sorted on the cluster.
 * Write it as Parquet (Spark's writer, part files in row order), as CSV (rows streamed to the driver
 * and written by the engine's {@link TableWriter}, so the bytes are the engine's), or bring it to the
 * driver as a Tablesaw {@link Table} when it is small.
 */
public final class SparkTable {
    /** Rows per Tablesaw chunk when streaming CSV through the driver. */
    private static final int CHUNK = 20_000;

    private final String name;
    private final Dataset<Row> rows;

    SparkTable(String name, Dataset<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** A driver table as a distributed one (to write it as Parquet); text, whole-number and decimal columns. */
    public static SparkTable of(org.apache.spark.sql.SparkSession spark, Table table) {
        StructType schema = new StructType();
        for (Column<?> c : table.columns()) {
            schema = schema.add(c.name(), sparkType(c.type()), true);
        }
        List<Row> rows = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] cells = new Object[table.columnCount()];
            for (int k = 0; k < cells.length; k++) {
                Column<?> c = table.column(k);
                cells[k] = c.isMissing(r) ? null : c.get(r);
            }
            rows.add(org.apache.spark.sql.RowFactory.create(cells));
        }
        return new SparkTable(table.name(), spark.createDataFrame(rows, schema).coalesce(1));
    }

    /** The table's name (the engine's: {@code terms}, {@code frame scores}, …). */
    public String name() {
        return name;
    }

    /** The rows, sorted; columns as in the engine's table. */
    public Dataset<Row> rows() {
        return rows;
    }

    /**
     * The whole table on the driver, at most {@code maxRows} rows (the rest is an error: write it
     * instead).
     *
     * @throws IllegalStateException when the table has more rows
     */
    public Table toTable(int maxRows) {
        List<Row> all = rows.limit(maxRows + 1).collectAsList();
        if (all.size() > maxRows) {
            throw new IllegalStateException("the " + name + " table has more than " + maxRows
                    + " rows; write it with writeCsv or writeParquet instead of collecting it on the driver");
        }
        return table(rows.schema(), all);
    }

    /** The first {@code n} rows. */
    public SparkTable limit(int n) {
        return new SparkTable(name, rows.limit(n));
    }

    /** The table on the driver (up to a million rows). */
    public Table toTable() {
        return toTable(1_000_000);
    }

    /** Writes the rows as Parquet to {@code path} (a folder of part files, in row order); it must not exist. */
    public void writeParquet(String path) {
        rows.write().mode(org.apache.spark.sql.SaveMode.ErrorIfExists).parquet(path);
    }

    /**
     * Writes the rows as CSV through the engine's {@link TableWriter}, streaming them partition by
     * partition to the driver: the same bytes as the engine's {@code --format csv}.
     */
    public void writeCsv(Writer out, TableWriter.CsvMode mode) {
        StructType schema = rows.schema();
        Iterator<Row> it = rows.toLocalIterator();
        List<Row> chunk = new ArrayList<>(CHUNK);
        boolean first = true;
        try {
            while (it.hasNext() || first) {
                chunk.clear();
                while (it.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(it.next());
                }
                StringBuilder text = new StringBuilder();
                TableWriter.write(table(schema, chunk), TableWriter.Format.CSV, mode, text);
                out.append(first ? text : text.subSequence(text.indexOf("\n") + 1, text.length()));
                first = false;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Tablesaw table of these rows. */
    Table table(StructType schema, List<Row> list) {
        List<Column<?>> columns = new ArrayList<>();
        for (StructField f : schema.fields()) {
            columns.add(column(f.name(), f.dataType()));
        }
        for (Row r : list) {
            for (int k = 0; k < columns.size(); k++) {
                Column<?> c = columns.get(k);
                if (r.isNullAt(k)) {
                    c.appendMissing();
                } else if (c instanceof StringColumn s) {
                    s.append(r.getString(k));
                } else if (c instanceof IntColumn i) {
                    i.append(r.getInt(k));
                } else if (c instanceof LongColumn l) {
                    l.append(r.getLong(k));
                } else {
                    ((DoubleColumn) c).append(r.getDouble(k));
                }
            }
        }
        return Table.create(name, columns);
    }

    private static Column<?> column(String name, DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return StringColumn.create(name);
        }
        if (type.equals(DataTypes.IntegerType)) {
            return IntColumn.create(name);
        }
        if (type.equals(DataTypes.LongType)) {
            return LongColumn.create(name);
        }
        if (type.equals(DataTypes.DoubleType)) {
            return DoubleColumn.create(name);
        }
        throw new IllegalArgumentException("column " + name + " has type " + type + "; a result table has text,"
                + " whole-number and decimal columns");
    }

    /** The Spark type of a Tablesaw column type (the reverse of {@link #column}). */
    static DataType sparkType(ColumnType type) {
        if (type == ColumnType.STRING) {
            return DataTypes.StringType;
        }
        if (type == ColumnType.INTEGER) {
            return DataTypes.IntegerType;
        }
        if (type == ColumnType.LONG) {
            return DataTypes.LongType;
        }
        if (type == ColumnType.DOUBLE) {
            return DataTypes.DoubleType;
        }
        throw new IllegalArgumentException("a result table has text, whole-number and decimal columns, not " + type);
    }
}

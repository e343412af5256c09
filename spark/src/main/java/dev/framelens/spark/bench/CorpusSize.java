package dev.framelens.spark.bench;

import dev.framelens.spark.FramelensSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/** Prints the characters of text and the documents of a Parquet corpus: {@code CHARS DOCS} (for the benchmark). */
public final class CorpusSize {
    private CorpusSize() {
    }

    public static void main(String[] args) {
        SparkSession spark = FramelensSpark.localSession(0);
        Row r = spark.read().parquet(args[0]).agg(functions.sum(functions.length(functions.col("text"))), functions.count("*"))
                .first();
        System.out.println(r.getLong(0) + " " + r.getLong(1));
        spark.stop();
    }
}

package dev.framelens.spark.cli;

import dev.framelens.spark.FramelensSpark;
import dev.framelens.spark.SparkDocuments;
import dev.framelens.spark.SparkTable;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "terms", mixinStandardHelpOptions = true,
        description = {"Term frequencies of a corpus, or of each document with --by doc: the rows of `framelens terms`.",
            "Columns: term, count, doc_freq, per_1k (corpus) or doc, term, count, per_1k, tf_idf (--by doc)."},
        footer = {"", "Examples:", "  framelens spark terms corpus.parquet --top 0 --out terms.csv",
            "  framelens spark terms hdfs:///news/2024.jsonl --by doc --out terms.parquet --master yarn"})
final class SparkTermsCommand implements Callable<Integer> {
    @Mixin
    SparkOptions options;

    @Option(names = "--by", paramLabel = "doc", description = "'doc' for one table row per document and term.")
    String by;

    @Option(names = "--top", paramLabel = "N", defaultValue = "25",
            description = "Rows (per document with --by doc); 0 keeps every row. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--ngram", paramLabel = "N", defaultValue = "1",
            description = "Count n-grams of N consecutive terms within a sentence (1 to 10). Default: ${DEFAULT-VALUE}.")
    int ngram;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (by != null && !by.equals("doc")) {
            throw new SparkMain.UsageException("--by takes 'doc' (got '" + by + "')");
        }
        if (top < 0) {
            throw new SparkMain.UsageException("--top (" + top + ") must be ≥ 0 (0 keeps every row)");
        }
        SparkSession spark = options.session();
        SparkDocuments docs = options.documents(spark);
        SparkTable t;
        if (by != null) {
            t = FramelensSpark.termsByDocument(docs, options.analyzer(), ngram, top);
        } else {
            t = FramelensSpark.terms(docs, options.analyzer(), ngram);
            if (top > 0) {
                t = t.limit(top);
            }
        }
        options.emit(t, spark, spec.commandLine().getOut());
        return 0;
    }
}

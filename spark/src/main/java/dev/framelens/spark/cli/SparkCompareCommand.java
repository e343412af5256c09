package dev.framelens.spark.cli;

import dev.framelens.framing.CompareOptions;
import dev.framelens.spark.FramelensSpark;
import dev.framelens.spark.SparkDocuments;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Terms that distinguish two groups of articles (Fightin' Words): the rows of `framelens compare`.",
            "Counts are added up per group on the cluster; the log-odds with a Dirichlet prior (Monroe, Colaresi & Quinn "
                + "2008) and the signed G² are computed on the driver from them.",
            "Groups: --by COLUMN --a V --b V; with --by alone a column with two values is compared first against second "
                + "(sorted), one with more values one-vs-rest."},
        footer = {"", "Examples:", "  framelens spark compare corpus.parquet --by outlet --a A --b B --top 0 --out words.csv"})
final class SparkCompareCommand implements Callable<Integer> {
    @Mixin
    SparkOptions options;

    @Option(names = "--by", paramLabel = "COLUMN", required = true, description = "Metadata column that defines the groups.")
    String by;

    @Option(names = "--a", paramLabel = "V", description = "Value of --by for group a.")
    String a;

    @Option(names = "--b", paramLabel = "V", description = "Value of --by for group b.")
    String b;

    @Option(names = "--alpha0", paramLabel = "A", defaultValue = "500", description = "Prior weight alpha0. Default: ${DEFAULT-VALUE}.")
    double alpha0;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1",
            description = "Leave out terms with count_a + count_b below N. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Keep the N most over-represented terms of each group; 0 keeps every term. Default: ${DEFAULT-VALUE}.")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((a == null) != (b == null)) {
            throw new SparkMain.UsageException("give both --a and --b (or neither, to compare every value of --by)");
        }
        CompareOptions o;
        try {
            o = CompareOptions.defaults().alpha0(alpha0).minCount(minCount).top(top);
        } catch (IllegalArgumentException e) {
            throw new SparkMain.UsageException(e.getMessage());
        }
        SparkSession spark = options.session();
        SparkDocuments docs = options.documents(spark);
        Table t;
        if (a != null) {
            t = FramelensSpark.compare(docs, by, a, b, o, options.analyzer());
        } else {
            List<String> values = FramelensSpark.values(docs, by);
            if (values.size() == 2) {
                spec.commandLine().getErr().println("framelens: group a = " + by + " '" + values.get(0) + "', group b = '"
                        + values.get(1) + "' (use --a and --b to choose)");
                t = FramelensSpark.compare(docs, by, values.get(0), values.get(1), o, options.analyzer());
            } else {
                t = FramelensSpark.compareOneVsRest(docs, by, o, options.analyzer());
            }
        }
        options.emit(t, spark, spec.commandLine().getOut());
        return 0;
    }
}

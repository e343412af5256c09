package dev.framelens.spark.cli;

import dev.framelens.framing.CompareOptions;
import dev.framelens.spark.AnalyzerSpec;
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
            "Groups: --by COLUMN --a V --b V, or --docs-a/--docs-b; with --by alone a column with two values is compared "
                + "first against second (sorted), one with more values one-vs-rest.",
            "--background CORPUS (any corpus this command reads, on any file system) gives the prior its add-one smoothed "
                + "term shares; it is counted on the cluster and only the groups' terms' counts reach the driver."},
        footer = {"", "Examples:", "  framelens spark compare corpus.parquet --by outlet --a A --b B --top 0 --out words.csv",
            "  framelens spark compare corpus.parquet --docs-a doc-001,doc-007 --docs-b doc-002",
            "  framelens spark compare 2024.parquet --by outlet --background archive.parquet"})
final class SparkCompareCommand implements Callable<Integer> {
    @Mixin
    SparkOptions options;

    @Option(names = "--by", paramLabel = "COLUMN", description = "Metadata column that defines the groups.")
    String by;

    @Option(names = "--a", paramLabel = "V", description = "Value of --by for group a.")
    String a;

    @Option(names = "--b", paramLabel = "V", description = "Value of --by for group b.")
    String b;

    @Option(names = "--docs-a", paramLabel = "ID,ID", split = ",", description = "Group a as article ids (or unique id prefixes).")
    List<String> docsA;

    @Option(names = "--docs-b", paramLabel = "ID,ID", split = ",", description = "Group b as article ids (or unique id prefixes).")
    List<String> docsB;

    @Option(names = "--background", paramLabel = "CORPUS",
            description = "Take the prior from this corpus (add-one smoothed term shares) instead of the two groups.")
    String background;

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
        boolean lists = docsA != null || docsB != null;
        if (lists && (docsA == null || docsB == null)) {
            throw new SparkMain.UsageException("give both --docs-a and --docs-b");
        }
        if (lists && (by != null || a != null || b != null)) {
            throw new SparkMain.UsageException("give either --by (with --a/--b) or --docs-a/--docs-b, not both");
        }
        if (!lists && by == null) {
            throw new SparkMain.UsageException("give the groups: --by COLUMN [--a V --b V], or --docs-a ID,ID --docs-b ID,ID");
        }
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
        SparkDocuments prior = background == null ? null : SparkDocuments.read(spark, background, options.raw);
        AnalyzerSpec analyzer = options.analyzer();
        Table t;
        if (lists) {
            t = FramelensSpark.compareDocuments(docs, docsA, docsB, o, analyzer, prior);
        } else if (a != null) {
            t = FramelensSpark.compare(docs, by, a, b, o, analyzer, prior);
        } else {
            List<String> values = FramelensSpark.values(docs, by);
            if (values.size() == 2) {
                spec.commandLine().getErr().println("framelens: group a = " + by + " '" + values.get(0) + "', group b = '"
                        + values.get(1) + "' (use --a and --b to choose)");
                t = FramelensSpark.compare(docs, by, values.get(0), values.get(1), o, analyzer, prior);
            } else {
                t = FramelensSpark.compareOneVsRest(docs, by, o, analyzer, prior);
            }
        }
        options.emit(t, spark, spec.commandLine().getOut());
        return 0;
    }
}

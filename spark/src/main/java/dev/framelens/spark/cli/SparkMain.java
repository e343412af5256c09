package dev.framelens.spark.cli;

import dev.framelens.corpus.CorpusException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code framelens spark}: the engine's {@code terms}, {@code frames}, {@code compare}, {@code trends}
 * and {@code cooccur} ({@code --term} or {@code --matrix}) as Spark jobs, for corpora on a cluster's file system. The main class of {@code framelens-spark.jar}
 * ({@code spark-submit --class dev.framelens.spark.cli.SparkMain framelens-spark.jar terms IN --out OUT})
 * and of {@code ./framelens spark}. Exit codes as the engine's: 0 success, 1 bad data, 2 usage error;
 * errors are one line.
 */
@Command(name = "framelens spark", mixinStandardHelpOptions = true,
        description = {"framelens on Apache Spark: the tables of `framelens terms`, `frames`, `compare`, `trends` and "
                + "`cooccur` (--term, --matrix), computed by a cluster or a local session, row for row the engine's.",
            "Corpora: Parquet, JSON Lines or CSV, a file or a folder of part files, on any Hadoop file system path."},
        subcommands = {SparkTermsCommand.class, SparkFramesCommand.class, SparkCompareCommand.class,
            SparkTrendsCommand.class, SparkCooccurCommand.class,
            CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
    static final int BAD_DATA = 1;
    static final int USAGE = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0 || System.getProperty("spark.master") == null) {
            System.exit(code);
        }
    }

    /** Runs a command and returns its exit code (for tests). */
    public static int run(String... args) {
        Locale.setDefault(Locale.ROOT);
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("framelens: " + oneLine(ex.getMessage()) + " (see: framelens "
                    + ex.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^framelens ?", "") + " --help)");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            Throwable cause = known(ex);
            c.getErr().println("framelens: " + oneLine(cause == null ? "internal error: " + ex
                    + " (set FRAMELENS_DEBUG=1 for the stack trace)" : cause.getMessage()));
            if (System.getenv("FRAMELENS_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            if (cause instanceof CorpusException ce) {
                return ce.isUsageError() ? USAGE : BAD_DATA;
            }
            return cause instanceof IllegalArgumentException || cause instanceof UsageException ? USAGE : BAD_DATA;
        });
        return cli.execute(args);
    }

    /**
     * The engine's own error inside what Spark wraps it in (a task failure carries it as a cause):
     * a corpus or argument error, or an I/O error; null for anything else.
     */
    static Throwable known(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof CorpusException || t instanceof UsageException
                    || t instanceof IllegalArgumentException && t.getClass() == IllegalArgumentException.class
                    || t instanceof java.io.FileNotFoundException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static String oneLine(String message) {
        return String.valueOf(message).replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** A wrong argument found while running (exit 2). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}

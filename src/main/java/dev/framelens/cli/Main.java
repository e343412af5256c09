package dev.framelens.cli;

import dev.framelens.corpus.CorpusException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code framelens} command line. Exit codes: 0 success, 1 bad data (unreadable or invalid
 * input), 2 usage error (wrong arguments, missing path). Errors are one line on stderr, never a
 * stack trace (set {@code FRAMELENS_DEBUG=1} to see one).
 */
@Command(name = "framelens",
        mixinStandardHelpOptions = true,
        version = "framelens 0.1.0",
        description = "Shows how different outlets frame the same news story.%n",
        footer = {"",
            "Run `framelens COMMAND --help` for a command's options and an example.",
            "The launcher script also offers: shell (JShell with the engine), bench (JMH benchmarks),",
            "notebook (JupyterLab with the framelens kernel), test (the whole test suite),",
            "fuzz [MINUTES] (Jazzer fuzzing of the input parsers)."})
public final class Main implements Runnable {

    /**
     * The subcommands, in the order {@code --help} lists them. They are registered here rather than
     * in the annotation so that a run builds only the command it runs (picocli builds a command's
     * model, options and mixins by reflection, which is most of the start-up of a short run).
     */
    private static final Object[][] SUBCOMMANDS = {
        {"tokens", TokensCommand.class},
        {"terms", TermsCommand.class},
        {"cooccur", CooccurCommand.class},
        {"collocations", CollocationsCommand.class},
        {"kwic", KwicCommand.class},
        {"frames", FramesCommand.class},
        {"evidence", EvidenceCommand.class},
        {"compare", CompareCommand.class},
        {"actors", ActorsCommand.class},
        {"similarity", SimilarityCommand.class},
        {"quotes", QuotesCommand.class},
        {"trends", TrendsCommand.class},
        {"lexicon", LexiconCommand.class},
        {"validate", ValidateCommand.class},
        {"report", ReportCommand.class},
        {"kernel", dev.framelens.notebook.KernelCommand.class},
    };

    public static final int BAD_DATA = 1;
    public static final int USAGE = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Starts initialising Tablesaw's {@code Table} class on a background daemon thread, for a command
     * that will build tables after reading its corpus. {@code Table}'s static initialiser scans the
     * whole class path with ClassGraph for readers and writers (about half a second in the shaded
     * jar); begun here, that scan overlaps the reading and analysis instead of following them. The
     * thread that first needs the class waits for the initialisation to finish (the JVM's class
     * initialisation lock), so nothing sees a half-made class; a failure is left for that thread to
     * meet and report. The same thread then initialises unbescape's {@code HtmlEscapeSymbols}, the
     * HTML4 and HTML5 entity tables that Tablesaw's chart templates (Pebble's escape filter) build
     * at the first chart they render (about 80 ms on the main thread, from a JFR profile of the
     * report on the 10 MB Europarl folder).
     */
    static void preloadTablesaw() {
        Thread t = new Thread(() -> {
            for (String c : new String[] {"tech.tablesaw.api.Table", "org.unbescape.html.HtmlEscapeSymbols"}) {
                try {
                    Class.forName(c, true, Main.class.getClassLoader());
                } catch (Throwable ignored) {
                    // the command's own first use of the class meets the same error and reports it
                }
            }
            try {
                // the report lists its files by SHA-256 at the very end, on the main thread: load the
                // provider and get the compression loop compiled now (a megabyte, ~20 ms here)
                java.security.MessageDigest.getInstance("SHA-256").digest(new byte[1 << 20]);
            } catch (Throwable ignored) {
                // the report's own hashing meets the same error and reports it
            }
        }, "framelens-preload-tablesaw");
        t.setDaemon(true);
        t.start();
    }

    /** Runs the CLI and returns the exit code (used by tests). */
    public static int run(String... args) {
        Locale.setDefault(Locale.ROOT);
        CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("framelens: " + message(e));
            return BAD_DATA;
        }
    }

    /** The configured picocli command line with framelens' error handling and every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * {@link #commandLine()} with only subcommand {@code only} when that names one (what a run of
     * it needs), else with all of them (for the help, an unknown name or an option).
     */
    static CommandLine commandLine(String only) {
        CommandLine cli = new CommandLine(new Main());
        boolean one = false;
        for (Object[] sub : SUBCOMMANDS) {
            one |= sub[0].equals(only);
        }
        for (Object[] sub : SUBCOMMANDS) {
            if (!one || sub[0].equals(only)) {
                cli.addSubcommand((String) sub[0], sub[1]);
            }
        }
        if (!one) {
            cli.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionStrategy(parsed -> {
            OptionBounds.check(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("framelens: " + oneLine(ex.getMessage()) + " (see: framelens "
                    + c.getCommandSpec().qualifiedName(" ").replaceFirst("^framelens ?", "") + " --help)");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("framelens: " + oneLine(message(ex)));
            if (System.getenv("FRAMELENS_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            return exitCode(ex);
        });
        return cli;
    }

    static String message(Throwable ex) {
        if (ex instanceof CorpusException || ex instanceof IllegalArgumentException
                || ex instanceof UsageException) {
            return ex.getMessage();
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory; give Java more heap (JAVA_OPTS=-Xmx4g ./framelens …), or ask for less at once"
                    + " (cooccur --term keeps only that term's pairs; --matrix N keeps the pairs of N terms)";
        }
        if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            return "I/O error: " + (ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage());
        }
        return "internal error: " + ex + " (set FRAMELENS_DEBUG=1 for the stack trace, and please report it)";
    }

    /** An error message on one line whatever it quotes: line breaks become {@code \n}. */
    static String oneLine(String message) {
        return String.valueOf(message).replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r");
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof CorpusException ce) {
            return ce.isUsageError() ? USAGE : BAD_DATA;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof UsageException) {
            return USAGE;
        }
        return BAD_DATA;
    }

    /** A wrong argument found while running (exit 2). */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }
}

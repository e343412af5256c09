package dev.framelens.cli;

import dev.framelens.framing.ValidationFile;
import dev.framelens.framing.ValidationScore;
import dev.framelens.framing.ValidationUnit;
import dev.framelens.table.TableWriter;
import dev.framelens.table.ValidationTables;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores a coded validation sample: precision, recall and the coders' agreement.",
            "",
            "--level chooses the table:",
            "  side           (default) per side: hits, units, correct, wrong, unsure, uncoded, precision with its "
                + "Wilson 95 %% interval (precision_low, precision_high; strata weighted by stratum_size), sentences "
                + "coded as the side, and recall with its interval;",
            "  category       per category (one stratum each): side, category, hits, the counts, precision and interval; "
                + "the negated_alarm row is the precision of the negation flip;",
            "  entry          per entry, its non-negated and negated hits apart;",
            "  review         the entries to review first: at least --min-units coded units, lowest precision_low first;",
            "  agreement      with SECOND_CODER.csv: per unit kind and overall, units both coded, agreed, agreement, "
                + "Krippendorff's alpha (nominal) and Cohen's kappa;",
            "  disagreements  with SECOND_CODER.csv: the units coded differently, to adjudicate.",
            "",
            "unsure and uncoded units are left out of precision and counted. Recall of side S: among the sentences "
                + "coded S, the share (weighted by stratum_size / coded rows of the stratum) whose stratum has hits of "
                + "side S. Precision and recall come from FILE; SECOND_CODER.csv only adds agreement. A code that is "
                + "not allowed fails with the file, line and the allowed codes (exit 1)."},
        footer = {"", "Examples:", "  framelens validate score coding.csv", "  framelens validate score coding.csv --level review",
            "  framelens validate score coder1.csv coder2.csv --level agreement --format md"})
final class ValidateScoreCommand implements Callable<Integer> {
    /** The tables --level chooses from. */
    enum Level { SIDE, CATEGORY, ENTRY, REVIEW, AGREEMENT, DISAGREEMENTS }

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The coded file (written by validate sample).")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SECOND_CODER.csv",
            description = "A second coder's coding of the same sample.")
    Path second;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "side",
            description = "side, category, entry, review, agreement or disagreements. Default: ${DEFAULT-VALUE}.")
    String level;

    @Option(names = "--min-units", paramLabel = "N", defaultValue = "" + ValidationScore.DEFAULT_MIN_UNITS,
            description = "Fewest coded units of an entry in the review table. Default: ${DEFAULT-VALUE}.")
    int minUnits;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TableWriter.Format f = output.format();
        Level l = parseLevel(level);
        if (minUnits < 1) {
            throw new Main.UsageException("--min-units (" + minUnits + ") must be ≥ 1");
        }
        if ((l == Level.AGREEMENT || l == Level.DISAGREEMENTS) && second == null) {
            throw new Main.UsageException("--level " + level + " needs a second coder's file: framelens validate score "
                    + file + " SECOND_CODER.csv --level " + level);
        }
        List<ValidationUnit> units = ValidationFile.read(file);
        List<ValidationUnit> other = null;
        if (second != null) {
            other = ValidationFile.read(second);
            ValidationScore.checkSameSample(file.toString(), units, second.toString(), other);
        }
        Table t = switch (l) {
            case SIDE -> ValidationTables.sides(ValidationScore.sides(units));
            case CATEGORY -> ValidationTables.categories(ValidationScore.categories(units));
            case ENTRY -> ValidationTables.entries("precision by entry", ValidationScore.entries(units));
            case REVIEW -> ValidationTables.entries("entries to review", ValidationScore.review(units, minUnits));
            case AGREEMENT -> ValidationTables.agreement(ValidationScore.agreement(units, other));
            case DISAGREEMENTS -> ValidationTables.disagreements(ValidationScore.disagreements(units, other));
        };
        PrintWriter out = spec.commandLine().getOut();
        TableWriter.write(t, f, output.csvMode(), out);
        out.flush();
        return 0;
    }

    private static Level parseLevel(String s) {
        for (Level l : Level.values()) {
            if (l.name().equalsIgnoreCase(s.strip())) {
                return l;
            }
        }
        throw new Main.UsageException("--level '" + s + "' must be one of side, category, entry, review, agreement, "
                + "disagreements");
    }
}

package dev.framelens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the frame measure against human coding, on your own corpus.",
            "",
            "  sample  draws a stratified random sample of lexicon hits and sentences into a CSV file to code;",
            "  score   reads the coded file back: precision per side, category and entry with Wilson 95 %% "
                + "intervals, recall per side, and with a second coder's file Krippendorff's alpha and Cohen's kappa.",
            "",
            "The estimators are described in the README (Validating the frame measure)."},
        subcommands = {ValidateSampleCommand.class, ValidateScoreCommand.class},
        footer = {"", "Examples:", "  framelens validate sample seeds --n 200 --out coding.csv",
            "  framelens validate score coding.csv", "  framelens validate score coder1.csv coder2.csv --level agreement"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().println("framelens: validate needs a subcommand: sample or score");
        return Main.USAGE;
    }
}

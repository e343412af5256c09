package dev.framelens.cli;

import dev.framelens.corpus.Corpus;
import dev.framelens.framing.FrameAnalysis;
import dev.framelens.framing.ValidationFile;
import dev.framelens.framing.ValidationSample;
import dev.framelens.framing.ValidationUnit;
import dev.framelens.Framelens;
import dev.framelens.table.ValidationTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Draws a stratified random sample of validation units into a CSV file for coders.",
            "",
            "Strata: the non-negated hits of each lexicon category (hit:<category>), the negated alarm hits "
                + "(hit:negated_alarm), and every sentence by the sides of its hits (sentence:none, sentence:alarm, "
                + "sentence:reassurance, sentence:both). Half of --n goes to sentences (half of that to hit-free ones, "
                + "a sixth to each other stratum), the rest to hits, equally per stratum; a stratum smaller than its "
                + "share gives the rest to the others. Rows come in random order; the same corpus, lexicon, --n and "
                + "--seed give the same file.",
            "",
            "Columns: id, unit (hit or sentence), doc, sentence, start, end (offsets of the hit, or of the sentence), "
                + "text (the sentence as written), matched, entry, category, side, negated, stratum, stratum_size "
                + "(hits or sentences of the stratum in the corpus: the sampling weight is stratum_size / rows of the "
                + "stratum), and an empty code column. Coders write correct, wrong or unsure for a hit (is it a cue of "
                + "its side here? for a negated hit: is the flip right?) and alarm, reassurance or neither for a "
                + "sentence. UTF-8 with a byte-order mark; cells that a spreadsheet would run as a formula get a "
                + "leading '.",
            "",
            "Prints the strata (stratum, unit, side, category, stratum_size, sampled, weight). Never overwrites: "
                + "an existing --out is refused (exit 2)."},
        footer = {"", "Examples:", "  framelens validate sample seeds --out coding.csv",
            "  framelens validate sample speeches/ --n 600 --seed 7 --lexicon my-lexicon.tsv --out speeches-coding.csv"})
final class ValidateSampleCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    FramesCommand.LexiconOption lexicon;

    @Option(names = "--n", paramLabel = "N", defaultValue = "" + ValidationSample.DEFAULT_UNITS,
            description = "Units to draw. Default: ${DEFAULT-VALUE}.")
    @OptionBounds.Range(min = 1, max = 1_000_000)
    int n;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the draw. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "The coding file to write (must not exist).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = out.toAbsolutePath();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(out);
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new Main.UsageException("--out " + out + ": no folder " + dir + "; create it first");
        }
        PrintWriter err = spec.commandLine().getErr();
        Corpus c = corpus.read(err);
        Framelens f = corpus.framelens(c, err);
        FrameAnalysis analysis = f.frameAnalysis(lexicon.lexicon(corpus.corpus), null);
        ValidationSample sample = ValidationSample.draw(c, analysis, n, seed);
        writeNew(target, ValidationFile.toString(sample.units()));
        long hits = sample.units().stream().filter(u -> u.kind() == ValidationUnit.Kind.HIT).count();
        err.println("framelens: wrote " + sample.units().size() + " units (" + hits + " hits, "
                + (sample.units().size() - hits) + " sentences) to " + out + "; fill in its code column");
        corpus.print(ValidationTables.strata(sample), spec.commandLine().getOut());
        return 0;
    }

    private static Main.UsageException exists(Path file) {
        return new Main.UsageException(file + " exists; framelens never overwrites a file: choose another --out");
    }

    /**
     * Writes a file that must not exist: into a temporary file beside it, then linked (or moved)
     * into place, which fails if the name was taken meanwhile; never a half-written file.
     */
    static void writeNew(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                throw exists(target);
            } catch (UnsupportedOperationException | FileSystemException e) {
                try {
                    Files.move(tmp, target);
                } catch (FileAlreadyExistsException again) {
                    throw exists(target);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package dev.framelens.spark.cli;

import dev.framelens.framing.StoryPack;
import dev.framelens.spark.LexiconSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The lexicon options of the commands that score frames ({@code frames}, {@code trends}), as the engine's. */
final class SparkLexiconOptions {
    @Option(names = "--lexicon", paramLabel = "FILE", description = "Frame lexicon instead of the shipped one and the packs.")
    Path lexicon;

    @Option(names = "--pack", paramLabel = "FILE", description = "Story pack on top of the lexicon; repeatable.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--no-packs", description = "Leave out the story packs the corpus lists.")
    boolean noPacks;

    /**
     * The lexicon for the corpus at {@code input}: --lexicon or the shipped one, the packs a local
     * corpus lists (unless --lexicon or --no-packs), then the --pack ones; parsed once here, so a bad
     * file is reported before a job starts.
     */
    LexiconSpec spec(String input) {
        LexiconSpec spec = lexicon == null ? LexiconSpec.shipped() : LexiconSpec.file(lexicon);
        Path local = Path.of(input.replaceFirst("^file:", ""));
        if (lexicon == null && !noPacks && !input.matches("^[a-z][a-z0-9+.-]*://.*") && Files.exists(local)) {
            spec = spec.withPacks(StoryPack.listed(local));
        }
        for (Path p : packs) {
            spec = spec.withPack(p);
        }
        spec.lexicon();
        return spec;
    }
}

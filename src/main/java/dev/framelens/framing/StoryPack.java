package dev.framelens.framing;

import dev.framelens.text.WordList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A story pack: lexicon entries (and optionally actors) bound to one story, loaded on top of the
 * general lexicon. The general lexicon ({@link Lexicon#shipped()}) holds cues that read the same way
 * in any English political or news text; a pack holds what only one story needs, such as the
 * Putin–Kim pack's anti-US blocs, "hermit kingdom" and the supply limits ("small quantities",
 * "cannot manufacture") that are reassurance in that story. Immutable.
 *
 * <h2>Files</h2>
 * A pack is a lexicon file in the general lexicon's format ({@code lexicons/putin-kim.tsv}); its
 * actors, if it has any, are beside it with the same name and {@value #ACTORS_SUFFIX} instead of
 * {@code .tsv} ({@code lexicons/putin-kim.actors.tsv}, the {@link Actors} format).
 *
 * <h2>Packs a corpus asks for</h2>
 * A corpus lists the packs it is read with in a small file, {@value #LIST} (one path a line,
 * relative to that file; {@code #} comments and blank lines ignored): inside a corpus folder
 * ({@code seeds/framelens.packs}), or beside a corpus file with the file's name plus
 * {@code .packs} ({@code speeches.jsonl.packs}). {@code Framelens.load} and every framing command
 * read it, so the seeds are scored with the Putin–Kim pack by default; {@code --no-packs} (or
 * {@code Framelens.of}) leaves it out, {@code --lexicon FILE} replaces the shipped lexicon and the
 * listed packs, and {@code --pack FILE} adds a pack to any corpus.
 *
 * @param source  the pack file as given
 * @param lexicon its entries (a lexicon of their own, merged with {@link Lexicon#withPack})
 * @param actors  its actors, or {@code null} when it has none
 */
public record StoryPack(String source, Lexicon lexicon, Actors actors) {

    /** Name of the file in a corpus folder that lists the corpus's packs. */
    public static final String LIST = "framelens.packs";

    /** What a corpus file's pack list adds to its name: {@code speeches.jsonl.packs}. */
    public static final String LIST_SUFFIX = ".packs";

    /** What replaces {@code .tsv} in the name of a pack's actor file. */
    public static final String ACTORS_SUFFIX = ".actors.tsv";

    public StoryPack {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * Reads a pack: its lexicon file and, when it exists, the actor file beside it.
     *
     * @throws IllegalArgumentException with one line naming the file (and line) of the problem
     */
    public static StoryPack read(Path file) {
        Lexicon lexicon = Lexicon.read(file);
        Path actorFile = actorsFile(file);
        Actors actors = Files.isRegularFile(actorFile) ? Actors.read(actorFile) : null;
        return new StoryPack(file.toString(), lexicon, actors);
    }

    /** Where a pack's actors are: {@code x.tsv} → {@code x.actors.tsv} (other names: name + {@value #ACTORS_SUFFIX}). */
    public static Path actorsFile(Path pack) {
        String name = pack.getFileName().toString();
        String base = name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
        return pack.resolveSibling(base + ACTORS_SUFFIX);
    }

    /**
     * The file that lists a corpus's packs: {@code CORPUS/}{@value #LIST} for a folder, the corpus file
     * plus {@value #LIST_SUFFIX} for a file. It need not exist.
     */
    public static Path listFile(Path corpus) {
        if (Files.isDirectory(corpus)) {
            return corpus.resolve(LIST);
        }
        return corpus.resolveSibling(corpus.getFileName() + LIST_SUFFIX);
    }

    /**
     * The packs a corpus lists in its {@link #listFile}, read; none when it has no such file.
     *
     * @throws IllegalArgumentException naming the list file and line of a pack that cannot be read,
     *                                  or the pack file and line of a bad row
     */
    public static List<StoryPack> listed(Path corpus) {
        Path list = listFile(corpus);
        List<StoryPack> out = new ArrayList<>();
        if (!Files.isRegularFile(list)) {
            return out;
        }
        List<String> lines = WordList.fileLines(list);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (WordList.skip(line)) {
                continue;
            }
            Path pack = list.resolveSibling(line.strip()).normalize();
            if (!Files.isRegularFile(pack)) {
                throw new IllegalArgumentException(list + ":" + n + ": pack '" + line.strip() + "' (" + pack
                        + ") is not a file; fix the path (relative to " + LIST + ") or run with --no-packs");
            }
            out.add(read(pack));
        }
        return out;
    }

    /**
     * {@code base} with the packs' entries added in order ({@link Lexicon#withPack}).
     *
     * @throws IllegalArgumentException naming the pack file and line of an entry already present
     */
    public static Lexicon apply(Lexicon base, List<StoryPack> packs) {
        Lexicon out = base;
        for (StoryPack p : packs) {
            out = out.withPack(p.lexicon());
        }
        return out;
    }

    /**
     * The packs' actors merged in order ({@link Actors#withMore}), or {@code null} when none has actors.
     *
     * @throws IllegalArgumentException naming the actor file and line of a term given twice
     */
    public static Actors actors(List<StoryPack> packs) {
        Actors out = null;
        for (StoryPack p : packs) {
            if (p.actors() != null) {
                out = out == null ? p.actors() : out.withMore(p.actors());
            }
        }
        return out;
    }
}

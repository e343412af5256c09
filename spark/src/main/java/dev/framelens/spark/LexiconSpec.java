package dev.framelens.spark;

import dev.framelens.framing.Lexicon;
import dev.framelens.framing.StoryPack;
import dev.framelens.text.WordList;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A frame {@link Lexicon} in a form Spark can ship to executors once (as a broadcast): the lines of
 * its base file (none: the shipped lexicon) and of each story pack on top, with the names the
 * engine gives them in messages. An executor parses them once per JVM ({@link #lexicon()}) exactly
 * as {@link Lexicon#read} and {@link StoryPack#apply} do on one machine, so the categories, entries
 * and their order are the engine's.
 */
public final class LexiconSpec implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<LexiconSpec, Lexicon> BUILT = new ConcurrentHashMap<>();

    private final String baseSource;
    private final ArrayList<String> baseLines;
    private final ArrayList<String> packSources = new ArrayList<>();
    private final ArrayList<ArrayList<String>> packLines = new ArrayList<>();

    private LexiconSpec(String baseSource, List<String> baseLines) {
        this.baseSource = baseSource;
        this.baseLines = baseLines == null ? null : new ArrayList<>(baseLines);
    }

    /** The shipped lexicon. */
    public static LexiconSpec shipped() {
        return new LexiconSpec(null, null);
    }

    /** A lexicon file instead of the shipped one (read now, on the driver). */
    public static LexiconSpec file(Path file) {
        return new LexiconSpec(file.toString(), WordList.fileLines(file));
    }

    /** This lexicon with a story pack on top (its file read now); the pack's actors are not used. */
    public LexiconSpec withPack(Path pack) {
        LexiconSpec out = new LexiconSpec(baseSource, baseLines);
        out.packSources.addAll(packSources);
        out.packLines.addAll(packLines);
        out.packSources.add(pack.toString());
        out.packLines.add(new ArrayList<>(WordList.fileLines(pack)));
        return out;
    }

    /** This lexicon with every pack of {@code packs} on top, in order (the packs' own files, read again). */
    public LexiconSpec withPacks(List<StoryPack> packs) {
        LexiconSpec out = this;
        for (StoryPack p : packs) {
            out = out.withPack(Path.of(p.source()));
        }
        return out;
    }

    /**
     * The lexicon, parsed once per JVM for equal specs; fails on the driver first (call it there to
     * report a bad file before a job starts).
     */
    public Lexicon lexicon() {
        return BUILT.computeIfAbsent(this, LexiconSpec::build);
    }

    private Lexicon build() {
        Lexicon out = baseLines == null ? Lexicon.shipped() : Lexicon.parse(baseSource, baseLines, Lexicon.shippedNegators());
        for (int k = 0; k < packSources.size(); k++) {
            out = out.withPack(Lexicon.parse(packSources.get(k), packLines.get(k), Lexicon.shippedNegators()));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LexiconSpec s && java.util.Objects.equals(baseSource, s.baseSource)
                && java.util.Objects.equals(baseLines, s.baseLines) && packSources.equals(s.packSources)
                && packLines.equals(s.packLines);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(baseSource, baseLines, packSources, packLines);
    }
}

package dev.framelens.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The real corpora, loaded once per trial into non-final fields (so the JIT cannot fold them):
 * {@code -p corpus=europarl} selects one.
 */
@State(Scope.Benchmark)
public class Input {
    @Param({Corpora.SEEDS, Corpora.EUROPARL})
    public String corpus;

    /** The loaded corpus; non-final on purpose. */
    public Texts texts;
    /** {@code texts.texts}, for the loops. */
    public String[] docs;

    @Setup(Level.Trial)
    public void load() {
        texts = Corpora.load(corpus);
        docs = texts.texts;
    }
}

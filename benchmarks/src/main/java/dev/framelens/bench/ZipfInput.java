package dev.framelens.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Seeded Zipfian synthetic text (see {@link Corpora#zipf}); {@code -p mb=64} selects a size. */
@State(Scope.Benchmark)
public class ZipfInput {
    @Param({"1", "8", "64"})
    public int mb;

    public Texts texts;
    public String[] docs;

    @Setup(Level.Trial)
    public void load() {
        texts = Corpora.load("zipf-" + mb);
        docs = texts.texts;
    }
}

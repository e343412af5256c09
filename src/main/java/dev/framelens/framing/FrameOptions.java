package dev.framelens.framing;

import dev.framelens.stats.Bootstrap;
import java.util.Objects;

/**
 * How frames are scored: the lexicon, and the bootstrap behind each document's interval.
 * Immutable; change one setting with the {@code with…}-style methods.
 *
 * <p><b>Seeds.</b> Each document's bootstrap uses its own seed, {@link #seedFor(String)} =
 * {@code seed XOR fnv1a64(doc id)} (64-bit FNV-1a over the id's UTF-16 code units), so a document's
 * interval depends only on its own sentences, the base seed and the number of resamples: it does not
 * move when other documents are added, removed or reordered. The default base seed is
 * {@value #DEFAULT_SEED}.
 *
 * @param lexicon   the frame lexicon (with its negators)
 * @param resamples bootstrap replicates per document, ≥ 0 (0: no interval, ci_low and ci_high NaN);
 *                  default {@value Bootstrap#DEFAULT_RESAMPLES}
 * @param seed      base seed of the bootstrap
 * @param level     coverage of the percentile interval, strictly between 0 and 1; default 0.95
 */
public record FrameOptions(Lexicon lexicon, int resamples, long seed, double level) {

    /** The base seed unless the caller sets another. */
    public static final long DEFAULT_SEED = 42L;

    public FrameOptions {
        Objects.requireNonNull(lexicon, "lexicon");
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples (" + resamples + ") must be ≥ 0 (0 skips the interval; default "
                    + Bootstrap.DEFAULT_RESAMPLES + ")");
        }
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("level (" + level + ") must be strictly between 0 and 1, e.g. 0.95");
        }
    }

    /** The shipped lexicon, {@value Bootstrap#DEFAULT_RESAMPLES} resamples, seed {@value #DEFAULT_SEED}, level 0.95. */
    public static FrameOptions defaults() {
        return new FrameOptions(Lexicon.shipped(), Bootstrap.DEFAULT_RESAMPLES, DEFAULT_SEED, Bootstrap.DEFAULT_LEVEL);
    }

    /** These options with another lexicon. */
    public FrameOptions lexicon(Lexicon other) {
        return new FrameOptions(other, resamples, seed, level);
    }

    /** These options with another number of resamples. */
    public FrameOptions resamples(int n) {
        return new FrameOptions(lexicon, n, seed, level);
    }

    /** These options with another base seed. */
    public FrameOptions seed(long s) {
        return new FrameOptions(lexicon, resamples, s, level);
    }

    /** These options with another interval level. */
    public FrameOptions level(double l) {
        return new FrameOptions(lexicon, resamples, seed, l);
    }

    /** The bootstrap seed of document {@code doc}: {@code seed XOR fnv1a64(doc)}. */
    public long seedFor(String doc) {
        return seed ^ fnv1a64(doc);
    }

    /** 64-bit FNV-1a (Fowler, Noll, Vo) over the UTF-16 code units of {@code s}, each as two bytes, high first. */
    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= (c >>> 8);
            h *= 0x100000001b3L;
            h ^= (c & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

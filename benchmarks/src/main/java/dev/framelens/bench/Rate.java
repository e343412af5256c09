package dev.framelens.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary JMH results next to the primary score (passes over the corpus per second):
 * {@code bytes} (UTF-8 input bytes) and {@code tokens} (tokens the benchmark produced) per second.
 *
 * <p>{@link AuxCounters.Type#OPERATIONS} counters are normalised like the primary result, so in
 * throughput mode JMH prints them as rates: {@code ·bytes} in bytes/s (divide by 10^6 for MB/s)
 * and {@code ·tokens} in tokens/s. A benchmark adds to them once per operation, after its loop.
 * They are reset at the start of every iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Rate {
    /** UTF-8 bytes of input text processed. */
    public long bytes;
    /** Tokens produced (each implementation counts what it emits; see the benchmark's Javadoc). */
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
        tokens = 0;
    }

    /** Records one pass over {@code input} that produced {@code tokenCount} tokens. */
    public void pass(Texts input, long tokenCount) {
        bytes += input.utf8Bytes;
        tokens += tokenCount;
    }
}

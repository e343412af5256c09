package dev.framelens.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Analysis on a worker thread, counting on another: a recorder analyses documents with its own
 * {@link Analyzer.Stream} and private {@link TermInterner}, and records each document's kept terms
 * (local id, offsets, sentence) as a {@link Recording}. {@link Recording#replay} later sends that
 * stream to a {@link TermSink} with the ids of the consumer's interner, exactly as
 * {@code analyzer.stream(consumerInterner).analyze(text, sink)} would have: the same terms, offsets,
 * sentences and positions, and — because unknown terms are interned into the consumer's interner at
 * their first use, in stream order — the same ids.
 *
 * <p>Threads: {@link #record} runs on one thread (the worker's), {@link Recording#replay} on
 * another (the consumer's), and the recordings of one recorder must be replayed in the order they
 * were recorded, each once, into one consumer interner. A recording carries the terms its worker
 * saw for the first time, so the consumer never reads the worker's interner.
 */
public final class TermRecorder {
    private final Analyzer.Stream stream;
    private final TermInterner local;
    /** Consumer-side translation from this recorder's local ids (touched by replay only). */
    private final Translation translation = new Translation();
    /** Local ids below this were sent with an earlier recording. */
    private int sent;
    private int recorded;
    private final TermBuffer terms = new TermBuffer();

    /**
     * @param analyzer the pipeline (the consumer must use the same one)
     * @param local    a new, empty interner owned by this recorder's thread
     */
    public TermRecorder(Analyzer analyzer, TermInterner local) {
        this.local = Objects.requireNonNull(local, "local");
        this.stream = analyzer.stream(local);
    }

    /** Analyses {@code text} and records its kept terms. */
    public Recording record(String text) {
        terms.clear();
        stream.analyze(text, terms);
        int now = local.size();
        String[] fresh = new String[now - sent];
        for (int k = 0; k < fresh.length; k++) {
            fresh[k] = local.term(sent + k);
        }
        int size = terms.size();
        Recording r = new Recording(translation, recorded++, sent, fresh, Arrays.copyOf(terms.ids(), size),
                Arrays.copyOf(terms.starts(), size), Arrays.copyOf(terms.ends(), size),
                Arrays.copyOf(terms.sentences(), size));
        sent = now;
        return r;
    }

    /** One document's recorded term stream. Immutable once made; replayed on the consumer's thread. */
    public static final class Recording {
        private final Translation translation;
        private final int sequence;
        private final int firstNew;
        private final String[] fresh;
        private final int[] ids;
        private final int[] starts;
        private final int[] ends;
        private final int[] sentences;

        Recording(Translation translation, int sequence, int firstNew, String[] fresh, int[] ids, int[] starts,
                  int[] ends, int[] sentences) {
            this.translation = translation;
            this.sequence = sequence;
            this.firstNew = firstNew;
            this.fresh = fresh;
            this.ids = ids;
            this.starts = starts;
            this.ends = ends;
            this.sentences = sentences;
        }

        /** Number of kept terms. */
        public int size() {
            return ids.length;
        }

        /**
         * Sends the recorded terms to {@code sink} with {@code interner}'s ids (interning terms it
         * has not seen), positions 1, 2, …
         *
         * @throws IllegalStateException when replayed out of order, twice, or into another interner
         */
        public void replay(TermInterner interner, TermSink sink) {
            int[] global = translation.accept(this, interner);
            String[] terms = translation.terms;
            for (int i = 0; i < ids.length; i++) {
                int id = ids[i];
                int g = global[id];
                if (g < 0) {
                    g = interner.intern(terms[id]);
                    global[id] = g;
                }
                sink.term(g, starts[i], ends[i], sentences[i], i + 1);
            }
        }
    }

    /** Local id → consumer id, filled as recordings are replayed. */
    private static final class Translation {
        private TermInterner target;
        private int next;
        private String[] terms = new String[0];
        private int[] global = new int[0];
        private int known;

        int[] accept(Recording r, TermInterner interner) {
            if (r.sequence != next || r.firstNew != known) {
                throw new IllegalStateException("recording " + r.sequence + " replayed out of order (expected "
                        + next + "); replay each recording once, in the order recorded");
            }
            if (target == null) {
                target = interner;
            } else if (target != interner) {
                throw new IllegalStateException("the recordings of one TermRecorder must be replayed into one interner");
            }
            next++;
            int n = known + r.fresh.length;
            if (n > terms.length) {
                int cap = Math.max(n, terms.length * 2);
                terms = Arrays.copyOf(terms, cap);
                int old = global.length;
                global = Arrays.copyOf(global, cap);
                Arrays.fill(global, old, cap, -1);
            }
            System.arraycopy(r.fresh, 0, terms, known, r.fresh.length);
            known = n;
            return global;
        }
    }
}

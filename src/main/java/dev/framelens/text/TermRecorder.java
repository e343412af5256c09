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
        int size = terms.size();
        return recording(Arrays.copyOf(terms.ids(), size), null, Arrays.copyOf(terms.starts(), size),
                Arrays.copyOf(terms.ends(), size), Arrays.copyOf(terms.sentences(), size));
    }

    /**
     * Analyses {@code text} and records only how often each kept term occurs in it: its distinct
     * terms in order of first occurrence, each with its count, tallied here on the recording thread
     * (for consumers that need counts, not positions: a document of n tokens and d distinct terms
     * costs the consumer d steps instead of n). Replay it with {@link Recording#replayCounts}.
     */
    public Recording recordCounts(String text) {
        distinct = 0;
        stream.analyze(text, tallying);
        int[] distinctIds = Arrays.copyOf(firsts, distinct);
        int[] counts = new int[distinct];
        for (int k = 0; k < distinct; k++) {
            counts[k] = tally[distinctIds[k]];
            tally[distinctIds[k]] = 0;
        }
        return recording(distinctIds, counts, null, null, null);
    }

    /** Per local id, its count in the document being tallied (zero between documents). */
    private int[] tally = new int[1024];
    /** The distinct ids of the document being tallied, in order of first occurrence, and their number. */
    private int[] firsts = new int[1024];
    private int distinct;
    /** Tallies each kept term as the stream emits it (no positions are stored). */
    private final TermSink tallying = (id, start, end, sentence, position) -> {
        if (id >= tally.length) {
            tally = Arrays.copyOf(tally, Math.max(id + 1, 2 * tally.length));
        }
        if (tally[id]++ == 0) {
            if (distinct == firsts.length) {
                firsts = Arrays.copyOf(firsts, 2 * distinct);
            }
            firsts[distinct++] = id;
        }
    };

    private Recording recording(int[] ids, int[] counts, int[] starts, int[] ends, int[] sentences) {
        int now = local.size();
        String[] fresh = new String[now - sent];
        for (int k = 0; k < fresh.length; k++) {
            fresh[k] = local.term(sent + k);
            fresh[k].hashCode(); // computed here, on the worker, and kept by the String for the consumer's interning
        }
        Recording r = new Recording(translation, recorded++, sent, fresh, ids, counts, starts, ends, sentences);
        sent = now;
        return r;
    }

    /** Receives a document's terms with their counts ({@link Recording#replayCounts}). */
    @FunctionalInterface
    public interface CountSink {
        /** {@code count} (≥ 1) occurrences of the term {@code id}. */
        void term(int id, int count);
    }

    /** One document's recorded term stream. Immutable once made; replayed on the consumer's thread. */
    public static final class Recording {
        private final Translation translation;
        private final int sequence;
        private final int firstNew;
        private final String[] fresh;
        private final int[] ids;
        /** Null for a recording of positions; else each distinct term's count ({@link #recordCounts}). */
        private final int[] counts;
        private final int[] starts;
        private final int[] ends;
        private final int[] sentences;

        Recording(Translation translation, int sequence, int firstNew, String[] fresh, int[] ids, int[] counts,
                  int[] starts, int[] ends, int[] sentences) {
            this.counts = counts;
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
            if (counts == null) {
                return ids.length;
            }
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            return n;
        }

        /** Whether this recording holds counts only ({@link #recordCounts}), not positions. */
        public boolean countsOnly() {
            return counts != null;
        }

        /**
         * Sends each distinct term of a {@link #recordCounts} recording to {@code sink} with
         * {@code interner}'s id and its count, in order of first occurrence (interning terms it has
         * not seen in that order, so the ids are those a replay of every position would give).
         *
         * @throws IllegalStateException when replayed out of order, twice, into another interner, or
         *                               when this recording holds positions ({@link #replay})
         */
        public void replayCounts(TermInterner interner, CountSink sink) {
            if (counts == null) {
                throw new IllegalStateException("this recording holds positions: replay it with replay()");
            }
            translation.accept(this, interner);
            for (int i = 0; i < ids.length; i++) {
                sink.term(translation.global(ids[i], interner), counts[i]);
            }
        }

        /**
         * Sends the recorded terms to {@code sink} with {@code interner}'s ids (interning terms it
         * has not seen), positions 1, 2, …
         *
         * @throws IllegalStateException when replayed out of order, twice, or into another interner, or
         *                               when this recording holds counts only ({@link #replayCounts})
         */
        public void replay(TermInterner interner, TermSink sink) {
            if (counts != null) {
                throw new IllegalStateException("this recording holds counts only: replay it with replayCounts()");
            }
            translation.accept(this, interner);
            for (int i = 0; i < ids.length; i++) {
                sink.term(translation.global(ids[i], interner), starts[i], ends[i], sentences[i], i + 1);
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

        /** The target's id of local term {@code id}, interned on first use (after {@link #accept}). */
        int global(int id, TermInterner interner) {
            int g = global[id];
            if (g < 0) {
                g = interner.intern(terms[id]);
                global[id] = g;
            }
            return g;
        }

        void accept(Recording r, TermInterner interner) {
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
        }
    }
}

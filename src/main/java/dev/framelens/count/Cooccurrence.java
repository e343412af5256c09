package dev.framelens.count;

import dev.framelens.corpus.Document;
import dev.framelens.count.internal.PairCounts;
import dev.framelens.count.internal.TermCounter;
import dev.framelens.count.internal.Vocabulary;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermRecorder;
import dev.framelens.text.TermSink;
import java.util.Arrays;

/**
 * Co-occurrence counts of term pairs over the analysed token stream (the stream {@code tokens}
 * exports: same filtering, so distances count kept tokens).
 *
 * <h2>Scopes</h2>
 * <ul>
 *   <li>{@link Scope#WINDOW}: every pair of token positions i &lt; j of one document with
 *       j − i ≤ k whose terms differ adds 1 to c(t,u) and to c(u,t); with
 *       {@code sentenceBounded} both tokens must be in the same sentence.</li>
 *   <li>{@link Scope#SENTENCE}: c(t,u) is the number of sentences containing both t ≠ u.</li>
 *   <li>{@link Scope#DOCUMENT}: c(t,u) is the number of documents containing both t ≠ u.</li>
 * </ul>
 * The matrix is symmetric and its diagonal is not counted. Pair marginals are
 * c(t,·) = Σ_u c(t,u) and the pair total P = Σ_{t,u} c(t,u) over ordered pairs, i.e. twice the
 * sum of the unordered counts; the association measures in {@code dev.framelens.stats.Association}
 * take them from here. Memory holds the vocabulary and the distinct pairs, never the text.
 *
 * <h2>Focus</h2>
 * Marginals and P are always counted for every term. The pair table can be restricted to pairs
 * that involve a set of {@link Focus} terms (any of them, or both terms in the set): asking for
 * one term's neighbours then needs memory for the vocabulary and that term's neighbours only,
 * whatever the corpus size, and the counts and measures are exactly those of the full matrix.
 *
 * <p>Immutable: the counting structures stay inside; {@link #vocabulary()} and {@link #terms()}
 * are read-only views and {@link #forEachPair} reads the pair table. A result can therefore be
 * cached and shared (the {@code Framelens} facade does).
 */
public final class Cooccurrence {

    /** Where two terms count as co-occurring. */
    public enum Scope {
        WINDOW, SENTENCE, DOCUMENT;

        public static Scope parse(String s) {
            for (Scope v : values()) {
                if (v.name().equalsIgnoreCase(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("scope '" + s + "' must be one of window, sentence, document");
        }
    }

    /**
     * Counting settings.
     *
     * @param scope           window, sentence or document
     * @param window          k for the window scope (tokens on each side), ≥ 1
     * @param sentenceBounded window pairs must share a sentence
     */
    public record Settings(Scope scope, int window, boolean sentenceBounded) {
        public Settings {
            if (window < 1) {
                throw new IllegalArgumentException("window (" + window + ") must be ≥ 1");
            }
        }

        public static Settings window(int k) {
            return new Settings(Scope.WINDOW, k, false);
        }
    }

    /**
     * Which pairs the table keeps: those with at least one term (or, with {@code both}, both
     * terms) among {@code terms}, given as the analyzer emits them. {@code null} keeps all.
     */
    public record Focus(java.util.Set<String> terms, boolean both) {
        public Focus {
            terms = java.util.Set.copyOf(terms);
        }

        /** Pairs that involve {@code term}. */
        public static Focus on(String term) {
            return new Focus(java.util.Set.of(term), false);
        }

        /** Pairs of two terms from {@code terms}. */
        public static Focus among(java.util.Collection<String> terms) {
            return new Focus(new java.util.HashSet<>(terms), true);
        }
    }

    private final Terms vocabulary;
    private final PairCounts pairs;
    private final TermCounts terms;
    private final long[] marginals;
    private final long total;
    private final Settings settings;

    private Cooccurrence(Vocabulary vocabulary, PairCounts pairs, TermCounter terms, Settings settings,
                         long[] marginals, long total) {
        this.vocabulary = new Terms(vocabulary);
        this.pairs = pairs;
        this.terms = new TermCounts(terms);
        this.settings = settings;
        this.marginals = marginals;
        this.total = total;
    }

    /** Counts co-occurrences over {@code documents}. */
    public static Cooccurrence count(Iterable<Document> documents, Analyzer analyzer, Settings settings) {
        return count(documents, analyzer, settings, null);
    }

    /** Counts co-occurrences over {@code documents}, keeping only the pairs {@code focus} selects. */
    public static Cooccurrence count(Iterable<Document> documents, Analyzer analyzer, Settings settings, Focus focus) {
        Counter c = new Counter(analyzer, settings, focus);
        for (Document d : documents) {
            c.add(d);
        }
        return c.build();
    }

    /**
     * Incremental counting for a stream of documents. Not thread-safe. {@link #build} hands the
     * counts over to the result, so a counter builds once: adding a document afterwards throws
     * {@link IllegalStateException}.
     */
    public static final class Counter implements ParallelAnalysis.Sink {
        private final Analyzer analyzer;
        private final Vocabulary vocabulary = new Vocabulary();
        private final PairCounts pairs = new PairCounts();
        private final TermCounter terms = new TermCounter(false);
        private final Analyzer.Stream stream;
        private final Settings settings;
        private final int k;
        // window ring of the last k tokens
        private final int[] ringId;
        private final int[] ringSentence;
        private int ringSize;
        private int ringHead;
        // distinct ids of the current sentence or document
        private int[] seen = new int[64];
        private int seenSize;
        private boolean[] mark = new boolean[1024];
        private int currentSentence;
        private long[] marginals = new long[1024];
        /** Pair keys waiting to be added as one batch (see PairCounts.addKeys). */
        private final long[] pendingKeys = new long[256];
        private int pending;
        private long total;
        /** focus[id] for focus terms (interned first, so later ids are never in focus); null: keep all pairs. */
        private final boolean[] focus;
        private final boolean both;
        private boolean built;
        private final TermSink sink = this::term;

        /** A counter that keeps every pair. */
        public Counter(Analyzer analyzer, Settings settings) {
            this(analyzer, settings, null);
        }

        /** A counter that keeps the pairs {@code focus} selects ({@code null}: every pair). */
        public Counter(Analyzer analyzer, Settings settings, Focus focus) {
            this.analyzer = analyzer;
            this.stream = analyzer.stream(vocabulary);
            this.settings = settings;
            this.k = settings.window();
            this.ringId = new int[k];
            this.ringSentence = new int[k];
            if (focus == null) {
                this.focus = null;
                this.both = false;
            } else {
                int[] ids = focus.terms().stream().mapToInt(vocabulary::intern).toArray();
                this.focus = new boolean[vocabulary.size()];
                for (int id : ids) {
                    this.focus[id] = true;
                }
                this.both = focus.both();
            }
        }

        /**
         * Counts one co-occurrence of the different terms t and u. Without a focus every pair is
         * kept and the marginals are summed from the table at the end; with one, the marginals
         * and P are counted here, since most pairs are not kept.
         */
        private void pair(int t, int u) {
            if (focus == null) {
                if (pending == pendingKeys.length) {
                    flushPairs();
                }
                pendingKeys[pending++] = PairCounts.key(t, u);
                return;
            }
            int max = Math.max(t, u);
            if (max >= marginals.length) {
                marginals = Arrays.copyOf(marginals, Math.max(marginals.length * 2, max + 1));
            }
            marginals[t]++;
            marginals[u]++;
            total += 2;
            boolean ft = t < focus.length && focus[t];
            boolean fu = u < focus.length && focus[u];
            if (both ? ft && fu : ft || fu) {
                pairs.add(t, u, 1);
            }
        }

        @Override
        public Analyzer analyzer() {
            return analyzer;
        }

        /** Counts one document. */
        @Override
        public void add(Document d) {
            count(d, null);
        }

        /** Counts one document whose terms were recorded on another thread (see {@link ParallelAnalysis}). */
        @Override
        public void add(Document d, TermRecorder.Recording recorded) {
            count(d, java.util.Objects.requireNonNull(recorded, "recorded"));
        }

        /** Counts {@code d}: its recorded terms, or (null) analysed here. */
        private void count(Document d, TermRecorder.Recording recorded) {
            if (built) {
                throw new IllegalStateException("this counter has already built its Cooccurrence; "
                        + "create a new Counter to count again");
            }
            ringSize = 0;
            ringHead = 0;
            seenSize = 0;
            currentSentence = 0;
            terms.startDocument();
            if (recorded == null) {
                stream.analyze(d.text(), sink);
            } else {
                recorded.replay(stream.interner(), sink);
            }
            flushSeen();
            terms.endDocument();
        }

        /** Receives the analysed stream of the document being {@linkplain #add added}. */
        private void term(int id, int start, int end, int sentence, int position) {
            terms.add(id);
            switch (settings.scope()) {
                case WINDOW -> window(id, sentence);
                case SENTENCE -> {
                    if (sentence != currentSentence) {
                        flushSeen();
                        currentSentence = sentence;
                    }
                    see(id);
                }
                default -> see(id);
            }
        }

        private void window(int id, int sentence) {
            boolean bounded = settings.sentenceBounded();
            int slot = ringHead;
            for (int j = 0; j < ringSize; j++) {
                slot = slot == 0 ? k - 1 : slot - 1; // the j-th most recent token
                int other = ringId[slot];
                if (bounded && ringSentence[slot] != sentence) {
                    break; // older tokens are in earlier sentences too
                }
                if (other != id) {
                    pair(other, id);
                }
            }
            ringId[ringHead] = id;
            ringSentence[ringHead] = sentence;
            ringHead = ringHead + 1 == k ? 0 : ringHead + 1;
            if (ringSize < k) {
                ringSize++;
            }
        }

        private void see(int id) {
            if (id >= mark.length) {
                mark = Arrays.copyOf(mark, Math.max(mark.length * 2, id + 1));
            }
            if (mark[id]) {
                return;
            }
            mark[id] = true;
            if (seenSize == seen.length) {
                seen = Arrays.copyOf(seen, seenSize * 2);
            }
            seen[seenSize++] = id;
        }

        private void flushSeen() {
            for (int a = 0; a < seenSize; a++) {
                for (int b = a + 1; b < seenSize; b++) {
                    pair(seen[a], seen[b]);
                }
                mark[seen[a]] = false;
            }
            seenSize = 0;
        }

        private void flushPairs() {
            pairs.addKeys(pendingKeys, pending);
            pending = 0;
        }

        /** The counts, as an immutable result; the counter cannot be used afterwards. */
        public Cooccurrence build() {
            if (built) {
                throw new IllegalStateException("this counter has already built its Cooccurrence");
            }
            built = true;
            flushPairs();
            if (focus != null) {
                return new Cooccurrence(vocabulary, pairs, terms, settings,
                        Arrays.copyOf(marginals, vocabulary.size()), total);
            }
            long[] m = new long[vocabulary.size()];
            long[] sum = {0};
            pairs.forEach((t, u, n) -> {
                m[t] += n;
                m[u] += n;
                sum[0] += 2L * n;
            });
            return new Cooccurrence(vocabulary, pairs, terms, settings, m, sum[0]);
        }
    }

    /** The terms of the counted stream (read-only); pair methods take their ids. */
    public Terms vocabulary() {
        return vocabulary;
    }

    /** Term frequencies of the same stream (read-only). */
    public TermCounts terms() {
        return terms;
    }

    /** How the pairs were counted. */
    public Settings settings() {
        return settings;
    }

    /** Number of distinct pairs kept (with a focus, only the focus pairs). */
    public int distinctPairs() {
        return pairs.size();
    }

    /**
     * Calls {@code visitor} once for every kept unordered pair {t, u} (t ≠ u) with c(t,u), in
     * table order (unspecified but fixed for one result).
     */
    public void forEachPair(PairVisitor visitor) {
        pairs.forEach(visitor::pair);
    }

    /** Receives one pair of {@link #forEachPair}. */
    @FunctionalInterface
    public interface PairVisitor {
        /**
         * @param t     one term's id
         * @param u     the other term's id
         * @param count c(t,u)
         */
        void pair(int t, int u, int count);
    }

    /** c(t,u) = c(u,t). */
    public int count(int t, int u) {
        return t == u ? 0 : pairs.get(t, u);
    }

    /** The pair marginal c(t,·). */
    public long marginal(int t) {
        return t < marginals.length ? marginals[t] : 0;
    }

    /** P: the sum of c(t,u) over all ordered pairs. */
    public long total() {
        return total;
    }
}

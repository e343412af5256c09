package dev.framelens.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The analysis pipeline: {@link Tokenizer} (normalise and tokenise) → phrase merging → stop-word
 * filter. Immutable and thread-safe; the per-thread state lives in a {@link Stream}.
 *
 * <p>Assemble one with {@link #builder()}, or take {@link #standard()}: the shipped English stop
 * words removed and the shipped phrase list merged.
 *
 * <p><b>Phrases.</b> A phrase is a sequence of terms (written as the tokenizer emits them, for
 * example {@code kim jong-un}) that becomes one term, its canonical form ({@code kim jong un}).
 * Matching is greedy, longest phrase first, and never crosses a sentence boundary. The merged
 * term spans from the first word's start to the last word's end.
 *
 * <p><b>Stop words</b> are removed after phrase merging, so a phrase that contains a stop word is
 * still found. Positions number the kept terms only, so windows over positions count kept terms.
 *
 * <p>The shipped stop-word list ({@code stopwords-en.txt}) and phrase list
 * ({@code phrases-en.tsv}) sit in this package's resources; their sources are named in their headers.
 */
public final class Analyzer {

    /** A multi-word term. */
    public record Phrase(List<String> words, String canonical) {
        public Phrase {
            words = List.copyOf(words);
            if (words.size() < 2) {
                throw new IllegalArgumentException(
                        "phrase '" + String.join(" ", words) + "' must have at least 2 words");
            }
        }
    }

    private static volatile Analyzer standard;

    private final Set<String> stopWords;
    private final boolean removeStopWords;
    private final List<Phrase> phrases;

    private Analyzer(Builder b) {
        this.stopWords = Collections.unmodifiableSet(new LinkedHashSet<>(b.stopWords));
        this.removeStopWords = b.removeStopWords;
        this.phrases = List.copyOf(b.phrases);
    }

    /** The default pipeline: English stop words removed, default phrases merged. */
    public static Analyzer standard() {
        Analyzer a = standard;
        if (a == null) {
            a = builder().build();
            standard = a;
        }
        return a;
    }

    /** A builder preset to the defaults of {@link #standard()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this analyzer's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.stopWords = new LinkedHashSet<>(stopWords);
        b.removeStopWords = removeStopWords;
        b.phrases = new ArrayList<>(phrases);
        return b;
    }

    /** This analyzer with stop words kept (or removed). */
    public Analyzer withStopWordsRemoved(boolean remove) {
        return remove == removeStopWords ? this : toBuilder().removeStopWords(remove).build();
    }

    public boolean removesStopWords() {
        return removeStopWords;
    }

    public Set<String> stopWords() {
        return stopWords;
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    public boolean isStopWord(String term) {
        return stopWords.contains(term);
    }

    /** A new stream that interns terms into {@code interner}; use one per thread. */
    public Stream stream(TermInterner interner) {
        return new Stream(this, interner);
    }

    /**
     * What a user typed as a term, as this pipeline emits it, stop words kept, words joined by one
     * space: {@code "North Korea"} → {@code north korea}, {@code "US"} → {@code u.s.}.
     *
     * @throws IllegalArgumentException when it has no letters or digits
     */
    public String normalize(String term) {
        List<Token> toks = withStopWordsRemoved(false).tokens(term);
        if (toks.isEmpty()) {
            throw new IllegalArgumentException("term '" + term + "' has no letters or digits");
        }
        return String.join(" ", toks.stream().map(Token::term).toList());
    }

    /** The analysed terms of {@code text}, for convenience (the hot paths use {@link Stream}). */
    public List<Token> tokens(String text) {
        SimpleInterner interner = new SimpleInterner();
        List<Token> out = new ArrayList<>();
        stream(interner).analyze(text, (id, start, end, sentence, position) ->
                out.add(new Token(interner.term(id), start, end, sentence, position)));
        return out;
    }

    /** The words of {@code text} as the tokenizer emits them (no phrases, no stop-word filter). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        new Tokenizer().tokenize(text, (buf, len, start, end, sentence) -> out.add(new String(buf, 0, len)));
        return out;
    }

    /** Builds an {@link Analyzer}; starts from the defaults. */
    public static final class Builder {
        private Set<String> stopWords = new LinkedHashSet<>(WordList.resource(Analyzer.class, "stopwords-en.txt"));
        private boolean removeStopWords = true;
        private List<Phrase> phrases = parsePhrases(WordList.resource(Analyzer.class, "phrases-en.tsv"), "phrases-en.tsv");

        private Builder() {
        }

        /** Replaces the stop words (terms as the tokenizer emits them, lower case). */
        public Builder stopWords(Collection<String> words) {
            stopWords = new LinkedHashSet<>();
            for (String w : words) {
                stopWords.add(w.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            }
            return this;
        }

        /** Reads stop words from a file, one per line ({@code #} comments). */
        public Builder stopWordsFile(Path file) {
            return stopWords(WordList.file(file));
        }

        public Builder removeStopWords(boolean remove) {
            removeStopWords = remove;
            return this;
        }

        /** Keeps stop words in the stream. */
        public Builder keepStopWords() {
            return removeStopWords(false);
        }

        /** Replaces the phrase list. */
        public Builder phrases(Collection<Phrase> list) {
            phrases = new ArrayList<>(list);
            return this;
        }

        /** No phrase merging. */
        public Builder noPhrases() {
            phrases = new ArrayList<>();
            return this;
        }

        /** Adds one phrase; its words are tokenized like text, so {@code "Kim Jong-un"} works. */
        public Builder addPhrase(String phrase, String canonical) {
            phrases.add(new Phrase(words(phrase), canonical == null ? String.join(" ", words(phrase)) : canonical));
            return this;
        }

        /**
         * Reads a phrase file: one phrase a line, optionally followed by a tab and its canonical
         * form; {@code #} comments. Replaces the current list.
         */
        public Builder phrasesFile(Path file) {
            phrases = parsePhrases(WordList.file(file), file.toString());
            return this;
        }

        public Analyzer build() {
            return new Analyzer(this);
        }
    }

    static List<Phrase> parsePhrases(List<String> lines, String source) {
        List<Phrase> out = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            List<String> w = words(parts[0]);
            if (w.size() < 2) {
                throw new IllegalArgumentException(source + ": phrase '" + parts[0]
                        + "' has fewer than 2 words; list single terms elsewhere");
            }
            String canonical = parts.length > 1 && !parts[1].isBlank()
                    ? parts[1].strip().toLowerCase(Locale.ROOT) : String.join(" ", w);
            out.add(new Phrase(w, canonical));
        }
        return out;
    }

    /**
     * The mutable, per-thread side of an {@link Analyzer}: a tokenizer, phrase matcher and stop
     * filter bound to one {@link TermInterner}. Feed it documents with {@link #analyze}. Not
     * thread-safe.
     */
    public static final class Stream {
        private final Tokenizer tokenizer = new Tokenizer();
        private final TermInterner interner;
        private final boolean removeStop;
        /** stop[id] for ids interned at construction; later ids are never stop words. */
        private final boolean[] stop;
        /** phraseStart[id] for ids interned at construction. */
        private final boolean[] phraseStart;
        /** Trie edges (node, term id) → child node, open addressing on packed long keys; -1 key = empty. */
        private long[] edgeKeys = filled(16);
        private int[] edgeChildren = new int[16];
        private int edgeCount;
        private int[] nodeCanonical = {-1};
        private boolean[] nodeHasChildren = {false};
        private int nodes = 1;

        private int[] qId = new int[8];
        private int[] qStart = new int[8];
        private int[] qEnd = new int[8];
        private int[] qSentence = new int[8];
        private int qSize;
        private int position;
        private TermSink out;
        /** {@link #buffer} when the interner prefers batches, else {@link #direct}. */
        private final Tokenizer.Sink sink;

        // tokens waiting to be interned as one batch (see TermInterner.internAll)
        private static final int BATCH = 64;
        private char[] bChars = new char[BATCH * 16];
        private int bCharsUsed;
        private final int[] bOff = new int[BATCH];
        private final int[] bLen = new int[BATCH];
        private final int[] bHash = new int[BATCH];
        private final int[] bStart = new int[BATCH];
        private final int[] bEnd = new int[BATCH];
        private final int[] bSentence = new int[BATCH];
        private final int[] bIds = new int[BATCH];
        private int bSize;

        Stream(Analyzer analyzer, TermInterner interner) {
            this.interner = interner;
            this.sink = interner.prefersBatches() ? this::buffer : this::direct;
            this.removeStop = analyzer.removeStopWords;
            List<int[]> phraseIds = new ArrayList<>();
            int[] canon = new int[analyzer.phrases.size()];
            int p = 0;
            for (Phrase ph : analyzer.phrases) {
                int[] ids = new int[ph.words().size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = interner.intern(ph.words().get(k));
                }
                phraseIds.add(ids);
                canon[p++] = interner.intern(ph.canonical());
            }
            int[] stopIds = new int[analyzer.stopWords.size()];
            int s = 0;
            for (String w : analyzer.stopWords) {
                stopIds[s++] = interner.intern(w);
            }
            int size = interner.size();
            stop = new boolean[size];
            for (int id : stopIds) {
                stop[id] = true;
            }
            phraseStart = new boolean[size];
            for (int k = 0; k < phraseIds.size(); k++) {
                int[] ids = phraseIds.get(k);
                phraseStart[ids[0]] = true;
                int node = 0;
                for (int id : ids) {
                    node = childOrAdd(node, id);
                }
                if (nodeCanonical[node] < 0) {
                    nodeCanonical[node] = canon[k];
                }
            }
        }

        public TermInterner interner() {
            return interner;
        }

        /** Whether the term with this id is a stop word this stream would remove. */
        public boolean isStopWord(int id) {
            return id < stop.length && stop[id];
        }

        /** Analyses one document, calling {@code sink} for each kept term. */
        public void analyze(String text, TermSink sink) {
            this.out = sink;
            this.position = 0;
            this.qSize = 0;
            this.bSize = 0;
            this.bCharsUsed = 0;
            try {
                tokenizer.tokenize(text, this.sink);
                flush();
                drain(true);
            } finally {
                this.out = null;
            }
        }

        /** One token interned at once, for an interner that gains nothing from batches. */
        private void direct(char[] buf, int len, int start, int end, int sentence) {
            onToken(interner.intern(buf, 0, len, tokenizer.hash()), start, end, sentence);
        }

        private void buffer(char[] buf, int len, int start, int end, int sentence) {
            if (bSize == BATCH || bCharsUsed + len > bChars.length) {
                flush();
                if (len > bChars.length) {
                    bChars = new char[Math.max(len, bChars.length * 2)];
                }
            }
            char[] to = bChars;
            int at = bCharsUsed;
            for (int k = 0; k < len; k++) { // tokens are short: a loop beats the arraycopy call
                to[at + k] = buf[k];
            }
            bOff[bSize] = bCharsUsed;
            bLen[bSize] = len;
            bHash[bSize] = tokenizer.hash();
            bStart[bSize] = start;
            bEnd[bSize] = end;
            bSentence[bSize] = sentence;
            bCharsUsed += len;
            bSize++;
        }

        private void flush() {
            if (bSize == 0) {
                return;
            }
            interner.internAll(bChars, bOff, bLen, bHash, bSize, bIds);
            for (int k = 0; k < bSize; k++) {
                onToken(bIds[k], bStart[k], bEnd[k], bSentence[k]);
            }
            bSize = 0;
            bCharsUsed = 0;
        }

        private void onToken(int id, int start, int end, int sentence) {
            if (qSize == 0) {
                if (id >= phraseStart.length || !phraseStart[id]) {
                    emit(id, start, end, sentence);
                    return;
                }
            } else if (qSentence[0] != sentence) {
                drain(true);
                if (id >= phraseStart.length || !phraseStart[id]) {
                    emit(id, start, end, sentence);
                    return;
                }
            }
            enqueue(id, start, end, sentence);
            drain(false);
        }

        private void enqueue(int id, int start, int end, int sentence) {
            if (qSize == qId.length) {
                int n = qSize * 2;
                qId = Arrays.copyOf(qId, n);
                qStart = Arrays.copyOf(qStart, n);
                qEnd = Arrays.copyOf(qEnd, n);
                qSentence = Arrays.copyOf(qSentence, n);
            }
            qId[qSize] = id;
            qStart[qSize] = start;
            qEnd[qSize] = end;
            qSentence[qSize] = sentence;
            qSize++;
        }

        /** Emits what can be decided from the queue; with {@code last}, everything. */
        private void drain(boolean last) {
            while (qSize > 0) {
                int node = 0;
                int k = 0;
                int longest = 0;
                int canonical = -1;
                boolean alive = true;
                while (k < qSize) {
                    int child = child(node, qId[k]);
                    if (child < 0) {
                        alive = false;
                        break;
                    }
                    node = child;
                    k++;
                    if (nodeCanonical[node] >= 0) {
                        longest = k;
                        canonical = nodeCanonical[node];
                    }
                }
                if (alive && !last && nodeHasChildren[node]) {
                    return; // a longer phrase may still match
                }
                if (longest > 0) {
                    emit(canonical, qStart[0], qEnd[longest - 1], qSentence[0]);
                    drop(longest);
                } else {
                    emit(qId[0], qStart[0], qEnd[0], qSentence[0]);
                    drop(1);
                }
            }
        }

        private void drop(int n) {
            System.arraycopy(qId, n, qId, 0, qSize - n);
            System.arraycopy(qStart, n, qStart, 0, qSize - n);
            System.arraycopy(qEnd, n, qEnd, 0, qSize - n);
            System.arraycopy(qSentence, n, qSentence, 0, qSize - n);
            qSize -= n;
        }

        private void emit(int id, int start, int end, int sentence) {
            if (removeStop && id < stop.length && stop[id]) {
                return;
            }
            out.term(id, start, end, sentence, ++position);
        }

        private static long[] filled(int n) {
            long[] a = new long[n];
            Arrays.fill(a, -1L);
            return a;
        }

        private static int edgeSlot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        /** The child of {@code node} along term {@code id}, or -1. */
        private int child(int node, int id) {
            long key = key(node, id);
            int mask = edgeKeys.length - 1;
            for (int slot = edgeSlot(key, mask); ; slot = (slot + 1) & mask) {
                long k = edgeKeys[slot];
                if (k == key) {
                    return edgeChildren[slot];
                }
                if (k == -1L) {
                    return -1;
                }
            }
        }

        private void putEdge(long key, int child) {
            if ((edgeCount + 1) * 2 > edgeKeys.length) {
                long[] oldKeys = edgeKeys;
                int[] oldChildren = edgeChildren;
                edgeKeys = filled(oldKeys.length * 2);
                edgeChildren = new int[oldKeys.length * 2];
                edgeCount = 0;
                for (int k = 0; k < oldKeys.length; k++) {
                    if (oldKeys[k] != -1L) {
                        putEdge(oldKeys[k], oldChildren[k]);
                    }
                }
            }
            int mask = edgeKeys.length - 1;
            int slot = edgeSlot(key, mask);
            while (edgeKeys[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            edgeKeys[slot] = key;
            edgeChildren[slot] = child;
            edgeCount++;
        }

        private static long key(int node, int id) {
            return ((long) node << 32) | (id & 0xffffffffL);
        }

        private int childOrAdd(int node, int id) {
            int child = child(node, id);
            if (child >= 0) {
                return child;
            }
            if (nodes == nodeCanonical.length) {
                nodeCanonical = Arrays.copyOf(nodeCanonical, nodes * 2);
                Arrays.fill(nodeCanonical, nodes, nodes * 2, -1);
                nodeHasChildren = Arrays.copyOf(nodeHasChildren, nodes * 2);
            }
            int created = nodes++;
            nodeCanonical[created] = -1;
            nodeHasChildren[node] = true;
            putEdge(key(node, id), created);
            return created;
        }
    }

    /** A plain map-backed interner for {@link #tokens(String)}. */
    static final class SimpleInterner implements TermInterner {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> terms = new ArrayList<>();

        @Override
        public int intern(char[] buf, int off, int len) {
            return intern(new String(buf, off, len));
        }

        @Override
        public int find(char[] buf, int off, int len, int stringHash) {
            Integer id = ids.get(new String(buf, off, len));
            return id == null ? -1 : id;
        }

        @Override
        public int intern(String term) {
            Integer id = ids.get(term);
            if (id == null) {
                id = terms.size();
                ids.put(term, id);
                terms.add(term);
            }
            return id;
        }

        @Override
        public String term(int id) {
            return terms.get(id);
        }

        @Override
        public int size() {
            return terms.size();
        }
    }
}

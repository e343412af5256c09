package dev.framelens.count;

import dev.framelens.corpus.Document;
import dev.framelens.count.internal.NgramWindow;
import dev.framelens.count.internal.Vocabulary;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermSink;
import java.util.Arrays;

/**
 * Counts of n-grams (n = 2 or 3) of consecutive kept terms within a sentence, with the marginals
 * an association measure needs: an n-gram is read as the pair (prefix, last word), where the
 * prefix is its first n − 1 words. For the 2×2 table of n-gram {@code g}:
 * a = c(g), rowTotal = number of n-grams starting with g's prefix, colTotal = number of n-grams
 * ending with g's last word, total = number of n-grams. For bigrams this is the classic table of
 * Dunning (1993) and Manning &amp; Schütze (1999, ch. 5); for trigrams it is the same table with
 * the leading bigram as one unit. Immutable.
 */
public final class Collocations {
    private final Vocabulary grams;
    private final int size;
    private final long[] gramCounts;
    private final int[] gramPrefix;
    private final int[] gramLast;
    private final long[] prefixTotals;
    private final long[] lastTotals;
    private final long total;

    private Collocations(Counter c) {
        this.grams = c.grams;
        this.size = c.n;
        this.gramCounts = Arrays.copyOf(c.gramCounts, grams.size());
        this.gramPrefix = Arrays.copyOf(c.gramPrefix, grams.size());
        this.gramLast = Arrays.copyOf(c.gramLast, grams.size());
        this.prefixTotals = Arrays.copyOf(c.prefixTotals, c.prefixes.size());
        this.lastTotals = Arrays.copyOf(c.lastTotals, c.words.size());
        this.total = c.total;
    }

    /** Counts n-grams of {@code n} (2 or 3) terms over {@code documents}. */
    public static Collocations count(Iterable<Document> documents, Analyzer analyzer, int n) {
        Counter c = new Counter(analyzer, n);
        for (Document d : documents) {
            c.add(d);
        }
        return new Collocations(c);
    }

    static final class Counter implements TermSink {
        final Vocabulary words = new Vocabulary();
        final Vocabulary grams = new Vocabulary();
        final Vocabulary prefixes = new Vocabulary();
        final int n;
        final Analyzer.Stream stream;
        long[] gramCounts = new long[1024];
        int[] gramPrefix = new int[1024];
        int[] gramLast = new int[1024];
        long[] prefixTotals = new long[1024];
        long[] lastTotals = new long[1024];
        long total;
        private final NgramWindow window;

        Counter(Analyzer analyzer, int n) {
            if (n != 2 && n != 3) {
                throw new IllegalArgumentException("collocation size (" + n + ") must be 2 or 3");
            }
            this.n = n;
            this.window = new NgramWindow(words, n);
            this.stream = analyzer.stream(words);
        }

        void add(Document d) {
            window.reset();
            stream.analyze(d.text(), this);
        }

        @Override
        public void term(int id, int start, int end, int sent, int position) {
            if (!window.push(id, sent)) {
                return;
            }
            int prefixLength = window.join(n - 1);
            int prefix = prefixes.intern(window.buffer(), 0, prefixLength);
            int length = window.join(n);
            int g = grams.intern(window.buffer(), 0, length);
            if (g >= gramCounts.length) {
                int size = Math.max(gramCounts.length * 2, g + 1);
                gramCounts = Arrays.copyOf(gramCounts, size);
                gramPrefix = Arrays.copyOf(gramPrefix, size);
                gramLast = Arrays.copyOf(gramLast, size);
            }
            gramCounts[g]++;
            gramPrefix[g] = prefix;
            gramLast[g] = window.last();
            if (prefix >= prefixTotals.length) {
                prefixTotals = Arrays.copyOf(prefixTotals, Math.max(prefixTotals.length * 2, prefix + 1));
            }
            prefixTotals[prefix]++;
            int last = window.last();
            if (last >= lastTotals.length) {
                lastTotals = Arrays.copyOf(lastTotals, Math.max(lastTotals.length * 2, last + 1));
            }
            lastTotals[last]++;
            total++;
        }
    }

    /** Number of words per collocation. */
    public int size() {
        return size;
    }

    /** Number of distinct n-grams; ids are 0 … distinct() − 1. */
    public int distinct() {
        return grams.size();
    }

    /** The n-gram with id {@code gram}, its words joined by single spaces. */
    public String text(int gram) {
        return grams.term(gram);
    }

    /** c(g): how often n-gram {@code gram} was counted. */
    public long count(int gram) {
        return gramCounts[gram];
    }

    /** n-grams starting with this n-gram's prefix. */
    public long prefixTotal(int gram) {
        return prefixTotals[gramPrefix[gram]];
    }

    /** n-grams ending with this n-gram's last word. */
    public long lastTotal(int gram) {
        return lastTotals[gramLast[gram]];
    }

    /** All n-grams counted. */
    public long total() {
        return total;
    }
}

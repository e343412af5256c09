package dev.framelens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRefHash;

/**
 * The peers framelens is measured against, written the way a user would write them:
 * <ul>
 *   <li>Lucene 9.12 {@link StandardAnalyzer} (UAX#29 word breaking, lower-casing, stop filter)
 *       driven by the documented {@code reset → incrementToken → end → close} loop;</li>
 *   <li>its tokens interned into a {@link BytesRefHash}, as {@code IndexWriter} interns the terms of
 *       a field (the fair peer for producing term ids);</li>
 *   <li>{@code HashMap<String,Integer>} counting of its terms;</li>
 *   <li>a regular-expression split ({@value #SPLIT_REGEX}) with {@code toLowerCase} and a
 *       {@code HashMap} (the pattern compiled once, as {@code String.split} would recompile it per
 *       call);</li>
 *   <li>a {@code HashMap<String, HashMap<String,Integer>>} window co-occurrence.</li>
 * </ul>
 * The Lucene analyzer gets framelens' stop-word list so both sides count the same kind of
 * stream (Lucene 9's no-argument {@code StandardAnalyzer} has an empty stop set); the split
 * baseline filters the same list.
 */
public final class Peers {
    static final String SPLIT_REGEX = "[^\\p{L}\\p{N}]+";
    private static final Pattern SPLIT = Pattern.compile(SPLIT_REGEX);

    private Peers() {
    }

    /** A StandardAnalyzer that removes {@code stopWords}. */
    public static Analyzer lucene(Set<String> stopWords) {
        return new StandardAnalyzer(new CharArraySet(stopWords, false));
    }

    /**
     * Tokenizes every document; returns the number of tokens and folds each term's length and
     * first char into {@code sink[0]} (so no term can be skipped by the JIT).
     */
    public static long luceneTokenize(Analyzer analyzer, String[] docs, long[] sink) {
        long tokens = 0;
        long h = 0;
        try {
            for (String doc : docs) {
                try (TokenStream ts = analyzer.tokenStream("text", doc)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        int len = term.length();
                        h = 31 * h + len + (len > 0 ? term.buffer()[0] : 0);
                        tokens++;
                    }
                    ts.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sink[0] = h;
        return tokens;
    }

    /**
     * Lucene's own term interning, what {@code IndexWriter} does with each token of a field: the
     * analyzer's {@code TermToBytesRefAttribute} (the term as UTF-8 bytes) added to a
     * {@link BytesRefHash}, which gives the term's id (a new id, or {@code -(id + 1)} for a known
     * term). Returns the number of tokens and folds every id into {@code sink[0]}.
     */
    public static long luceneTermIds(Analyzer analyzer, String[] docs, BytesRefHash hash, long[] sink) {
        long tokens = 0;
        long h = 0;
        try {
            for (String doc : docs) {
                try (TokenStream ts = analyzer.tokenStream("text", doc)) {
                    TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        int id = hash.add(term.getBytesRef());
                        h = 31 * h + (id < 0 ? -id - 1 : id);
                        tokens++;
                    }
                    ts.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sink[0] = h;
        return tokens;
    }

    /** Lucene tokens counted in a {@code HashMap<String,Integer>}; {@code tokens[0]} receives the token count. */
    public static HashMap<String, Integer> luceneCount(Analyzer analyzer, String[] docs, long[] tokens) {
        HashMap<String, Integer> counts = new HashMap<>();
        long n = 0;
        try {
            for (String doc : docs) {
                try (TokenStream ts = analyzer.tokenStream("text", doc)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        counts.merge(term.toString(), 1, Integer::sum);
                        n++;
                    }
                    ts.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokens[0] = n;
        return counts;
    }

    /** Regex split, lower case, stop words removed, {@code HashMap} counting; {@code tokens[0]} receives the token count. */
    public static HashMap<String, Integer> splitCount(String[] docs, Set<String> stopWords, long[] tokens) {
        HashMap<String, Integer> counts = new HashMap<>();
        long n = 0;
        for (String doc : docs) {
            for (String w : SPLIT.split(doc)) {
                if (w.isEmpty()) {
                    continue;
                }
                String term = w.toLowerCase(Locale.ROOT);
                if (!stopWords.contains(term)) {
                    counts.merge(term, 1, Integer::sum);
                    n++;
                }
            }
        }
        tokens[0] = n;
        return counts;
    }

    /**
     * ±{@code window} co-occurrence over Lucene tokens, plainly, with the engine's semantics:
     * per document the tokens go into a list, and every pair of positions i &lt; j ≤ i + window
     * whose terms differ adds 1 to the unordered pair {a, b}, kept in a
     * {@code HashMap<String, HashMap<String,Integer>>} under the smaller term.
     * Returns the map; {@code tokens[0]} receives the token count.
     */
    public static HashMap<String, HashMap<String, Integer>> lucenePairs(Analyzer analyzer, String[] docs,
            int window, long[] tokens) {
        HashMap<String, HashMap<String, Integer>> pairs = new HashMap<>();
        List<String> terms = new ArrayList<>();
        long n = 0;
        try {
            for (String doc : docs) {
                terms.clear();
                try (TokenStream ts = analyzer.tokenStream("text", doc)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        terms.add(term.toString());
                    }
                    ts.end();
                }
                n += terms.size();
                for (int i = 0; i < terms.size(); i++) {
                    String a = terms.get(i);
                    for (int j = i + 1; j <= i + window && j < terms.size(); j++) {
                        String b = terms.get(j);
                        int order = a.compareTo(b);
                        if (order != 0) {
                            String first = order < 0 ? a : b;
                            String second = order < 0 ? b : a;
                            pairs.computeIfAbsent(first, k -> new HashMap<>()).merge(second, 1, Integer::sum);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokens[0] = n;
        return pairs;
    }
}

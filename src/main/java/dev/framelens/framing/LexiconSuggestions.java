package dev.framelens.framing;

import dev.framelens.corpus.CorpusException;
import dev.framelens.count.Cooccurrence;
import dev.framelens.count.Terms;
import dev.framelens.stats.Ppmi;
import dev.framelens.stats.Similarity;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate entries for a lexicon category, found in the user's own corpus by distributional
 * similarity: words that occur in the same contexts as the category's entries. How a researcher
 * grows a lexicon for a new story — each candidate still needs a human to accept it.
 *
 * <h2>Method</h2>
 * <ol>
 *   <li><b>Counts.</b> Windowed co-occurrence counts #(w, c) of the analysed stream (stop words
 *       removed, phrases merged) from {@link Cooccurrence}: every two tokens at most k apart
 *       (default {@value #DEFAULT_WINDOW}) in a document; #(w) is the pair marginal.</li>
 *   <li><b>Vectors.</b> Each word's row of PPMI weights with context-distribution smoothing,
 *       α = {@value dev.framelens.stats.Ppmi#DEFAULT_ALPHA} ({@link Ppmi}: Church &amp; Hanks 1990;
 *       Levy, Goldberg &amp; Dagan 2015).</li>
 *   <li><b>Seeds.</b> The terms of the corpus that an entry of the category matches on its own: a
 *       one-word exact entry, a prefix entry ({@code threat*} matches {@code threats},
 *       {@code threatening}), or an entry whose words are a merged phrase's. Entries that span
 *       several tokens of the stream have no single vector and are not seeds.</li>
 *   <li><b>Similarity.</b> The cosine ({@link Similarity}) of each candidate's vector to the
 *       centroid of the seeds' unit-length vectors. Since cos(v, Σ s<sub>i</sub>/|s<sub>i</sub>|)
 *       = Σ cos(v, s<sub>i</sub>) / |Σ s<sub>i</sub>/|s<sub>i</sub>||, this ranks the candidates
 *       exactly as the mean of their cosines to the seed words does — the seed-word approach of
 *       Latent Semantic Scaling (Watanabe 2021, "Latent Semantic Scaling: a semisupervised text
 *       analysis technique for new domains and languages", <i>Communication Methods and
 *       Measures</i> 15(2):81–102) on the count-based vectors surveyed by Turney &amp; Pantel (2010),
 *       "From frequency to meaning: vector space models of semantics", <i>JAIR</i> 37:141–188.</li>
 *   <li><b>Candidates.</b> Terms seen at least {@code minCount} times (default
 *       {@value #DEFAULT_MIN_COUNT}), with a letter, not a stop word, and not matched by any entry of
 *       the lexicon (of any category). Ranked by similarity (highest first), then count (highest
 *       first), then term; only similarities &gt; 0.</li>
 * </ol>
 * On a small corpus the neighbours are noisy: a few thousand tokens give each word a handful of
 * contexts, and topical words of the story (its actors and places) rank high because they share
 * contexts with everything. Read the KWIC lines before adding a word.
 */
public final class LexiconSuggestions {

    /** Default co-occurrence window: tokens on each side. */
    public static final int DEFAULT_WINDOW = 5;
    /** Default minimum count of a candidate. */
    public static final int DEFAULT_MIN_COUNT = 3;
    /** Default number of suggestions. */
    public static final int DEFAULT_TOP = 20;

    /**
     * One candidate.
     *
     * @param term       the term as the analyzer emits it
     * @param count      its occurrences in the analysed stream
     * @param similarity cosine of its PPMI vector to the seeds' centroid, in (0, 1]
     */
    public record Suggestion(String term, long count, double similarity) {
    }

    /**
     * The suggestions and what they were computed from.
     *
     * @param category    the category
     * @param seeds       the seed terms that occur, by term
     * @param suggestions the candidates, best first
     */
    public record Result(String category, List<String> seeds, List<Suggestion> suggestions) {
        public Result {
            seeds = List.copyOf(seeds);
            suggestions = List.copyOf(suggestions);
        }
    }

    private LexiconSuggestions() {
    }

    /**
     * Whether {@code entry} matches {@code term} on its own: the term's words (a merged phrase has
     * several) are the entry's words, the last one compared as a prefix for a prefix entry.
     */
    public static boolean matches(Lexicon.Entry entry, String term) {
        List<String> words = entry.words();
        String[] parts = term.split(" ");
        if (parts.length != words.size()) {
            return false;
        }
        int last = parts.length - 1;
        for (int k = 0; k < last; k++) {
            if (!parts[k].equals(words.get(k))) {
                return false;
            }
        }
        return entry.prefix() ? parts[last].startsWith(words.get(last)) : parts[last].equals(words.get(last));
    }

    /**
     * Suggests entries for one category.
     *
     * @param counts   windowed co-occurrence counts of the corpus (window scope)
     * @param analyzer the pipeline the counts were made with (its stop words are excluded)
     * @param lexicon  the lexicon
     * @param category the category's name
     * @param minCount fewest occurrences of a candidate, ≥ 1
     * @param top      at most this many suggestions, 0 for all
     * @return the suggestions
     * @throws IllegalArgumentException for an unknown category or bad limits
     * @throws CorpusException          (bad data) when no entry of the category occurs in the corpus
     */
    public static Result suggest(Cooccurrence counts, Analyzer analyzer, Lexicon lexicon, String category,
                                 int minCount, int top) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount (" + minCount + ") must be ≥ 1");
        }
        if (top < 0) {
            throw new IllegalArgumentException("top (" + top + ") must be ≥ 0 (0 lists every candidate)");
        }
        Lexicon.Category target = lexicon.category(category);
        Terms vocabulary = counts.vocabulary();
        int size = vocabulary.size();
        Map<String, Lexicon.Entry> exact = new HashMap<>();
        List<Lexicon.Entry> prefixes = new ArrayList<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            if (e.prefix()) {
                prefixes.add(e);
            } else {
                exact.put(e.entry(), e);
            }
        }
        long[] marginal = new long[size];
        boolean[] seed = new boolean[size];
        boolean[] candidate = new boolean[size];
        List<String> seeds = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            marginal[id] = counts.marginal(id);
            String term = vocabulary.term(id);
            Lexicon.Category matched = null;
            Lexicon.Entry e = exact.get(term);
            if (e != null) {
                matched = e.category();
            }
            for (int k = 0; k < prefixes.size() && matched != target; k++) {
                if (matches(prefixes.get(k), term)) {
                    matched = prefixes.get(k).category();
                }
            }
            if (matched == target) {
                if (marginal[id] > 0) {
                    seed[id] = true;
                    seeds.add(term);
                }
            } else if (matched == null && counts.terms().count(id) >= minCount && hasLetter(term)
                    && !analyzer.isStopWord(term)) {
                candidate[id] = true;
            }
        }
        if (seeds.isEmpty()) {
            throw CorpusException.data("no entry of category " + category + " occurs in the corpus (with a neighbour "
                    + "within the window), so there is nothing to compare candidates with; add entries that the "
                    + "corpus uses, or choose another category");
        }
        seeds.sort(Comparator.naturalOrder());
        double smoothed = Ppmi.smoothedTotal(marginal, Ppmi.DEFAULT_ALPHA);
        Map<Integer, List<long[]>> rows = new HashMap<>();
        counts.forEachPair((t, u, n) -> {
            if (seed[t] || candidate[t]) {
                rows.computeIfAbsent(t, k -> new ArrayList<>()).add(new long[] {u, n});
            }
            if (seed[u] || candidate[u]) {
                rows.computeIfAbsent(u, k -> new ArrayList<>()).add(new long[] {t, n});
            }
        });
        double[] centroid = new double[size];
        for (int id = 0; id < size; id++) {
            if (!seed[id]) {
                continue;
            }
            Vector v = vector(rows.get(id), marginal[id], marginal, smoothed);
            double norm = v.norm();
            if (norm == 0) {
                continue;
            }
            for (int k = 0; k < v.ids().length; k++) {
                centroid[v.ids()[k]] += v.weights()[k] / norm / seeds.size();
            }
        }
        Vector c = Vector.dense(centroid);
        List<Suggestion> out = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            if (!candidate[id] || !rows.containsKey(id)) {
                continue;
            }
            Vector v = vector(rows.get(id), marginal[id], marginal, smoothed);
            double sim = Similarity.cosine(v.ids(), v.weights(), c.ids(), c.weights());
            if (sim > 0) {
                out.add(new Suggestion(vocabulary.term(id), counts.terms().count(id), sim));
            }
        }
        out.sort(Comparator.comparingDouble(Suggestion::similarity).reversed()
                .thenComparing(Comparator.comparingLong(Suggestion::count).reversed())
                .thenComparing(Suggestion::term));
        return new Result(category, seeds, top > 0 && out.size() > top ? out.subList(0, top) : out);
    }

    private static boolean hasLetter(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetter(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A sparse vector: ids ascending, weights index for index. */
    private record Vector(int[] ids, double[] weights) {
        double norm() {
            double s = 0;
            for (double w : weights) {
                s += w * w;
            }
            return Math.sqrt(s);
        }

        static Vector dense(double[] values) {
            int n = 0;
            for (double v : values) {
                if (v != 0) {
                    n++;
                }
            }
            int[] ids = new int[n];
            double[] weights = new double[n];
            int k = 0;
            for (int i = 0; i < values.length; i++) {
                if (values[i] != 0) {
                    ids[k] = i;
                    weights[k++] = values[i];
                }
            }
            return new Vector(ids, weights);
        }
    }

    /** The PPMI row of a word from its (context, count) pairs; zero weights dropped. */
    private static Vector vector(List<long[]> row, long total, long[] marginal, double smoothed) {
        if (row == null) {
            return new Vector(new int[0], new double[0]);
        }
        long[][] cells = row.toArray(new long[0][]);
        Arrays.sort(cells, Comparator.comparingLong(cell -> cell[0]));
        int[] ids = new int[cells.length];
        double[] weights = new double[cells.length];
        int n = 0;
        for (long[] cell : cells) {
            int context = (int) cell[0];
            double w = Ppmi.weight(cell[1], total, marginal[context], smoothed, Ppmi.DEFAULT_ALPHA);
            if (w > 0) {
                ids[n] = context;
                weights[n++] = w;
            }
        }
        return new Vector(Arrays.copyOf(ids, n), Arrays.copyOf(weights, n));
    }
}

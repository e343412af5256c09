package dev.framelens.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.corpus.Document;
import dev.framelens.text.Analyzer;
import dev.framelens.text.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Seeded random texts built from lexicon words, negators, stop words and phrase words, scored by
 * {@link FrameScorer} and by a deliberately naive matcher written here straight from the rules of
 * docs/LEXICON.md (strings, every entry tried at every token). The two must agree hit for hit.
 */
class FrameScorerPropertyTest {
    static final long SEED = 20240608L;

    /** What the naive matcher finds: "start-end entry negator" per hit. */
    static List<String> naive(String text, Analyzer analyzer, Lexicon lexicon) {
        List<Token> toks = analyzer.withStopWordsRemoved(false).tokens(text);
        Set<String> negators = new HashSet<>(lexicon.negators());
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Lexicon.Entry best = null;
            int bestEnd = -1;
            for (Lexicon.Entry e : lexicon.entries()) {
                int end = matchAt(toks, i, e);
                if (end < 0) {
                    continue;
                }
                boolean better = best == null || end > bestEnd
                        || end == bestEnd && best.prefix() && !e.prefix()
                        || end == bestEnd && best.prefix() && e.prefix()
                                && last(e).length() > last(best).length();
                if (better) {
                    best = e;
                    bestEnd = end;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            String negator = "";
            if (best.side() == Side.ALARM) {
                for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                    if (toks.get(k).sentence() != toks.get(i).sentence()) {
                        break;
                    }
                    if (negators.contains(toks.get(k).term())) {
                        negator = toks.get(k).term();
                        break;
                    }
                }
            }
            out.add(toks.get(i).start() + "-" + toks.get(bestEnd - 1).end() + " " + best.entry() + " " + negator);
            i = bestEnd;
        }
        return out;
    }

    static String last(Lexicon.Entry e) {
        return e.words().get(e.words().size() - 1);
    }

    /** Index after the last token if {@code e} matches whole tokens from {@code i} in one sentence, else -1. */
    static int matchAt(List<Token> toks, int i, Lexicon.Entry e) {
        List<String> words = new ArrayList<>();
        int j = i;
        while (words.size() < e.words().size() && j < toks.size() && toks.get(j).sentence() == toks.get(i).sentence()) {
            words.addAll(List.of(toks.get(j).term().split(" ")));
            j++;
        }
        if (words.size() != e.words().size()) {
            return -1;
        }
        for (int k = 0; k < words.size(); k++) {
            String want = e.words().get(k);
            boolean ok = k == words.size() - 1 && e.prefix() ? words.get(k).startsWith(want) : words.get(k).equals(want);
            if (!ok) {
                return -1;
            }
        }
        return j;
    }

    static List<String> fast(DocumentFrames f) {
        List<String> out = new ArrayList<>();
        for (FrameHit h : f.hits()) {
            out.add(h.start() + "-" + h.end() + " " + h.entry().entry() + " " + h.negator());
        }
        return out;
    }

    /** A random text of about {@code words} pieces. */
    static String randomText(SplittableRandom r, List<String> pool, int words) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < words; k++) {
            String w = pool.get(r.nextInt(pool.size()));
            if (r.nextInt(3) == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(w);
            int p = r.nextInt(12);
            b.append(p == 0 ? ". " : p == 1 ? ", " : p == 2 ? "? " : p == 3 ? "\n" : " ");
        }
        return b.toString();
    }

    static List<String> pool() {
        List<String> pool = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.shipped().entries()) {
            String w = String.join(" ", e.words());
            pool.add(e.prefix() ? w + "ing" : w);   // a prefix entry with a continuation
            pool.add(e.words().get(0));              // the first word alone (broken multi-word entries)
        }
        pool.addAll(Lexicon.shipped().negators());
        pool.addAll(List.of("the", "a", "is", "of", "and", "to", "it", "that", "north", "korea", "north korea",
                "sanctions regime", "regime", "weapons", "mass", "destruction", "putin", "kim", "sky", "falling",
                "isn’t", "won’t", "spell", "not", "dangerous", "U.S.", "arms", "race"));
        return pool;
    }

    @Test
    void theScorerAgreesWithANaiveMatcherOnRandomTexts() {
        SplittableRandom r = new SplittableRandom(SEED);
        List<String> pool = pool();
        Analyzer analyzer = Analyzer.standard();
        FrameScorer scorer = new FrameScorer(analyzer, Lexicon.shipped());
        int hits = 0;
        int negated = 0;
        for (int doc = 0; doc < 300; doc++) {
            String text = randomText(r, pool, 5 + r.nextInt(80));
            DocumentFrames f = scorer.score("r" + doc, text);
            assertEquals(naive(text, analyzer, Lexicon.shipped()), fast(f), text);
            hits += f.hits().size();
            for (FrameHit h : f.hits()) {
                negated += h.negated() ? 1 : 0;
                assertTrue(h.start() >= 0 && h.end() <= text.length() && h.start() < h.end());
                assertTrue(!h.negated() || h.entry().side() == Side.ALARM);
            }
            for (int k = 1; k < f.hits().size(); k++) {
                assertTrue(f.hits().get(k).firstToken() >= f.hits().get(k - 1).endToken(), "hits never overlap");
            }
            assertEquals(analyzer.withStopWordsRemoved(false).tokens(text).size(), f.tokens());
        }
        assertTrue(hits > 2000 && negated > 100, hits + " hits, " + negated + " negated: the texts exercise the rules");
    }

    @Test
    void severalThreadsGiveIdenticalResults() throws Exception {
        List<Document> docs = dev.framelens.corpus.Corpus.read(Path.of("seeds")).documents();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    FrameOptions o = FrameOptions.defaults().resamples(500);
                    for (FrameScore s : FrameAnalysis.run(docs, Analyzer.standard(), Lexicon.shipped(), null).scores(o)) {
                        out.add(s.doc() + " " + s.alarm() + " " + s.reassurance() + " " + s.ciLow() + " " + s.ciHigh());
                    }
                    return out;
                }));
            }
            List<String> first = runs.get(0).get();
            for (Future<List<String>> f : runs) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}

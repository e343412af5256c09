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
 * Seeded random texts built from lexicon words, condition words, negators, negation-rule words,
 * stop words and phrase words, scored by {@link FrameScorer} and by a deliberately naive matcher
 * written here straight from the rules of docs/LEXICON.md (strings, every entry tried at every
 * token, context conditions and negation rules checked on the token list and the text between
 * tokens). The two must agree hit for hit, negator and rule.
 */
class FrameScorerPropertyTest {
    static final long SEED = 20240608L;

    /** What the naive matcher finds: "start-end entry negator rule" per hit. */
    static List<String> naive(String text, Analyzer analyzer, Lexicon lexicon) {
        List<Token> toks = analyzer.withStopWordsRemoved(false).tokens(text);
        Set<String> negators = new HashSet<>(lexicon.negators());
        List<String> out = new ArrayList<>();
        int i = 0;
        int[] previous = {-1, -1};
        while (i < toks.size()) {
            Lexicon.Entry best = null;
            int bestEnd = -1;
            for (Lexicon.Entry e : lexicon.entries()) {
                int end = matchAt(toks, i, e);
                if (end < 0 || !context(toks, i, end, e)) {
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
            String rule = "";
            if (best.side() == Side.ALARM) {
                boolean blocked = false;
                for (int k = i - 1; k >= 0 && k >= i - FrameScorer.NEGATION_WINDOW && same(toks, k, i); k--) {
                    blocked |= punctuation(text, toks, k);
                    if (negators.contains(toks.get(k).term())) {
                        negator = toks.get(k).term();
                        rule = blocked ? "clause_boundary" : rule(text, toks, negators, lexicon.negationRules(), k, i, bestEnd,
                                previous);
                        break;
                    }
                    blocked |= in(lexicon, NegationRules.Kind.CLAUSE, toks.get(k).term());
                }
            }
            out.add(toks.get(i).start() + "-" + toks.get(bestEnd - 1).end() + " " + best.entry() + " " + negator + " " + rule);
            previous = new int[] {i, bestEnd};
            i = bestEnd;
        }
        return out;
    }

    static boolean same(List<Token> toks, int a, int b) {
        return toks.get(a).sentence() == toks.get(b).sentence();
    }

    /** Clause punctuation in the text between token k and token k + 1 (docs/LEXICON.md, "Negation"). */
    static boolean punctuation(String text, List<Token> toks, int k) {
        String gap = text.substring(toks.get(k).end(), toks.get(k + 1).start());
        for (char c : gap.toCharArray()) {
            if (",;:()[]{}\"\u201C\u201D\u201E\u00AB\u00BB?!\u2026\u2014\u2013\u2012\u2015-".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word list holds {@code term}: equal to a word, or starting with a word written with '*'. */
    static boolean in(List<String> words, String term) {
        for (String w : words) {
            if (w.endsWith("*") ? term.startsWith(w.substring(0, w.length() - 1)) : term.equals(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean in(Lexicon lexicon, NegationRules.Kind kind, String term) {
        return in(lexicon.negationRules().words(kind), term);
    }

    /** The context conditions of docs/LEXICON.md: one requires (if any) and no forbids holds. */
    static boolean context(List<Token> toks, int i, int end, Lexicon.Entry e) {
        boolean ok = e.requires().isEmpty();
        for (Condition c : e.requires()) {
            ok |= holds(toks, i, end, c);
        }
        for (Condition c : e.forbids()) {
            ok &= !holds(toks, i, end, c);
        }
        return ok;
    }

    static boolean holds(List<Token> toks, int i, int end, Condition c) {
        for (int d = 1; d <= c.distance(); d++) {
            int before = i - d;
            int after = end - 1 + d;
            if (c.place() != Condition.Place.NEXT && before >= 0 && same(toks, before, i) && in(c.words(), toks.get(before).term())) {
                return true;
            }
            if (c.place() != Condition.Place.PREV && after < toks.size() && same(toks, after, i)
                    && in(c.words(), toks.get(after).term())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The negation rules in their documented order, for negator k and the alarm hit [i, end); {@code previous}
     * is the token range of the hit before it.
     */
    static String rule(String text, List<Token> toks, Set<String> negators, NegationRules r, int k, int i, int end,
            int[] previous) {
        String neg = toks.get(k).term();
        int begin = k;
        while (begin > 0 && same(toks, begin - 1, k)) {
            begin--;
        }
        int limit = end;
        while (limit < toks.size() && same(toks, limit, k)) {
            limit++;
        }
        // emphasis
        if (in(r.words(NegationRules.Kind.EMPHASIS), toks.get(k + 1).term())
                || neg.equals("not") && k > begin && toks.get(k - 1).term().equals("if")) {
            return "emphasis";
        }
        if (in(r.words(NegationRules.Kind.QUANTIFIER), neg)) {
            for (int m = k + 1; m < i; m++) {
                String t = toks.get(m).term();
                if (in(r.words(NegationRules.Kind.COMPARATIVE), t)) {
                    if (!neg.equals("no") || !t.equals("more")) {
                        return "emphasis";
                    }
                    for (int x = end + 1; x < limit; x++) {
                        if (toks.get(x).term().equals("than")) {
                            return "emphasis";
                        }
                    }
                    break;
                }
            }
        }
        // double negative: another negator before an inner one, in its clause
        if (in(r.words(NegationRules.Kind.INNER), neg)) {
            for (int m = k - 1; m >= begin; m--) {
                if (punctuation(text, toks, m)) {
                    break;
                }
                if (negators.contains(toks.get(m).term())) {
                    return "double_negative";
                }
                if (in(r.words(NegationRules.Kind.CLAUSE), toks.get(m).term())) {
                    break;
                }
            }
        }
        for (int m = k + 1; m < end; m++) {
            if (in(r.words(NegationRules.Kind.DEFIANCE), toks.get(m).term())) {
                return "defiance";
            }
        }
        for (int m = k + 1; m < i; m++) {
            String t = toks.get(m).term();
            if (in(r.words(NegationRules.Kind.AFFIRMING), t)
                    || in(r.words(NegationRules.Kind.GOVERNING), t) && !toks.get(m + 1).term().equals("that")) {
                return "governed";
            }
        }
        if (in(r.words(NegationRules.Kind.INNER), neg) && (k == begin || punctuation(text, toks, k - 1)
                || in(r.words(NegationRules.Kind.CLAUSE), toks.get(k - 1).term()))) {
            return "condition";
        }
        boolean fear = false;
        for (int m = i; m < end; m++) {
            fear |= in(r.words(NegationRules.Kind.FEAR), toks.get(m).term());
        }
        int lo = Math.max(begin, k - FrameScorer.REJECTION_WINDOW);
        for (int m = k - 1; m >= lo && !punctuation(text, toks, m); m--) {
            String t = toks.get(m).term();
            if (in(r.words(NegationRules.Kind.CONDITIONAL), t)) {
                return "condition";
            }
            if (!fear && in(r.words(NegationRules.Kind.OBLIGATION), t)) {
                return "precaution";
            }
            if (in(r.words(NegationRules.Kind.CLAUSE), t)) {
                break;
            }
        }
        for (int m = k - 1; m >= lo && !in(r.words(NegationRules.Kind.CLAUSE), toks.get(m).term()); m--) {
            if (in(r.words(NegationRules.Kind.REJECTION), toks.get(m).term())) {
                return "rejected_reassurance";
            }
        }
        // negation v3: only bridge words (or the rest of the hit the negator is in) between negator and hit
        if (!r.words(NegationRules.Kind.BRIDGE).isEmpty()) {
            int from = previous[0] <= k && k < previous[1] ? Math.max(k + 1, previous[1]) : k + 1;
            for (int m = from; m < i; m++) {
                String t = toks.get(m).term();
                boolean claim = in(r.words(NegationRules.Kind.GOVERNING), t) && toks.get(m + 1).term().equals("that");
                if (!claim && !in(r.words(NegationRules.Kind.BRIDGE), t)) {
                    return "governed";
                }
            }
        }
        return "negation";
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
            out.add(h.start() + "-" + h.end() + " " + h.entry().entry() + " " + h.negator() + " " + h.rule().label());
        }
        return out;
    }

    /** A random text of about {@code words} pieces; one in four is drawn from {@code hot}. */
    static String randomText(SplittableRandom r, List<String> pool, List<String> hot, int words) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < words; k++) {
            String w = r.nextInt(4) == 0 ? hot.get(r.nextInt(hot.size())) : pool.get(r.nextInt(pool.size()));
            if (r.nextInt(3) == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(w);
            int p = r.nextInt(16);
            b.append(p == 0 ? ". " : p == 1 ? ", " : p == 2 ? "? " : p == 3 ? "\n" : p == 4 ? "; " : p == 5 ? " - "
                    : p == 6 ? " (" : " ");
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
        List<String> words = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.shipped().entries()) {
            e.requires().forEach(c -> words.addAll(c.words()));
            e.forbids().forEach(c -> words.addAll(c.words()));
        }
        for (NegationRules.Kind k : NegationRules.Kind.values()) {
            // the bridge list is mostly function words: a few of them (in 'hot') are enough, all of them
            // would crowd out the words the other rules look at
            if (k != NegationRules.Kind.BRIDGE) {
                words.addAll(Lexicon.shipped().negationRules().words(k));
            }
        }
        for (String w : words) {
            pool.add(w.endsWith("*") ? w.substring(0, w.length() - 1) + "s" : w);
        }
        pool.addAll(List.of("the", "a", "is", "of", "and", "to", "it", "that", "north", "korea", "north korea",
                "sanctions regime", "regime", "weapons", "mass", "destruction", "putin", "kim", "sky", "falling",
                "isn’t", "won’t", "spell", "not", "dangerous", "U.S.", "arms", "race"));
        return pool;
    }

    @Test
    void theScorerAgreesWithANaiveMatcherOnRandomTexts() {
        SplittableRandom r = new SplittableRandom(SEED);
        List<String> pool = pool();
        // the words the negation rules look at, often, so that every rule decides some hits
        List<String> hot = new ArrayList<>(List.of("not", "no", "is", "a", "any", "dont", "should", "ensure", "nothing", "never", "without", "only", "least", "more",
                "greater", "than", "that", "if", "must", "allow", "deny", "intimidated", "illusion", "but", "which",
                "panic", "danger", "threat", "crisis"));
        Analyzer analyzer = Analyzer.standard();
        FrameScorer scorer = new FrameScorer(analyzer, Lexicon.shipped());
        int hits = 0;
        int negated = 0;
        java.util.Map<NegationRule, Integer> rules = new java.util.EnumMap<>(NegationRule.class);
        for (int doc = 0; doc < 800; doc++) {
            String text = randomText(r, pool, hot, 5 + r.nextInt(80));
            DocumentFrames f = scorer.score("r" + doc, text);
            assertEquals(naive(text, analyzer, Lexicon.shipped()), fast(f), text);
            hits += f.hits().size();
            for (FrameHit h : f.hits()) {
                negated += h.negated() ? 1 : 0;
                rules.merge(h.rule(), 1, Integer::sum);
                assertTrue(h.start() >= 0 && h.end() <= text.length() && h.start() < h.end());
                assertTrue(!h.negated() || h.entry().side() == Side.ALARM);
            }
            for (int k = 1; k < f.hits().size(); k++) {
                assertTrue(f.hits().get(k).firstToken() >= f.hits().get(k - 1).endToken(), "hits never overlap");
            }
            assertEquals(analyzer.withStopWordsRemoved(false).tokens(text).size(), f.tokens());
        }
        assertTrue(hits > 2000 && negated > 100, hits + " hits, " + negated + " negated: the texts exercise the rules");
        for (NegationRule rule : NegationRule.values()) {
            assertTrue(rules.getOrDefault(rule, 0) >= 5, rule + " decided " + rules.get(rule) + " hits: " + rules);
        }
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

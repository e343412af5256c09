package dev.framelens.framing;

import dev.framelens.corpus.Document;
import dev.framelens.count.Terms;
import dev.framelens.framing.internal.LexiconVocabulary;
import dev.framelens.framing.internal.SequenceMatcher;
import dev.framelens.framing.NegationRules.Kind;
import dev.framelens.framing.internal.WordSet;
import dev.framelens.text.Analyzer;
import dev.framelens.voice.Quotation;
import dev.framelens.voice.QuoteFinder;
import dev.framelens.voice.Voice;
import dev.framelens.voice.VoiceMap;
import dev.framelens.text.TermBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the lexicon hits (and actor mentions) of documents, following {@code docs/LEXICON.md}.
 *
 * <h2>Stream</h2>
 * The analyzer's pipeline with stop words <em>kept</em> ({@code withStopWordsRemoved(false)}) and
 * its phrases merged: negators and words such as {@code is}, {@code of}, {@code the} occur inside
 * entries, and the negation window counts them. Every token of that stream counts in
 * {@link DocumentFrames#tokens()}; a merged phrase is one token.
 *
 * <h2>Matching</h2>
 * <ol>
 *   <li>Within a sentence: a hit never crosses a sentence boundary.</li>
 *   <li>Word by word: an entry matches consecutive tokens whose words spell it; a merged phrase
 *       token counts as the words of its canonical form, but only as a whole.</li>
 *   <li>A prefix entry ({@code escalat*}) compares its last word as a prefix of the last token's
 *       final word.</li>
 *   <li>Leftmost-longest, one hit per token: scanning left to right, the entry covering the most
 *       tokens wins and the scan continues after it; on equal tokens an exact entry beats a
 *       prefix, a longer prefix a shorter one.</li>
 *   <li>Context: an entry with conditions ({@link Lexicon.Entry#requires()},
 *       {@link Lexicon.Entry#forbids()}) matches only where at least one of its {@code requires}
 *       conditions and none of its {@code forbids} conditions holds, in the same sentence; a
 *       rejected match leaves the next candidate at that token in the running. Conditions are
 *       checked only on candidate matches.</li>
 * </ol>
 *
 * <h2>Negation (v2)</h2>
 * An <em>alarm</em> hit is looked at by the negation rules of {@link NegationRule}: the nearest
 * negator among the {@value #NEGATION_WINDOW} tokens before the hit's first token, in the same
 * sentence and clause, is in scope; the first rule that applies decides, and only plain
 * {@link NegationRule#NEGATION} flips the hit to reassurance ({@link FrameHit#side()}). Clause
 * boundaries are read from the text between the tokens' offsets (punctuation) and from
 * clause-opening words. Reassurance hits are never flipped. A negator may itself be part of an
 * earlier hit.
 *
 * <p>Actor terms are matched independently of the lexicon, in a second pass over the same tokens
 * with the same rules (exact words only).
 *
 * <h2>Voice</h2>
 * Each document's quotations ({@link VoiceMap#of(Document)}: direct, partial and indirect, found by
 * {@link QuoteFinder}) decide whose words each token and hit are: a token or a
 * hit whose first character lies inside a quotation is {@link Voice#QUOTED} and has that
 * quotation's speaker, every other one is {@link Voice#AUTHOR}. Voice changes no match and no
 * number of the whole-document scores; it only splits them.
 *
 * <p>One scorer holds a vocabulary and scratch buffers: it is <em>not</em> thread-safe; use one per
 * thread. The vocabulary knows the words its rules name and lumps every other term into one id
 * ({@link LexiconVocabulary}): it grows only by the terms that may start with one of its prefixes,
 * and the hits are those of a vocabulary that knows every term. Every rule that asks about a token must therefore ask about
 * words interned in the constructor, or prefixes passed to {@link LexiconVocabulary#close}.
 * Scoring a token allocates nothing once the few terms that may start with a prefix have been
 * seen; context conditions and negation rules are checked only on candidate hits, on term ids.
 */
public final class FrameScorer {
    /** Tokens before an alarm hit that are searched for a negator (within its clause). */
    public static final int NEGATION_WINDOW = 5;

    /** Tokens before a negator that are searched for a rejection word ({@link NegationRule#REJECTED_REASSURANCE}). */
    public static final int REJECTION_WINDOW = 12;

    /** Characters that end a clause when they stand between two tokens (a hyphen between tokens is a dash). */
    static final String CLAUSE_PUNCTUATION = ",;:()[]{}\"\u201C\u201D\u201E\u00AB\u00BB?!\u2026\u2014\u2013\u2012\u2015-";

    private final Lexicon lexicon;
    /** Whether the negation rules have a {@link Kind#BRIDGE} list (negation v3); without one, v2's rules. */
    private final boolean bridged;
    /** The token range of the last hit found in the current document, for {@link #bridgedBetween}. */
    private int previousHitStart;
    private int previousHitEnd;
    private final Actors actors;
    private final LexiconVocabulary vocabulary = new LexiconVocabulary();
    private final Analyzer.Stream stream;
    private final SequenceMatcher entries;
    private final SequenceMatcher actorTerms;
    private final boolean[] negator;
    /** Per entry: its conditions' places and distances and word sets, or null without conditions. */
    private final Condition[][] requires;
    private final WordSet[][] requiresWords;
    private final Condition[][] forbids;
    private final WordSet[][] forbidsWords;
    private final SequenceMatcher.Filter context = this::accept;
    /** The negation rules' word lists, by {@link Kind#ordinal()}. */
    private final WordSet[] lists = new WordSet[Kind.values().length];
    private final int idIf;
    private final int idNot;
    private final int idNo;
    private final int idMore;
    private final int idThan;
    private final int idThat;
    private final int idOf;

    /** The analysed stream of the text being scored; the fields below are its arrays. */
    private final TermBuffer buffer = new TermBuffer();
    private int[] ids;
    private int[] starts;
    private int[] ends;
    private int[] sentences;
    private int size;
    /** Per sentence of the text being scored (0-based), the index after its last token. */
    private int[] sentenceTokenEnd = new int[64];
    /** The text being scored and the current sentence's token range, for conditions and negation. */
    private String text;
    private int sentenceBegin;
    private int sentenceLimit;

    /** A scorer without actors. */
    public FrameScorer(Analyzer analyzer, Lexicon lexicon) {
        this(analyzer, lexicon, null);
    }

    /**
     * @param analyzer the pipeline whose phrases are merged (its stop-word setting is ignored:
     *                 stop words are always kept)
     * @param lexicon  entries, negators and negation rules
     * @param actors   actor terms to find as well, or {@code null}
     */
    public FrameScorer(Analyzer analyzer, Lexicon lexicon, Actors actors) {
        this(analyzer, lexicon, actors, true);
    }

    /**
     * @param closeVocabulary whether terms no rule names share one id ({@link LexiconVocabulary});
     *                        false only to check that closing changes nothing
     */
    FrameScorer(Analyzer analyzer, Lexicon lexicon, Actors actors, boolean closeVocabulary) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.stream = analyzer.withStopWordsRemoved(false).stream(vocabulary);
        int n = lexicon.entries().size();
        List<List<String>> words = new ArrayList<>();
        boolean[] prefix = new boolean[n];
        requires = new Condition[n][];
        requiresWords = new WordSet[n][];
        forbids = new Condition[n][];
        forbidsWords = new WordSet[n][];
        for (Lexicon.Entry e : lexicon.entries()) {
            words.add(e.words());
            prefix[e.index()] = e.prefix();
            if (!e.requires().isEmpty()) {
                requires[e.index()] = e.requires().toArray(new Condition[0]);
                requiresWords[e.index()] = wordSets(e.requires());
            }
            if (!e.forbids().isEmpty()) {
                forbids[e.index()] = e.forbids().toArray(new Condition[0]);
                forbidsWords[e.index()] = wordSets(e.forbids());
            }
        }
        this.entries = new SequenceMatcher(vocabulary, words, prefix);
        if (actors != null) {
            List<List<String>> terms = new ArrayList<>();
            actors.terms().forEach(t -> terms.add(t.words()));
            this.actorTerms = new SequenceMatcher(vocabulary, terms, new boolean[terms.size()]);
        } else {
            this.actorTerms = null;
        }
        int[] neg = new int[lexicon.negators().size()];
        int max = -1;
        for (int k = 0; k < neg.length; k++) {
            neg[k] = vocabulary.intern(lexicon.negators().get(k));
            max = Math.max(max, neg[k]);
        }
        this.negator = new boolean[max + 1];
        for (int id : neg) {
            negator[id] = true;
        }
        for (Kind k : Kind.values()) {
            lists[k.ordinal()] = new WordSet(vocabulary, lexicon.negationRules().words(k));
        }
        bridged = !lexicon.negationRules().words(Kind.BRIDGE).isEmpty();
        idIf = vocabulary.intern("if");
        idNot = vocabulary.intern("not");
        idNo = vocabulary.intern("no");
        idMore = vocabulary.intern("more");
        idThan = vocabulary.intern("than");
        idThat = vocabulary.intern("that");
        idOf = vocabulary.intern("of");
        if (closeVocabulary) {
            vocabulary.close(prefixes());
        }
    }

    /** Every prefix the scorer matches on a term's characters: of prefix entries and of its word sets. */
    private List<String> prefixes() {
        List<String> out = new ArrayList<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            if (e.prefix()) {
                out.add(e.words().get(e.words().size() - 1));
            }
        }
        List<WordSet> sets = new ArrayList<>(List.of(lists));
        for (WordSet[] w : requiresWords) {
            if (w != null) {
                sets.addAll(List.of(w));
            }
        }
        for (WordSet[] w : forbidsWords) {
            if (w != null) {
                sets.addAll(List.of(w));
            }
        }
        for (WordSet w : sets) {
            out.addAll(w.prefixes());
        }
        return out;
    }

    private WordSet[] wordSets(List<Condition> conditions) {
        WordSet[] out = new WordSet[conditions.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = new WordSet(vocabulary, conditions.get(k).words());
        }
        return out;
    }

    /** Number of terms the scorer's vocabulary holds (for tests). */
    int vocabularySize() {
        return vocabulary.size();
    }

    /** The lexicon this scorer matches. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The actors this scorer finds, or {@code null}. */
    public Actors actors() {
        return actors;
    }

    /** Scores one document, its voices found by {@link VoiceMap#of(Document)}. */
    public DocumentFrames score(Document document) {
        return score(document.id(), document.text());
    }

    /**
     * Scores a document without looking for its quotations: every hit and token is the author's
     * ({@link Voice#AUTHOR}). The document's own scores, hits and counts are those of {@link
     * #score(Document)}; only the voices differ. For results that show no voice (frame scores, actors,
     * similarity), which need not pay for the quote rules.
     */
    public DocumentFrames scoreWithoutVoices(Document document) {
        return score(document.id(), document.text(), NO_VOICES);
    }

    /** No quotation: every offset is the author's. */
    private static final VoiceMap NO_VOICES = VoiceMap.of(List.of());

    /** Scores one text under the id {@code id}, its voices found by {@link QuoteFinder}. */
    public DocumentFrames score(String id, String text) {
        return score(id, text, VoiceMap.of(QuoteFinder.find(text)));
    }

    /**
     * Scores one text whose voices are given: {@code voices} says which offsets are quoted (a
     * {@link VoiceMap} of other quotations, e.g. hand-coded ones, or one without the indirect kind).
     */
    public DocumentFrames score(String id, String text, VoiceMap voices) {
        buffer.clear();
        stream.analyze(text, buffer);
        size = buffer.size();
        ids = buffer.ids();
        starts = buffer.starts();
        ends = buffer.ends();
        sentences = buffer.sentences();
        int sentenceCount = size == 0 ? 0 : sentences[size - 1];
        int[] sentenceStart = new int[sentenceCount];
        int[] sentenceEnd = new int[sentenceCount];
        int[] sentenceTokens = new int[sentenceCount];
        int[] sentenceQuoted = new int[sentenceCount];
        int[] quotationTokens = new int[voices.quotations().size()];
        if (sentenceTokenEnd.length < sentenceCount) {
            sentenceTokenEnd = new int[Math.max(sentenceCount, 2 * sentenceTokenEnd.length)];
        }
        boolean quoted = quotationTokens.length > 0;
        for (int k = 0; k < size; k++) {
            int s = sentences[k] - 1;
            if (k == 0 || sentences[k - 1] != sentences[k]) {
                sentenceStart[s] = starts[k];
            }
            sentenceEnd[s] = ends[k];
            sentenceTokens[s]++;
            sentenceTokenEnd[s] = k + 1;
            if (quoted) {
                int q = voices.indexAt(starts[k]);
                if (q >= 0) {
                    sentenceQuoted[s]++;
                    quotationTokens[q]++;
                }
            }
        }
        List<FrameHit> hits = new ArrayList<>();
        List<ActorMention> mentions = new ArrayList<>();
        this.text = text;
        sentenceLimit = 0;
        previousHitStart = -1;
        previousHitEnd = -1;
        for (int i = 0; i < size; ) {
            if (i >= sentenceLimit) {
                sentenceBegin = i;
                sentenceLimit = sentenceEnd(i);
            }
            int e = entries.match(ids, i, sentenceLimit, context);
            if (e < 0) {
                i++;
                continue;
            }
            int endToken = entries.end();
            Lexicon.Entry entry = lexicon.entries().get(e);
            NegationRule rule = NegationRule.NONE;
            String by = "";
            if (entry.side() == Side.ALARM) {
                int k = negatorInWindow(i);
                if (k >= 0) {
                    by = vocabulary.term(ids[k]);
                    rule = blocked ? NegationRule.CLAUSE_BOUNDARY : rule(k, i, endToken);
                }
            }
            Quotation q = voices.quotationAt(starts[i]);
            hits.add(new FrameHit(sentences[i], i, endToken, starts[i], ends[endToken - 1], entry, rule.flips(), by,
                    rule, q == null ? Voice.AUTHOR : Voice.QUOTED, q == null ? "" : q.speaker()));
            previousHitStart = i;
            previousHitEnd = endToken;
            i = endToken;
        }
        this.text = null;
        if (actorTerms != null) {
            int limit = 0;
            for (int i = 0; i < size; ) {
                if (i >= limit) {
                    limit = sentenceEnd(i);
                }
                int t = actorTerms.match(ids, i, limit);
                if (t < 0) {
                    i++;
                    continue;
                }
                int endToken = actorTerms.end();
                Actors.Term term = actors.terms().get(t);
                mentions.add(new ActorMention(term.actorIndex(), term, sentences[i], i, endToken, starts[i],
                        ends[endToken - 1]));
                i = endToken;
            }
        }
        return new DocumentFrames(id, size, sentenceStart, sentenceEnd, hits, mentions, voices, sentenceTokens,
                sentenceQuoted, quotationTokens);
    }

    // ---- context conditions ----------------------------------------------------------------------

    /** {@link SequenceMatcher.Filter}: whether entry {@code p} matched at [from, end) meets its conditions. */
    private boolean accept(int p, int from, int end) {
        Condition[] req = requires[p];
        if (req != null) {
            boolean any = false;
            for (int c = 0; c < req.length && !any; c++) {
                any = holds(req[c], requiresWords[p][c], from, end);
            }
            if (!any) {
                return false;
            }
        }
        Condition[] forb = forbids[p];
        if (forb != null) {
            for (int c = 0; c < forb.length; c++) {
                if (holds(forb[c], forbidsWords[p][c], from, end)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether one of {@code words} stands where {@code c} looks, around tokens [from, end), in the sentence. */
    private boolean holds(Condition c, WordSet words, int from, int end) {
        if (c.before()) {
            for (int k = from - 1; k >= Math.max(sentenceBegin, from - c.distance()); k--) {
                if (words.contains(ids[k])) {
                    return true;
                }
            }
        }
        if (c.after()) {
            for (int k = end; k < Math.min(sentenceLimit, end + c.distance()); k++) {
                if (words.contains(ids[k])) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- negation v2 -------------------------------------------------------------------------------

    /** Set by {@link #negatorInWindow}: whether a clause boundary lies between the negator found and the hit. */
    private boolean blocked;

    /**
     * The nearest negator among the {@value #NEGATION_WINDOW} tokens before token {@code i} in its
     * sentence, or -1; {@link #blocked} says whether a clause boundary separates it from the hit.
     */
    private int negatorInWindow(int i) {
        blocked = false;
        for (int k = i - 1; k >= Math.max(sentenceBegin, i - NEGATION_WINDOW); k--) {
            if (punctuationBetween(k)) {
                blocked = true;
            }
            if (isNegator(ids[k])) {
                return k;
            }
            if (in(Kind.CLAUSE, ids[k]) && !opensWithNegator(k)) {
                blocked = true;
            }
        }
        return -1;
    }

    /**
     * Negation v4: whether clause word {@code k} follows a negator and "of" ("none of which were
     * serious", "neither of whom was hurt"): the negator opens the relative clause, so the word does
     * not end the negator's clause.
     */
    private boolean opensWithNegator(int k) {
        return k - 2 >= sentenceBegin && ids[k - 1] == idOf && isNegator(ids[k - 2])
                && !punctuationBetween(k - 2) && !punctuationBetween(k - 1);
    }

    /** Whether term {@code id} is in the negation rules' list {@code kind}. */
    private boolean in(Kind kind, int id) {
        return lists[kind.ordinal()].contains(id);
    }

    private boolean isNegator(int id) {
        return id < negator.length && negator[id];
    }

    /** Whether the text between token {@code k} and token {@code k + 1} holds clause punctuation. */
    private boolean punctuationBetween(int k) {
        for (int c = ends[k]; c < starts[k + 1]; c++) {
            if (CLAUSE_PUNCTUATION.indexOf(text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause boundary (punctuation or a clause-opening word) lies between tokens {@code a < b}. */
    private boolean boundaryBetween(int a, int b) {
        for (int k = a; k < b; k++) {
            if (punctuationBetween(k) || k > a && in(Kind.CLAUSE, ids[k])) {
                return true;
            }
        }
        return false;
    }

    /** The rule that decides an alarm hit [i, end) with negator {@code k} in its clause; see {@link NegationRule}. */
    private NegationRule rule(int k, int i, int end) {
        if (emphatic(k, i, end)) {
            return NegationRule.EMPHASIS;
        }
        if (in(Kind.INNER, ids[k])) {
            for (int m = k - 1; m >= sentenceBegin && !boundaryBetween(m, k); m--) {
                if (isNegator(ids[m])) {
                    return NegationRule.DOUBLE_NEGATIVE;
                }
            }
        }
        for (int m = k + 1; m < end; m++) {
            if (in(Kind.DEFIANCE, ids[m])) {
                return NegationRule.DEFIANCE;
            }
        }
        for (int m = k + 1; m < i; m++) {
            if (in(Kind.AFFIRMING, ids[m]) || in(Kind.GOVERNING, ids[m]) && ids[m + 1] != idThat) {
                return NegationRule.GOVERNED;
            }
        }
        if (in(Kind.INNER, ids[k]) && (k == sentenceBegin || punctuationBetween(k - 1) || in(Kind.CLAUSE, ids[k - 1]))) {
            return NegationRule.CONDITION;
        }
        boolean feared = false;
        for (int m = i; m < end && !feared; m++) {
            feared = in(Kind.FEAR, ids[m]);
        }
        int lo = Math.max(sentenceBegin, k - REJECTION_WINDOW);
        for (int m = k - 1; m >= lo && !punctuationBetween(m); m--) {
            if (in(Kind.CONDITIONAL, ids[m])) {
                return NegationRule.CONDITION;
            }
            if (in(Kind.OBLIGATION, ids[m]) && !feared) {
                return NegationRule.PRECAUTION;
            }
            if (in(Kind.CLAUSE, ids[m])) {
                break;
            }
        }
        for (int m = k - 1; m >= lo && !in(Kind.CLAUSE, ids[m]); m--) {
            if (in(Kind.REJECTION, ids[m])) {
                return NegationRule.REJECTED_REASSURANCE;
            }
        }
        return bridged && !bridgedBetween(k, i) ? NegationRule.GOVERNED : NegationRule.NEGATION;
    }

    /**
     * Negation v3: whether every token between negator {@code k} and the hit at {@code i} is a
     * {@link Kind#BRIDGE} word, a governing verb introducing a claim ("cannot accept that"), or part of
     * the earlier hit the negator belongs to ("no evidence of [danger]").
     */
    private boolean bridgedBetween(int k, int i) {
        int m = k + 1;
        if (previousHitEnd > k && previousHitStart <= k) {
            m = Math.max(m, previousHitEnd);
        }
        for (; m < i; m++) {
            boolean claim = in(Kind.GOVERNING, ids[m]) && ids[m + 1] == idThat;
            if (!claim && !in(Kind.BRIDGE, ids[m])) {
                return false;
            }
        }
        return true;
    }

    /** {@link NegationRule#EMPHASIS}: "not only", "if not", or a quantifying negator with a comparative. */
    private boolean emphatic(int k, int i, int end) {
        if (in(Kind.EMPHASIS, ids[k + 1])) {
            return true;
        }
        if (ids[k] == idNot && k > sentenceBegin && ids[k - 1] == idIf) {
            return true;
        }
        if (!in(Kind.QUANTIFIER, ids[k])) {
            return false;
        }
        for (int m = k + 1; m < i; m++) {
            if (in(Kind.COMPARATIVE, ids[m])) {
                if (ids[k] != idNo || ids[m] != idMore) {
                    return true;
                }
                // "no more … than": emphasis only with a 'than' after the hit, and not right after it
                for (int t = end + 1; t < sentenceLimit; t++) {
                    if (ids[t] == idThan) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Index after the last token of the sentence that token {@code i} is in. */
    private int sentenceEnd(int i) {
        return sentenceTokenEnd[sentences[i] - 1];
    }
}

package dev.framelens.framing;

import dev.framelens.corpus.Document;
import dev.framelens.count.Terms;
import dev.framelens.framing.internal.SequenceMatcher;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermInterner;
import dev.framelens.text.TermSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the lexicon hits (and actor mentions) of documents, following {@code docs/LEXICON.md}.
 *
 * <h2>Stream</h2>
 * The analyzer's pipeline with stop words <em>kept</em> ({@code withStopWordsRemoved(false)}) and
 * its phrases merged: negators and words such as {@code is}, {@code of}, {@code the} occur inside
 * entries, and the three-token negation window counts them. Every token of that stream counts in
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
 * </ol>
 *
 * <h2>Negation</h2>
 * If a negator is one of the three tokens immediately before the first token of an
 * <em>alarm</em> hit, in the same sentence, the hit is negated: it keeps its entry and category
 * but counts on the reassurance side ({@link FrameHit#side()}); the nearest such negator is
 * recorded. Reassurance hits are never flipped. A negator may itself be part of an earlier hit.
 *
 * <p>Actor terms are matched independently of the lexicon, in a second pass over the same tokens
 * with the same rules (exact words only).
 *
 * <p>One scorer holds a vocabulary and scratch buffers: it is <em>not</em> thread-safe; use one per
 * thread. After the first occurrence of each distinct term, scoring a token allocates nothing.
 */
public final class FrameScorer {
    /** Tokens before an alarm hit that are searched for a negator. */
    public static final int NEGATION_WINDOW = 3;

    private final Lexicon lexicon;
    private final Actors actors;
    private final TermInterner vocabulary = Terms.newInterner();
    private final Analyzer.Stream stream;
    private final SequenceMatcher entries;
    private final SequenceMatcher actorTerms;
    private final boolean[] negator;

    private int[] ids = new int[1024];
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int[] sentences = new int[1024];
    private int size;
    private final TermSink sink = this::add;

    /** A scorer without actors. */
    public FrameScorer(Analyzer analyzer, Lexicon lexicon) {
        this(analyzer, lexicon, null);
    }

    /**
     * @param analyzer the pipeline whose phrases are merged (its stop-word setting is ignored:
     *                 stop words are always kept)
     * @param lexicon  entries and negators
     * @param actors   actor terms to find as well, or {@code null}
     */
    public FrameScorer(Analyzer analyzer, Lexicon lexicon, Actors actors) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.stream = analyzer.withStopWordsRemoved(false).stream(vocabulary);
        List<List<String>> words = new ArrayList<>();
        boolean[] prefix = new boolean[lexicon.entries().size()];
        for (Lexicon.Entry e : lexicon.entries()) {
            words.add(e.words());
            prefix[e.index()] = e.prefix();
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
    }

    /** The lexicon this scorer matches. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The actors this scorer finds, or {@code null}. */
    public Actors actors() {
        return actors;
    }

    /** Scores one document. */
    public DocumentFrames score(Document document) {
        return score(document.id(), document.text());
    }

    /** Scores one text under the id {@code id}. */
    public DocumentFrames score(String id, String text) {
        size = 0;
        stream.analyze(text, sink);
        int sentenceCount = size == 0 ? 0 : sentences[size - 1];
        int[] sentenceStart = new int[sentenceCount];
        int[] sentenceEnd = new int[sentenceCount];
        for (int k = 0; k < size; k++) {
            int s = sentences[k] - 1;
            if (k == 0 || sentences[k - 1] != sentences[k]) {
                sentenceStart[s] = starts[k];
            }
            sentenceEnd[s] = ends[k];
        }
        List<FrameHit> hits = new ArrayList<>();
        List<ActorMention> mentions = new ArrayList<>();
        int sentenceLimit = 0;
        for (int i = 0; i < size; ) {
            if (i >= sentenceLimit) {
                sentenceLimit = sentenceEnd(i);
            }
            int e = entries.match(ids, i, sentenceLimit);
            if (e < 0) {
                i++;
                continue;
            }
            int endToken = entries.end();
            Lexicon.Entry entry = lexicon.entries().get(e);
            String by = "";
            if (entry.side() == Side.ALARM) {
                for (int k = i - 1; k >= Math.max(0, i - NEGATION_WINDOW) && sentences[k] == sentences[i]; k--) {
                    if (ids[k] < negator.length && negator[ids[k]]) {
                        by = vocabulary.term(ids[k]);
                        break;
                    }
                }
            }
            hits.add(new FrameHit(sentences[i], i, endToken, starts[i], ends[endToken - 1], entry, !by.isEmpty(), by));
            i = endToken;
        }
        if (actorTerms != null) {
            sentenceLimit = 0;
            for (int i = 0; i < size; ) {
                if (i >= sentenceLimit) {
                    sentenceLimit = sentenceEnd(i);
                }
                int t = actorTerms.match(ids, i, sentenceLimit);
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
        return new DocumentFrames(id, size, sentenceStart, sentenceEnd, hits, mentions);
    }

    /** Index after the last token of the sentence that token {@code i} is in. */
    private int sentenceEnd(int i) {
        int s = sentences[i];
        int j = i + 1;
        while (j < size && sentences[j] == s) {
            j++;
        }
        return j;
    }

    private void add(int id, int start, int end, int sentence, int position) {
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            sentences = Arrays.copyOf(sentences, n);
        }
        ids[size] = id;
        starts[size] = start;
        ends[size] = end;
        sentences[size] = sentence;
        size++;
    }
}

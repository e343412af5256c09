package dev.framelens;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.count.GroupCounts;
import dev.framelens.count.Terms;
import dev.framelens.framing.ActorFrames;
import dev.framelens.framing.Actors;
import dev.framelens.framing.DocumentFrames;
import dev.framelens.framing.Evidence;
import dev.framelens.framing.FrameAnalysis;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.FrameScore;
import dev.framelens.framing.FrameScorer;
import dev.framelens.framing.GroupFrames;
import dev.framelens.table.FrameTables;
import dev.framelens.table.GroupTables;
import dev.framelens.table.TermTables;
import dev.framelens.text.TermRecorder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * What one pass over a corpus of any size keeps for a summary of its framing ({@link
 * Framelens#overview}): every article's frame scores (no text), the corpus's term counts, the term
 * counts of each value of the comparison column, actors × frames over the corpus, and the {@code
 * extremes} most and least alarmed articles with their text (to show their evidence). Memory: the
 * scores and metadata of each article, the vocabulary once plus once per comparison group, and
 * {@code 2 · extremes} articles — never the corpus.
 *
 * <p>The most alarmed are the articles with the highest {@code alarm_index}, the least alarmed those
 * with the lowest, ties in corpus order (the earlier article first).
 */
public final class Overview {
    private final Corpus metadata;
    private final java.util.function.Consumer<String> warnings;
    private Table frameScores;
    private final List<FrameScore> scores;
    private final long tokens;
    private final FrameOptions options;
    private final Table terms;
    private final Table actors;
    private final ColumnGroups comparison;
    private final Table extremeScores;
    private final Table extremeEvidence;
    private final Table extremeHits;
    private final List<String> mostAlarmed;
    private final List<String> leastAlarmed;
    private final int documents;

    private Overview(Builder b, Framelens f) {
        this.options = b.options;
        this.metadata = Corpus.of(b.metadata, f.documents().metadataSource());
        this.warnings = f.warnings();
        this.scores = List.copyOf(b.scores);
        this.tokens = b.scores.stream().mapToLong(FrameScore::tokens).sum();
        this.documents = b.scores.size();
        GroupCounts groups = b.groups.build();
        this.terms = TermTables.corpus(groups.corpus(), 0);
        this.actors = b.totals == null ? FrameTables.actorsOverall(List.of()) : FrameTables.actorsOverall(b.totals.rows());
        this.comparison = b.compareColumn == null ? null : new ColumnGroups(b.compareColumn, List.copyOf(b.columns), groups);
        // the extremes: most alarmed first (index descending), then least alarmed (index ascending)
        List<Kept> most = sorted(b.most, true);
        List<Kept> least = sorted(b.least, false);
        List<Document> shown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Kept k : concat(most, least)) {
            if (seen.add(k.document.id())) {
                shown.add(k.document);
            }
        }
        this.mostAlarmed = most.stream().map(k -> k.document.id()).toList();
        this.leastAlarmed = least.stream().map(k -> k.document.id()).toList();
        Corpus few = Corpus.of(shown, f.documents().metadataSource());
        FrameAnalysis analysis = FrameAnalysis.run(few, f.analyzer(), options.lexicon(), null, f.threads());
        List<Document> stubs = new ArrayList<>();
        List<FrameScore> fewScores = new ArrayList<>();
        Table evidence = FrameTables.evidence(List.of());
        for (Document d : few) {
            stubs.add(Folds.withoutText(d));
            fewScores.add(FrameScore.of(analysis.document(d.id()), options));
            evidence.append(FrameTables.evidence(Evidence.sentences(d, analysis.document(d.id()), null, b.evidenceRows)));
        }
        this.extremeScores = FrameTables.scores(Corpus.of(stubs, few.metadataSource()), fewScores, options.lexicon());
        this.extremeEvidence = evidence;
        this.extremeHits = FrameTables.hits(few, analysis);
    }

    /** One pass over {@code f}'s documents; see {@link Framelens#overview}. */
    static Overview of(Framelens f, FrameOptions options, String compareColumn, int extremes, int evidenceRows) {
        if (extremes < 1 || evidenceRows < 1) {
            throw new IllegalArgumentException("extremes (" + extremes + ") and evidence rows (" + evidenceRows
                    + ") must be ≥ 1");
        }
        Builder b = new Builder(f, options, compareColumn, extremes, evidenceRows);
        Actors actors = f.frameActors();
        boolean parallel = f.threads() > 1;
        f.each(() -> {
            FrameScorer scorer = new FrameScorer(f.analyzer(), options.lexicon(), actors);
            // the term counts' analysis runs here too, on the worker; the fold only replays it
            TermRecorder recorder = parallel ? new TermRecorder(f.analyzer(), Terms.newInterner()) : null;
            return d -> {
                // nothing kept here shows a voice: the quote rules would only cost time
                DocumentFrames frames = scorer.scoreWithoutVoices(d);
                return new Scored(d, frames, FrameScore.of(frames, options),
                        recorder == null ? null : recorder.record(d.text()));
            };
        }, b::add);
        return new Overview(b, f);
    }

    /** A document with its hits and scores, on the way to the fold. */
    private record Scored(Document document, DocumentFrames frames, FrameScore score, TermRecorder.Recording terms) {
    }

    /** An article kept for the extremes, with its place in the corpus (for ties). */
    private record Kept(Document document, double index, int order) {
    }

    /** The fold: what the overview keeps of each document, in corpus order. */
    private static final class Builder {
        final FrameOptions options;
        final String compareColumn;
        final int extremes;
        final int evidenceRows;
        final List<Document> metadata = new ArrayList<>();
        final List<FrameScore> scores = new ArrayList<>();
        final Set<String> columns = new LinkedHashSet<>();
        final GroupCounts.Builder groups;
        final ActorFrames.Totals totals;
        // worst kept on top: the most alarmed keep the highest indices, the least alarmed the lowest
        final PriorityQueue<Kept> most = new PriorityQueue<>(order(true).reversed());
        final PriorityQueue<Kept> least = new PriorityQueue<>(order(false).reversed());

        Builder(Framelens f, FrameOptions options, String compareColumn, int extremes, int evidenceRows) {
            this.options = options;
            this.compareColumn = compareColumn;
            this.extremes = extremes;
            this.evidenceRows = evidenceRows;
            // one analysis per document counts the corpus and, when asked, the comparison's groups
            this.groups = new GroupCounts.Builder(f.analyzer());
            this.totals = f.frameActors() == null ? null
                    : new ActorFrames.Totals(options.lexicon(), f.frameActors(), ActorFrames.DEFAULT_WINDOW);
        }

        void add(Scored s) {
            Document d = s.document();
            metadata.add(Folds.withoutText(d));
            columns.addAll(d.metadata().keySet());
            scores.add(s.score());
            groups.add(d, compareColumn == null ? null : d.meta(compareColumn), s.terms());
            if (totals != null) {
                totals.add(s.frames());
            }
            double index = s.score().alarmIndex();
            if (Double.isFinite(index)) {
                Kept k = new Kept(d, index, scores.size());
                keep(most, k);
                keep(least, k);
            }
        }

        private void keep(PriorityQueue<Kept> heap, Kept k) {
            heap.add(k);
            if (heap.size() > extremes) {
                heap.poll();
            }
        }
    }

    /** Best first: the highest (or lowest) index first, ties in corpus order. */
    private static Comparator<Kept> order(boolean highest) {
        Comparator<Kept> byIndex = Comparator.comparingDouble(Kept::index);
        return (highest ? byIndex.reversed() : byIndex).thenComparingInt(Kept::order);
    }

    private static List<Kept> sorted(PriorityQueue<Kept> heap, boolean highest) {
        List<Kept> out = new ArrayList<>(heap);
        out.sort(order(highest));
        return out;
    }

    private static List<Kept> concat(List<Kept> a, List<Kept> b) {
        List<Kept> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Number of documents. */
    public int documents() {
        return documents;
    }

    /** Tokens of all documents (the {@code tokens} column of the frame scores summed). */
    public long tokens() {
        return tokens;
    }

    /**
     * Every article's frame scores, as {@link Framelens#frameScores(FrameOptions)} gives them (made on
     * the first call, which tells the facade's warnings about renamed metadata columns).
     */
    public synchronized Table frameScores() {
        if (frameScores == null) {
            frameScores = FrameTables.scores(metadata, scores, options.lexicon(), warnings);
        }
        return frameScores.copy();
    }

    /**
     * Pooled frame scores per value of {@code column} (documents without a value left out; every
     * document in one group named {@code all} when {@code column} is null): {@code group, docs,
     * tokens, <category>_per_1k…, alarm_per_1k, reassurance_per_1k, alarm_index, ci_low, ci_high};
     * see {@link GroupFrames#summarize}.
     */
    public Table groupSummary(String column) {
        return GroupTables.summary(GroupFrames.summarize(groupsOf(column), scores, options), options.lexicon());
    }

    /** Each group's articles in bins of the alarm index: {@code group, bin_low, bin_high, articles, share}; see {@link GroupFrames#histogram}. */
    public Table histogram(String column) {
        return GroupTables.histogram(GroupFrames.histogram(groupsOf(column), scores));
    }

    /** The group of each article: its value of {@code column}, or {@code all} for every article when null. */
    private List<String> groupsOf(String column) {
        if (column == null) {
            return java.util.Collections.nCopies(documents, "all");
        }
        Table t = frameScores();
        return t.containsColumn(column) ? t.stringColumn(column).asList()
                : java.util.Collections.nCopies(documents, "");
    }

    /** The term frequencies of the corpus ({@link Framelens#termFrequencies()}). */
    public Table termFrequencies() {
        return terms.copy();
    }

    /** Actors × frames over the corpus ({@link Framelens#actorsOverall()}); empty without actors. */
    public Table actorsOverall() {
        return actors.copy();
    }

    /** The term counts per value of the comparison column, or {@code null} when none was asked for. */
    public ColumnGroups comparison() {
        return comparison;
    }

    /** Ids of the most alarmed articles, most alarmed first. */
    public List<String> mostAlarmed() {
        return mostAlarmed;
    }

    /** Ids of the least alarmed articles, least alarmed first. */
    public List<String> leastAlarmed() {
        return leastAlarmed;
    }

    /** The frame scores of the most and least alarmed articles (most alarmed first, then least). */
    public Table extremeScores() {
        return extremeScores.copy();
    }

    /** Their evidence sentences ({@link Framelens#evidence(String)} rows, at most the asked number per side). */
    public Table extremeEvidence() {
        return extremeEvidence.copy();
    }

    /** Their frame hits ({@link Framelens#frameHits()} rows). */
    public Table extremeHits() {
        return extremeHits.copy();
    }
}

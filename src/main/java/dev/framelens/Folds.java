package dev.framelens;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.corpus.DocumentSource;
import dev.framelens.count.Cooccurrence;
import dev.framelens.count.GroupCounts;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.Terms;
import dev.framelens.framing.ActorFrames;
import dev.framelens.framing.Actors;
import dev.framelens.framing.DocumentFrames;
import dev.framelens.framing.DocumentSimilarity;
import dev.framelens.framing.Evidence;
import dev.framelens.framing.EvidenceSentence;
import dev.framelens.framing.FrameOptions;
import dev.framelens.framing.FrameScore;
import dev.framelens.framing.FrameScorer;
import dev.framelens.framing.Lexicon;
import dev.framelens.framing.Side;
import dev.framelens.stats.Bootstrap;
import dev.framelens.table.Columns;
import dev.framelens.table.FrameTables;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermInterner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The passes of the facade's streamed results that need more than a line: what each keeps, in corpus order. */
final class Folds {
    /** Ids named in a message about an unknown one. */
    private static final int IDS_NAMED = 20;

    private Folds() {
    }

    /** A document's scores and the document without its text (its id, title and metadata). */
    private record Scored(Document document, FrameScore score) {
    }

    /** The document's id, title and metadata, its text dropped: what a table of scores keeps of it. */
    static Document withoutText(Document d) {
        return new Document(d.id(), d.title(), "", d.metadata());
    }

    /** Every document's frame scores: one pass keeps the scores and the documents without their text. */
    static Table frameScores(Framelens f, FrameOptions options) {
        List<Document> metadata = new ArrayList<>();
        List<FrameScore> scores = new ArrayList<>();
        f.each(() -> {
            FrameScorer scorer = new FrameScorer(f.analyzer(), options.lexicon());
            return d -> new Scored(withoutText(d), FrameScore.of(scorer.scoreWithoutVoices(d), options));
        }, r -> {
            metadata.add(r.document());
            scores.add(r.score());
        });
        return FrameTables.scores(Corpus.of(metadata, f.documents().metadataSource()), scores, options.lexicon(),
                f.warnings());
    }

    /** Actors × frames per document: one pass keeps the rows. */
    static List<ActorFrames.Row> actors(Framelens f, Actors actors, int window, Lexicon lexicon) {
        List<ActorFrames.Row> rows = new ArrayList<>();
        f.each(() -> {
            FrameScorer scorer = new FrameScorer(f.analyzer(), lexicon, actors);
            return d -> ActorFrames.rows(scorer.scoreWithoutVoices(d), lexicon, actors, window);
        }, rows::addAll);
        return rows;
    }

    /** The document with this id, read until it comes (it alone is kept). */
    static Document find(DocumentSource source, String id) {
        Document[] found = new Document[1];
        List<String> ids = new ArrayList<>();
        source.forEach(d -> {
            if (found[0] == null && d.id().equals(id)) {
                found[0] = d;
            }
            if (ids.size() <= IDS_NAMED) {
                ids.add(d.id());
            }
        });
        if (found[0] == null) {
            throw new IllegalArgumentException("no document '" + id + "' in the corpus; ids are "
                    + (ids.size() > IDS_NAMED ? ids.subList(0, IDS_NAMED) + " …" : ids.toString()));
        }
        return found[0];
    }

    /**
     * The term counts of two lists of documents (groups {@code a} and {@code b}), one pass; the checks
     * of {@link dev.framelens.framing.GroupComparison#byDocuments}.
     */
    static GroupCounts documentGroups(DocumentSource source, Analyzer analyzer, List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("group " + (a.isEmpty() ? "a" : "b") + " has no documents; list at least one id");
        }
        Set<String> inA = new LinkedHashSet<>(a);
        Set<String> inB = new LinkedHashSet<>(b);
        GroupCounts.Builder counts = new GroupCounts.Builder(analyzer);
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        source.forEach(d -> {
            ids.add(d.id());
            boolean ina = inA.contains(d.id());
            if (ina || inB.contains(d.id())) {
                seen.add(d.id());
                counts.add(d, ina ? "a" : "b");
            }
        });
        for (String id : a) {
            known(id, seen, ids);
        }
        for (String id : b) {
            known(id, seen, ids);
            if (inA.contains(id)) {
                throw new IllegalArgumentException("document '" + id + "' is in both groups; a document belongs to one");
            }
        }
        return counts.build();
    }

    private static void known(String id, Set<String> seen, List<String> ids) {
        if (!seen.contains(id)) {
            throw new IllegalArgumentException("no document '" + id + "' in the corpus; ids are " + ids);
        }
    }

    /** A document and its alarm index, on the way to the similarity fold. */
    private record Indexed(Document document, double alarmIndex) {
    }

    /**
     * Document pairs (every ordered pair for {@code topK} 0, else each document's nearest): one pass
     * keeps each document's term vector and alarm index.
     */
    static List<DocumentSimilarity.Pair> similarity(Framelens f, Lexicon lexicon, int topK) {
        if (topK < 0) {
            throw new IllegalArgumentException("topK (" + topK + ") must be ≥ 0 (0: every pair)");
        }
        TermStatistics.Builder counts = new TermStatistics.Builder(f.analyzer(), 1, true);
        double[][] index = {new double[64]};
        int[] n = {0};
        f.each(() -> {
            FrameScorer scorer = new FrameScorer(f.analyzer(), lexicon);
            return d -> {
                DocumentFrames frames = scorer.scoreWithoutVoices(d);
                return new Indexed(d, Bootstrap.index(frames.weight(Side.ALARM), frames.weight(Side.REASSURANCE)));
            };
        }, x -> {
            counts.add(x.document());
            if (n[0] == index[0].length) {
                index[0] = Arrays.copyOf(index[0], 2 * n[0]);
            }
            index[0][n[0]++] = x.alarmIndex();
        });
        TermStatistics stats = counts.build();
        double[] alarm = Arrays.copyOf(index[0], n[0]);
        return topK == 0 ? DocumentSimilarity.pairs(stats, alarm) : DocumentSimilarity.nearest(stats, alarm, topK);
    }

    /**
     * The facade's actor list, for the actor results that need one.
     *
     * @throws IllegalArgumentException when there is none (no pack with actors)
     */
    static Actors present(Actors actors) {
        if (actors == null) {
            throw new IllegalArgumentException("no actor list: the corpus lists no story pack with actors; give one "
                    + "with withActors(Actors.read(path)) or withPack(path)");
        }
        return actors;
    }

    /** Every document of {@code source} read into memory, in corpus order. */
    static Corpus readAll(DocumentSource source) {
        List<Document> all = new ArrayList<>();
        source.forEach(all::add);
        return Corpus.of(all, source.metadataSource());
    }

    /** Every kept token of every document, in corpus order (the facade's {@code tokens()}). */
    static Table tokens(DocumentSource source, Analyzer analyzer) {
        StringColumn doc = StringColumn.create(Columns.DOC);
        IntColumn sentence = IntColumn.create(Columns.SENTENCE);
        IntColumn position = IntColumn.create(Columns.POSITION);
        IntColumn start = IntColumn.create(Columns.START);
        IntColumn end = IntColumn.create(Columns.END);
        StringColumn token = StringColumn.create(Columns.TOKEN);
        TermInterner v = Terms.newInterner();
        Analyzer.Stream stream = analyzer.stream(v);
        source.forEach(d -> {
            stream.analyze(d.text(), (id, s, e, sent, pos) -> {
                doc.append(d.id());
                sentence.append(sent);
                position.append(pos);
                start.append(s);
                end.append(e);
                token.append(v.term(id));
            });
        });
        return Table.create("tokens", doc, sentence, position, start, end, token);
    }

    /** Actors × frames summed over the corpus: one pass keeps one cell per actor and category. */
    static List<ActorFrames.Row> actorsOverall(Framelens f, Actors actors, int window, Lexicon lexicon) {
        ActorFrames.Totals totals = new ActorFrames.Totals(lexicon, actors, window);
        f.each(() -> {
            FrameScorer scorer = new FrameScorer(f.analyzer(), lexicon, actors);
            return scorer::score;
        }, totals::add);
        return totals.rows();
    }

    /**
     * The evidence sentences of one document: from the corpus's frame analysis when it is in memory;
     * streamed, the document is read alone and scored alone (its hits do not depend on the others).
     */
    static List<EvidenceSentence> evidence(Framelens f, String doc, Side side, int top, Lexicon lexicon) {
        if (!f.isStreamed()) {
            Document d = f.corpus().get(doc);
            return Evidence.sentences(d, f.frameAnalysis(lexicon, null).document(doc), side, top);
        }
        Document d = find(f.documents(), doc);
        return Evidence.sentences(d, new FrameScorer(f.analyzer(), lexicon).score(d), side, top);
    }

    /**
     * The pairs among {@code terms}, counted in one pass that keeps only those pairs, the documents
     * analysed on {@code threads} threads (counted in corpus order: the same counts on any number).
     */
    static Cooccurrence cooccurrenceAmong(DocumentSource source, Analyzer analyzer, List<String> terms,
            Cooccurrence.Settings settings, int threads) {
        Cooccurrence.Counter c = new Cooccurrence.Counter(analyzer, settings, Cooccurrence.Focus.among(terms));
        dev.framelens.count.ParallelAnalysis.run(sink -> source.forEach(sink), threads, c);
        return c.build();
    }
}

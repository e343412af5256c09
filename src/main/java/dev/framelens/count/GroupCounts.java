package dev.framelens.count;

import dev.framelens.corpus.Document;
import dev.framelens.count.internal.TermCounter;
import dev.framelens.count.internal.Vocabulary;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermRecorder;
import dev.framelens.text.TermSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Term counts per group of documents: one vocabulary shared by every group and one counter per
 * group (corpus and document frequency, token total, number of documents), no per-document
 * vectors, and the counts of all documents together ({@link #corpus()}). What a comparison of
 * groups needs from a corpus streamed one document at a time: its memory follows the vocabulary
 * times the number of groups, not the corpus. Built with a {@link
 * Builder}; immutable afterwards.
 */
public final class GroupCounts {
    /** Document ids remembered per group, for messages. */
    public static final int IDS_KEPT = 20;

    private final Terms terms;
    private final Map<String, TermCounts> counts;
    private final Map<String, List<String>> firstIds;
    private final TermStatistics corpus;

    private GroupCounts(Vocabulary vocabulary, Map<String, TermCounts> counts, Map<String, List<String>> firstIds,
                        TermStatistics corpus) {
        this.terms = new Terms(vocabulary);
        this.corpus = corpus;
        this.counts = Collections.unmodifiableMap(counts);
        this.firstIds = Collections.unmodifiableMap(firstIds);
    }

    /** Counts documents into named groups, one document at a time. Not thread-safe; builds once. */
    public static final class Builder {
        private final Vocabulary vocabulary = new Vocabulary();
        private final Analyzer.Stream stream;
        private final Map<String, TermCounter> counters = new LinkedHashMap<>();
        private final Map<String, List<String>> ids = new LinkedHashMap<>();
        private final TermCounter total = new TermCounter(false);
        private final List<String> allIds = new ArrayList<>();
        private boolean built;

        /** @param analyzer the pipeline whose kept terms are counted */
        public Builder(Analyzer analyzer) {
            this.stream = analyzer.stream(vocabulary);
        }

        /**
         * Counts {@code d} into {@code group}; a {@code null} group leaves the document out.
         *
         * @throws IllegalStateException after {@link #build}
         */
        public void add(Document d, String group) {
            add(d, group, null);
        }

        /**
         * Counts {@code d} into {@code group} from its kept terms as a {@link TermRecorder} of the same
         * analyzer recorded them on another thread ({@code null}: analyse {@code d} here). The counts
         * and term ids are those of {@link #add(Document, String)}; the recordings of one recorder
         * must come in the order they were made.
         *
         * @throws IllegalStateException after {@link #build}
         */
        public void add(Document d, String group, TermRecorder.Recording terms) {
            if (built) {
                throw new IllegalStateException("this builder has already built its GroupCounts; create a new Builder");
            }
            total.startDocument();
            allIds.add(d.id());
            if (group == null) {
                analyze(d, terms, total);
                total.endDocument();
                return;
            }
            TermCounter counter = counters.computeIfAbsent(group, g -> new TermCounter(false));
            List<String> first = ids.computeIfAbsent(group, g -> new ArrayList<>());
            if (first.size() < IDS_KEPT) {
                first.add(d.id());
            }
            counter.startDocument();
            // one analysis feeds the group's counter and the corpus's
            analyze(d, terms, (id, start, end, sentence, position) -> {
                counter.add(id);
                total.add(id);
            });
            counter.endDocument();
            total.endDocument();
        }

        private void analyze(Document d, TermRecorder.Recording terms, TermSink sink) {
            if (terms == null) {
                stream.analyze(d.text(), sink);
            } else {
                terms.replay(vocabulary, sink);
            }
        }

        /** The counts; the builder cannot be used afterwards. */
        public GroupCounts build() {
            built = true;
            Map<String, TermCounts> out = new LinkedHashMap<>();
            counters.forEach((g, c) -> out.put(g, new TermCounts(c)));
            return new GroupCounts(vocabulary, out, ids, new TermStatistics(vocabulary, total, allIds, 1));
        }
    }

    /**
     * The counts of every document added, groups or not (a {@code null} group included): the
     * corpus's term statistics without document vectors, as {@link TermStatistics#count} with
     * {@code keepDocumentVectors = false} gives them, from the same single analysis.
     */
    public TermStatistics corpus() {
        return corpus;
    }

    /** The terms of every group (ids shared by all groups). */
    public Terms vocabulary() {
        return terms;
    }

    /** The groups, in the order their first document came. */
    public List<String> groups() {
        return List.copyOf(counts.keySet());
    }

    /** The counts of {@code group}, or {@code null} when no document was counted into it. */
    public TermCounts counts(String group) {
        return counts.get(group);
    }

    /** Number of documents counted into {@code group} (0 for an unknown group). */
    public int documents(String group) {
        TermCounts c = counts.get(group);
        return c == null ? 0 : c.documents();
    }

    /** The first {@value #IDS_KEPT} document ids of {@code group}, in corpus order. */
    public List<String> firstIds(String group) {
        return firstIds.getOrDefault(group, List.of());
    }

    /**
     * The counts of {@code groups} added up, indexed by term id ({@link #vocabulary()}); the token
     * total of those groups is in the last element.
     */
    public long[] sum(Collection<String> groups) {
        long[] out = new long[terms.size() + 1];
        for (String g : groups) {
            TermCounts c = counts.get(g);
            if (c == null) {
                continue;
            }
            for (int id = 0; id < terms.size(); id++) {
                out[id] += c.count(id);
            }
            out[terms.size()] += c.total();
        }
        return out;
    }
}

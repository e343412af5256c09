package dev.framelens.table;

import dev.framelens.count.TermCounts;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.Terms;
import dev.framelens.stats.TfIdf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Turns {@link TermStatistics} into term tables. */
public final class TermTables {
    private TermTables() {
    }

    /**
     * The {@code per_1k} column of the term tables, {@code 1000 · count / total}: a relative
     * frequency per 1,000 kept tokens (the corpus's or the document's). One definition for every
     * table that has the column, here and in the Spark jobs.
     */
    public static double per1k(long count, double total) {
        return 1000.0 * count / total;
    }

    /**
     * Corpus-level term table: {@code term, count, doc_freq, per_1k}, sorted by count
     * (descending), ties by term; {@code top} rows at most ({@code top ≤ 0}: all).
     * {@code per_1k} = 1000 · count / total kept tokens.
     */
    public static Table corpus(TermStatistics stats, int top) {
        Terms v = stats.vocabulary();
        TermCounts c = stats.counter();
        List<Integer> ids = corpusOrder(stats);
        int n = top > 0 ? Math.min(top, ids.size()) : ids.size();
        StringColumn term = StringColumn.create(Columns.TERM);
        IntColumn count = IntColumn.create(Columns.COUNT);
        IntColumn df = IntColumn.create(Columns.DOC_FREQ);
        DoubleColumn per1k = DoubleColumn.create(Columns.PER_1K);
        double total = c.total();
        for (int k = 0; k < n; k++) {
            int id = ids.get(k);
            term.append(v.term(id));
            count.append((int) c.count(id));
            df.append(c.documentFrequency(id));
            per1k.append(per1k(c.count(id), total));
        }
        return Table.create("terms", term, count, df, per1k);
    }

    /** Ids of the counted terms in the corpus table's order: by count (descending), ties by term. */
    private static List<Integer> corpusOrder(TermStatistics stats) {
        Terms v = stats.vocabulary();
        TermCounts c = stats.counter();
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < v.size(); id++) {
            if (c.count(id) > 0) {
                ids.add(id);
            }
        }
        ids.sort(Comparator.<Integer>comparingLong(c::count).reversed().thenComparing(v::term));
        return ids;
    }

    /**
     * {@link #corpus} written straight to CSV, header and rows, the bytes
     * {@code TableWriter.write(corpus(stats, top), CSV, mode, out)} writes, without building the
     * table (so a {@code terms --format csv} run never initialises Tablesaw, whose start-up scans
     * the class path).
     */
    public static void corpusCsv(TermStatistics stats, int top, TableWriter.CsvMode mode, Appendable out)
            throws java.io.IOException {
        Terms v = stats.vocabulary();
        TermCounts c = stats.counter();
        List<Integer> ids = corpusOrder(stats);
        int n = top > 0 ? Math.min(top, ids.size()) : ids.size();
        TableWriter.CsvLine line = new TableWriter.CsvLine(out, mode);
        line.text(Columns.TERM).text(Columns.COUNT).text(Columns.DOC_FREQ).text(Columns.PER_1K).end();
        double total = c.total();
        for (int k = 0; k < n; k++) {
            int id = ids.get(k);
            line.text(v.term(id)).number((int) c.count(id)).number(c.documentFrequency(id))
                    .number(1000.0 * c.count(id) / total).end();
        }
    }

    /**
     * Per-document term table: {@code doc, term, count, per_1k, tf_idf}, documents in corpus
     * order, within a document by tf-idf (descending), ties by term; at most {@code top} rows per
     * document ({@code top ≤ 0}: all). {@code per_1k} uses the document's own kept-token total;
     * {@code tf_idf} is {@link TfIdf}'s scikit-learn default variant, L2-normalised per document.
     */
    public static Table byDocument(TermStatistics stats, int top) {
        Terms v = stats.vocabulary();
        TermCounts c = stats.counter();
        int docs = c.documents();
        StringColumn doc = StringColumn.create(Columns.DOC);
        StringColumn term = StringColumn.create(Columns.TERM);
        IntColumn count = IntColumn.create(Columns.COUNT);
        DoubleColumn per1k = DoubleColumn.create(Columns.PER_1K);
        DoubleColumn tfidf = DoubleColumn.create(Columns.TF_IDF);
        for (int d = 0; d < docs; d++) {
            int from = c.vectorStart(d);
            int to = c.vectorStart(d + 1);
            int size = to - from;
            int[] ids = new int[size];
            int[] counts = new int[size];
            double[] idf = new double[size];
            for (int k = 0; k < size; k++) {
                ids[k] = c.vectorId(from + k);
                counts[k] = c.vectorCount(from + k);
                idf[k] = TfIdf.smoothIdf(docs, c.documentFrequency(ids[k]));
            }
            double[] weights = TfIdf.l2Normalise(TfIdf.weights(counts, idf));
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> -weights[k])
                    .thenComparing(k -> v.term(ids[k])));
            int n = top > 0 ? Math.min(top, size) : size;
            double total = c.documentTotal(d);
            String id = stats.documentIds().get(d);
            for (int r = 0; r < n; r++) {
                int k = order[r];
                int cnt = c.vectorCount(from + k);
                doc.append(id);
                term.append(v.term(ids[k]));
                count.append(cnt);
                per1k.append(per1k(cnt, total));
                tfidf.append(weights[k]);
            }
        }
        return Table.create("terms by document", doc, term, count, per1k, tfidf);
    }
}

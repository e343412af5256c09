package dev.framelens.table;

import dev.framelens.corpus.DocumentSource;
import dev.framelens.count.Terms;
import dev.framelens.text.TermInterner;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Keyword in context: {@code doc, sentence, start, end, left, keyword, right}, one row per
 * occurrence, in corpus order. Built from character offsets, so every snippet is the original
 * text as written (case, punctuation, line breaks): {@code left + keyword + right} equals the
 * document text from the first context token's start to the last one's end. The keyword is
 * matched on the analysed term (so {@code --term "Kim Jong-un"} finds every variant the phrase
 * list merges). The context is, by {@link Unit}: the keyword's whole sentence (the default: the
 * sentence as written, from its first word to the last character before the next sentence,
 * closing punctuation and quotes included), a number of word tokens on each side (stop words
 * included), or a number of characters; a width beyond the document's start or end stops there.
 *
 * <p>In the aligned text table ({@link #CONTEXTS}) the left context is right-aligned against the
 * keyword and a long one is cut at its start, the right context cut at its end, so the words next to
 * the keyword are always shown; CSV, JSON and Markdown carry the contexts in full.
 */
public final class Kwic {
    private Kwic() {
    }

    /** How the aligned text table shows the contexts: {@code left} and {@code right} as {@link TableWriter.Context}s. */
    public static final Map<String, TableWriter.Context> CONTEXTS =
            Map.of(Columns.LEFT, TableWriter.Context.LEFT, Columns.RIGHT, TableWriter.Context.RIGHT);

    /** What the context width counts. */
    public enum Unit {
        SENTENCE, TOKENS, CHARS
    }

    /** {@link #table(DocumentSource, Analyzer, String, int, Unit)} with tokens or characters. */
    public static Table table(DocumentSource corpus, Analyzer analyzer, String term, int width, boolean chars) {
        return table(corpus, analyzer, term, width, chars ? Unit.CHARS : Unit.TOKENS);
    }

    /**
     * The documents are streamed one at a time: what stays in memory is the rows.
     *
     * @param term  the keyword, already normalised by the analyzer
     * @param width context on each side: tokens, or characters with {@code chars}
     */
    public static Table table(DocumentSource corpus, Analyzer analyzer, String term, int width, Unit unit) {
        if (width < 0) {
            throw new IllegalArgumentException("width (" + width + ") must be ≥ 0");
        }
        Analyzer all = analyzer.withStopWordsRemoved(false);
        StringColumn doc = StringColumn.create(Columns.DOC);
        IntColumn sentence = IntColumn.create(Columns.SENTENCE);
        IntColumn start = IntColumn.create(Columns.START);
        IntColumn end = IntColumn.create(Columns.END);
        StringColumn left = StringColumn.create(Columns.LEFT);
        StringColumn keyword = StringColumn.create(Columns.KEYWORD);
        StringColumn right = StringColumn.create(Columns.RIGHT);
        TermInterner v = Terms.newInterner();
        Analyzer.Stream stream = all.stream(v);
        int target = v.intern(term);
        corpus.forEach(d -> {
            List<int[]> toks = new ArrayList<>(); // id, start, end, sentence
            stream.analyze(d.text(), (id, s, e, sent, pos) -> toks.add(new int[] {id, s, e, sent}));
            String text = d.text();
            for (int k = 0; k < toks.size(); k++) {
                int[] t = toks.get(k);
                if (t[0] != target) {
                    continue;
                }
                int from;
                int to;
                if (unit == Unit.SENTENCE) {
                    int first = k;
                    while (first > 0 && toks.get(first - 1)[3] == t[3]) {
                        first--;
                    }
                    int last = k;
                    while (last + 1 < toks.size() && toks.get(last + 1)[3] == t[3]) {
                        last++;
                    }
                    from = toks.get(first)[1];
                    to = last + 1 < toks.size() ? toks.get(last + 1)[1] : text.length();
                    while (to > toks.get(last)[2] && Character.isWhitespace(text.charAt(to - 1))) {
                        to--;
                    }
                } else if (unit == Unit.CHARS) {
                    from = Math.max(0, t[1] - width);
                    to = (int) Math.min(text.length(), (long) t[2] + width); // a width beyond the text: all of it
                    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
                        from++;
                    }
                    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                        to++;
                    }
                } else {
                    from = width == 0 ? t[1] : toks.get(Math.max(0, k - width))[1];
                    to = width == 0 ? t[2] : toks.get((int) Math.min(toks.size() - 1L, (long) k + width))[2];
                }
                doc.append(d.id());
                sentence.append(t[3]);
                start.append(t[1]);
                end.append(t[2]);
                left.append(text.substring(from, t[1]));
                keyword.append(text.substring(t[1], t[2]));
                right.append(text.substring(t[2], to));
            }
        });
        return Table.create("kwic " + term, doc, sentence, start, end, left, keyword, right);
    }
}

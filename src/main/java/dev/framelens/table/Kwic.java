package dev.framelens.table;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.count.Vocabulary;
import dev.framelens.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Keyword in context: {@code doc, sentence, start, end, left, keyword, right}, one row per
 * occurrence, in corpus order. Built from character offsets, so every snippet is the original
 * text as written (case, punctuation, line breaks): {@code left + keyword + right} equals the
 * document text from the first context token's start to the last one's end. The keyword is
 * matched on the analysed term (so {@code --term "Kim Jong-un"} finds every variant the phrase
 * list merges); context width counts every word token, stop words included, or characters.
 */
public final class Kwic {
    private Kwic() {
    }

    /**
     * @param term  the keyword, already normalised by the analyzer
     * @param width context on each side: tokens, or characters with {@code chars}
     */
    public static Table table(Corpus corpus, Analyzer analyzer, String term, int width, boolean chars) {
        if (width < 0) {
            throw new IllegalArgumentException("width (" + width + ") must be ≥ 0");
        }
        Analyzer all = analyzer.withStopWordsRemoved(false);
        StringColumn doc = StringColumn.create("doc");
        IntColumn sentence = IntColumn.create("sentence");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        StringColumn left = StringColumn.create("left");
        StringColumn keyword = StringColumn.create("keyword");
        StringColumn right = StringColumn.create("right");
        Vocabulary v = new Vocabulary();
        Analyzer.Stream stream = all.stream(v);
        int target = v.intern(term);
        for (Document d : corpus) {
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
                if (chars) {
                    from = Math.max(0, t[1] - width);
                    to = Math.min(text.length(), t[2] + width);
                    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
                        from++;
                    }
                    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                        to++;
                    }
                } else {
                    from = width == 0 ? t[1] : toks.get(Math.max(0, k - width))[1];
                    to = width == 0 ? t[2] : toks.get(Math.min(toks.size() - 1, k + width))[2];
                }
                doc.append(d.id());
                sentence.append(t[3]);
                start.append(t[1]);
                end.append(t[2]);
                left.append(text.substring(from, t[1]));
                keyword.append(text.substring(t[1], t[2]));
                right.append(text.substring(t[2], to));
            }
        }
        return Table.create("kwic " + term, doc, sentence, start, end, left, keyword, right);
    }
}

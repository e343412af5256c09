package dev.framelens.bench;

import dev.framelens.corpus.Document;
import dev.framelens.count.TermStatistics;
import dev.framelens.count.internal.Vocabulary;
import dev.framelens.text.Analyzer;
import dev.framelens.text.TermSink;
import dev.framelens.text.Tokenizer;
import java.util.List;

/** The framelens side of each benchmark, written against the engine's public API only. */
public final class Engine {
    private Engine() {
    }

    /** Folds the term ids into a hash and counts them; one per thread. */
    public static final class IdSink implements TermSink {
        public long terms;
        public long hash;

        @Override
        public void term(int id, int start, int end, int sentence, int position) {
            terms++;
            hash = 31 * hash + id + end;
        }
    }

    /** Folds the normalised characters' length and first char into a hash; one per thread. */
    public static final class CharSink implements Tokenizer.Sink {
        public long tokens;
        public long hash;

        @Override
        public void token(char[] buf, int len, int start, int end, int sentence) {
            tokens++;
            hash = 31 * hash + len + buf[0];
        }
    }

    /** The full analysis pipeline (tokenizer, phrases, stop words) producing term ids. */
    public static void analyze(Analyzer.Stream stream, String[] docs, IdSink sink) {
        sink.terms = 0;
        sink.hash = 0;
        for (String doc : docs) {
            stream.analyze(doc, sink);
        }
    }

    /** The bare tokenizer: normalised chars, no ids, no filtering. */
    public static void tokenize(Tokenizer tokenizer, String[] docs, CharSink sink) {
        sink.tokens = 0;
        sink.hash = 0;
        for (String doc : docs) {
            tokenizer.tokenize(doc, sink);
        }
    }

    /** Term and document frequencies of every document, on this thread, with a fresh vocabulary. */
    public static TermStatistics count(List<Document> docs, Analyzer analyzer) {
        return TermStatistics.count(docs, analyzer, 1, false);
    }

    /** A warm vocabulary holding every term of {@code docs} (so interning only looks terms up). */
    public static Vocabulary vocabularyOf(String[] docs, Analyzer analyzer) {
        return warm(new Vocabulary(), docs, analyzer);
    }

    /** Interns every term of {@code docs} into {@code interner}; returns it. */
    public static <T extends dev.framelens.text.TermInterner> T warm(T interner, String[] docs, Analyzer analyzer) {
        Analyzer.Stream s = analyzer.stream(interner);
        IdSink sink = new IdSink();
        for (String doc : docs) {
            s.analyze(doc, sink);
        }
        return interner;
    }
}

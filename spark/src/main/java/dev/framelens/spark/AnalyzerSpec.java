package dev.framelens.spark;

import dev.framelens.text.Analyzer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link Analyzer} in a form Spark can ship to executors: its stop words, whether they are
 * removed and its phrases, as plain lists. An executor rebuilds the analyzer once per JVM
 * ({@link #analyzer()} caches it by value), so every task of a job analyses with the pipeline the
 * driver configured, the same the single-machine engine uses.
 */
public final class AnalyzerSpec implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<AnalyzerSpec, Analyzer> BUILT = new ConcurrentHashMap<>();

    private final boolean removeStopWords;
    private final ArrayList<String> stopWords;
    private final ArrayList<ArrayList<String>> phraseWords;
    private final ArrayList<String> phraseCanonical;

    private AnalyzerSpec(Analyzer analyzer) {
        this.removeStopWords = analyzer.removesStopWords();
        this.stopWords = new ArrayList<>(analyzer.stopWords());
        this.phraseWords = new ArrayList<>();
        this.phraseCanonical = new ArrayList<>();
        for (Analyzer.Phrase p : analyzer.phrases()) {
            phraseWords.add(new ArrayList<>(p.words()));
            phraseCanonical.add(p.canonical());
        }
    }

    /** The spec of {@code analyzer}. */
    public static AnalyzerSpec of(Analyzer analyzer) {
        return new AnalyzerSpec(analyzer);
    }

    /** The engine's standard pipeline (shipped stop words removed, shipped phrases merged). */
    public static AnalyzerSpec standard() {
        return of(Analyzer.standard());
    }

    /** The analyzer, built once per JVM for equal specs. */
    public Analyzer analyzer() {
        return BUILT.computeIfAbsent(this, AnalyzerSpec::build);
    }

    private Analyzer build() {
        List<Analyzer.Phrase> phrases = new ArrayList<>();
        for (int k = 0; k < phraseWords.size(); k++) {
            phrases.add(new Analyzer.Phrase(phraseWords.get(k), phraseCanonical.get(k)));
        }
        return Analyzer.builder().stopWords(stopWords).removeStopWords(removeStopWords).phrases(phrases).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalyzerSpec s && removeStopWords == s.removeStopWords && stopWords.equals(s.stopWords)
                && phraseWords.equals(s.phraseWords) && phraseCanonical.equals(s.phraseCanonical);
    }

    @Override
    public int hashCode() {
        return (Boolean.hashCode(removeStopWords) * 31 + stopWords.hashCode()) * 31 + phraseWords.hashCode();
    }
}

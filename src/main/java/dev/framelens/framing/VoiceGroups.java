package dev.framelens.framing;

import dev.framelens.corpus.Document;
import dev.framelens.stats.Bootstrap;
import dev.framelens.voice.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The author's and the quoted framing of groups of documents (the values of a metadata column): for
 * each group and voice, the summed hits and tokens of that voice over the group's documents,
 * <pre>
 *   alarm_per_1k = 1000 · Σ A<sub>d,v</sub> / Σ T<sub>d,v</sub>      reassurance_per_1k likewise
 *   alarm_index  = ln((Σ A<sub>d,v</sub> + ½) / (Σ R<sub>d,v</sub> + ½))   ({@link Bootstrap#index}, Lowe et al. 2011)
 * </pre>
 * with A<sub>d,v</sub>, R<sub>d,v</sub>, T<sub>d,v</sub> the alarm weight, reassurance weight and
 * tokens of voice v in document d ({@link DocumentFrames#weight(Side, Voice)},
 * {@link DocumentFrames#tokens(Voice)}): a group is scored as one long document, as a period is in
 * {@code trend.FrameTrends}.
 */
public final class VoiceGroups {
    private VoiceGroups() {
    }

    /**
     * One group × voice.
     *
     * @param group       the column's value ({@code ""} for documents without one)
     * @param voice       author or quoted
     * @param docs        documents of the group
     * @param tokens      Σ tokens of the voice
     * @param alarm       Σ A of the voice
     * @param reassurance Σ R of the voice
     */
    public record Row(String group, Voice voice, int docs, long tokens, double alarm, double reassurance) {
        /** 1000 · weight / tokens, NaN without tokens. */
        public double per1k(double weight) {
            return tokens == 0 ? Double.NaN : 1000.0 * weight / tokens;
        }

        /** ln((Σ A + ½) / (Σ R + ½)). */
        public double alarmIndex() {
            return Bootstrap.index(alarm, reassurance);
        }
    }

    /**
     * Rows by group (sorted by value, the empty value first), author then quoted.
     *
     * @param documents the documents the analysis was run on (their metadata)
     * @param analysis  their hits
     * @param column    the metadata column that names each document's group
     */
    public static List<Row> byGroup(Iterable<Document> documents, FrameAnalysis analysis, String column) {
        Map<String, double[]> sums = new TreeMap<>(); // docs, author tokens, A, R, quoted tokens, A, R
        for (Document d : documents) {
            DocumentFrames f = analysis.document(d.id());
            double[] s = sums.computeIfAbsent(d.meta(column), k -> new double[7]);
            s[0]++;
            int k = 1;
            for (Voice v : Voice.values()) {
                s[k++] += f.tokens(v);
                s[k++] += f.weight(Side.ALARM, v);
                s[k++] += f.weight(Side.REASSURANCE, v);
            }
        }
        List<Row> out = new ArrayList<>();
        sums.forEach((group, s) -> {
            int k = 1;
            for (Voice v : Voice.values()) {
                out.add(new Row(group, v, (int) s[0], (long) s[k], s[k + 1], s[k + 2]));
                k += 3;
            }
        });
        return out;
    }
}

package dev.framelens.voice;

import dev.framelens.corpus.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who speaks at each character of one document: the author, or the source of the quotation that
 * holds it. Built from a document's quotations ({@link QuoteFinder}, or any list), it answers for an
 * offset — a token's or a frame hit's start — its {@link Voice}, its quotation and its speaker.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * VoiceMap voices = VoiceMap.of(document);
 * Voice v = voices.voiceAt(hit.start());        // AUTHOR or QUOTED
 * String who = voices.speakerAt(hit.start());   // "Rahm Emanuel", or "" for the author
 * }</pre>
 *
 * <p>An offset belongs to a quotation when {@code start ≤ offset < end} (the quoted text, without
 * its quotation marks); when quotations overlap, the one that starts last wins (the innermost).
 * Which kinds count as quoted is chosen when the map is built: all three by default; leave
 * {@link Quotation.Kind#INDIRECT} out to count reported speech as the author's paraphrase.
 */
public final class VoiceMap {
    private final List<Quotation> quotations;
    private final int[] starts;

    private VoiceMap(List<Quotation> quotations) {
        List<Quotation> sorted = new ArrayList<>(quotations);
        sorted.sort(Comparator.comparingInt(Quotation::start).thenComparingInt(Quotation::end));
        this.quotations = List.copyOf(sorted);
        this.starts = new int[sorted.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sorted.get(i).start();
        }
    }

    /** The voices of a document, its quotations found by {@link QuoteFinder}, every kind quoted. */
    public static VoiceMap of(Document document) {
        return of(QuoteFinder.find(document));
    }

    /** The voices given by these quotations (of one document), every kind quoted. */
    public static VoiceMap of(List<Quotation> quotations) {
        return of(quotations, EnumSet.allOf(Quotation.Kind.class));
    }

    /**
     * The voices given by those of {@code quotations} whose kind is in {@code quoted}.
     *
     * @param quotations the quotations of one document
     * @param quoted     the kinds that count as a source's voice, e.g. {@code EnumSet.of(DIRECT, PARTIAL)}
     */
    public static VoiceMap of(List<Quotation> quotations, Set<Quotation.Kind> quoted) {
        List<Quotation> kept = new ArrayList<>();
        for (Quotation q : quotations) {
            if (quoted.contains(q.kind())) {
                kept.add(q);
            }
        }
        return new VoiceMap(kept);
    }

    /** The quotations the map was built from (of the kinds that count), by start offset. */
    public List<Quotation> quotations() {
        return quotations;
    }

    /** The quotation that holds offset {@code offset}, or {@code null} when the author speaks there. */
    public Quotation quotationAt(int offset) {
        int i = indexAt(offset);
        return i < 0 ? null : quotations.get(i);
    }

    /**
     * The position in {@link #quotations()} of the quotation that holds offset {@code offset}, or
     * -1 when the author speaks there.
     */
    public int indexAt(int offset) {
        // the last quotation starting at or before the offset, then earlier ones that may still span it
        int lo = 0;
        int hi = starts.length - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = last; i >= 0; i--) {
            if (quotations.get(i).contains(offset)) {
                return i;
            }
        }
        return -1;
    }

    /** {@link Voice#QUOTED} inside a quotation, else {@link Voice#AUTHOR}. */
    public Voice voiceAt(int offset) {
        return quotationAt(offset) == null ? Voice.AUTHOR : Voice.QUOTED;
    }

    /** The speaker of the quotation at {@code offset}; {@code ""} for the author and for an unknown source. */
    public String speakerAt(int offset) {
        Quotation q = quotationAt(offset);
        return q == null ? "" : q.speaker();
    }

    @Override
    public String toString() {
        return "VoiceMap[" + quotations.size() + " quotations]";
    }
}

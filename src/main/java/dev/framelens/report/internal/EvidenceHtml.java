package dev.framelens.report.internal;

import dev.framelens.table.Cells;
import dev.framelens.table.Columns;
import dev.framelens.table.Html;
import dev.framelens.table.VoiceColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The evidence sentences of each article with the matched lexicon entries highlighted.
 *
 * <p>A hit of {@code frameHits} belongs to an evidence sentence when its document matches and its
 * offsets lie within the sentence's {@code [start, end)}; it is marked at {@code hit.start −
 * sentence.start}. When the sentence text there does not read as the hit's {@code matched} text
 * (ignoring case; e.g. the sentence text was trimmed), the matched text is searched for in the
 * sentence from the end of the previous mark instead, and left unmarked if absent. Overlapping
 * hits keep the first. Marks carry the hit's side ({@code alarm} or {@code reassurance}, the side
 * it counts for) as a class, {@code negated} when a negator turned it, and a tooltip naming the
 * category and entry.
 *
 * <p>A quotation of {@code quotations} ({@code doc, start, end, speaker}, the facade's {@code
 * quotations()}) that overlaps a sentence wraps its part of the sentence in {@code <span
 * class="quoted">} with the speaker as tooltip, followed by {@code <span class="speaker">} naming the
 * speaker ({@code ?} when unknown). Where a quotation's boundary falls inside a mark, it moves to
 * the mark's edge (the mark belongs to the voice of its first character), so the tags always nest.
 */
public final class EvidenceHtml {

    private EvidenceHtml() {}

    private record Hit(
            int start, int end, String side, String category, String entry, String matched, boolean negated) {}

    private record Quote(int start, int end, String speaker) {}

    /** A placed mark: {@code [from, to)} in the sentence text and its opening tag. */
    private record Mark(int from, int to, String open) {}

    /**
     * The evidence section body: per document (in {@code docs} order) and side, at most {@code
     * perSide} sentences in the evidence table's order.
     *
     * @param docs document id → heading (e.g. "CNN (000)")
     * @param notes document id → a line under the heading (may be absent)
     */
    public static String html(
            Table evidence, Table frameHits, Map<String, String> docs, Map<String, String> notes, int perSide) {
        return html(evidence, frameHits, null, docs, notes, perSide);
    }

    /**
     * The evidence section body with the quoted stretches of each sentence marked.
     *
     * @param quotations {@code doc, start, end, speaker}, or {@code null} for none
     */
    public static String html(Table evidence, Table frameHits, Table quotations, Map<String, String> docs,
            Map<String, String> notes, int perSide) {
        Cells.require(evidence, "evidence", Columns.DOC, Columns.SIDE, Columns.START, Columns.END, Columns.TEXT);
        Cells.require(frameHits, "frameHits", Columns.DOC, Columns.SIDE, Columns.START, Columns.END);
        Map<String, List<Hit>> hitsByDoc = hits(frameHits);
        Map<String, List<Quote>> quotesByDoc = quotes(quotations);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> d : docs.entrySet()) {
            String doc = d.getKey();
            out.append("<article class=\"doc-evidence\">\n<h3>")
                    .append(Html.escape(d.getValue()))
                    .append("</h3>\n");
            String note = notes.get(doc);
            if (note != null && !note.isEmpty()) {
                out.append("<p class=\"doc-note\">").append(Html.escape(note)).append("</p>\n");
            }
            for (String side : List.of("alarm", "reassurance")) {
                out.append("<h4 class=\"side ").append(side).append("\">")
                        .append(side.equals("alarm") ? "Alarm" : "Reassurance")
                        .append("</h4>\n");
                int shown = 0;
                StringBuilder items = new StringBuilder();
                for (int r = 0; r < evidence.rowCount() && shown < perSide; r++) {
                    if (!Cells.text(evidence, Columns.DOC, r).equals(doc)
                            || !Cells.text(evidence, Columns.SIDE, r).strip().equalsIgnoreCase(side)) {
                        continue;
                    }
                    shown++;
                    items.append("<li><blockquote class=\"sentence\">")
                            .append(highlight(evidence, r, hitsByDoc.getOrDefault(doc, List.of()),
                                    quotesByDoc.getOrDefault(doc, List.of())))
                            .append("</blockquote><p class=\"cite\">")
                            .append(Html.escape(caption(evidence, r)))
                            .append("</p></li>\n");
                }
                if (shown == 0) {
                    out.append("<p class=\"none\">No sentence with ").append(side).append(" hits.</p>\n");
                } else {
                    out.append("<ol class=\"evidence\">\n").append(items).append("</ol>\n");
                }
            }
            out.append("</article>\n");
        }
        return out.toString();
    }

    private static String caption(Table evidence, int r) {
        List<String> parts = new ArrayList<>();
        if (evidence.containsColumn(Columns.SENTENCE)) {
            parts.add("sentence " + Cells.text(evidence, Columns.SENTENCE, r));
        }
        if (evidence.containsColumn(Columns.HITS)) {
            String h = Cells.text(evidence, Columns.HITS, r);
            parts.add(h + (h.equals("1") ? " hit" : " hits"));
        }
        if (evidence.containsColumn(Columns.ENTRIES)) {
            String e = Cells.text(evidence, Columns.ENTRIES, r).strip();
            if (!e.isEmpty()) {
                parts.add("entries: " + e);
            }
        }
        return String.join(" · ", parts);
    }

    /**
     * The sentence of evidence row {@code r}, escaped, with its hits wrapped in {@code <mark>} and its
     * quoted stretches in {@code <span class="quoted">}.
     */
    private static String highlight(Table evidence, int r, List<Hit> docHits, List<Quote> docQuotes) {
        String text = Cells.text(evidence, Columns.TEXT, r);
        double s = Cells.number(evidence, Columns.START, r);
        double e = Cells.number(evidence, Columns.END, r);
        List<Hit> inside = new ArrayList<>();
        if (Double.isFinite(s) && Double.isFinite(e)) {
            for (Hit h : docHits) {
                if (h.start >= s && h.end <= e && h.end > h.start) {
                    inside.add(h);
                }
            }
        }
        inside.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
        String lower = text.toLowerCase(Locale.ROOT);
        List<Mark> marks = new ArrayList<>();
        int pos = 0;
        for (Hit h : inside) {
            int from = h.start - (int) s;
            int to = h.end - (int) s;
            boolean fits = from >= 0 && to <= text.length()
                    && (h.matched.isEmpty() || text.substring(from, to).equalsIgnoreCase(h.matched));
            if (!fits) {
                if (h.matched.isEmpty()) {
                    continue;
                }
                if (lower.length() != text.length()) {
                    continue; // case folding changed lengths: positions in lower are not positions in text
                }
                from = lower.indexOf(h.matched.toLowerCase(Locale.ROOT), pos);
                if (from < 0 || h.matched.length() != h.matched.toLowerCase(Locale.ROOT).length()) {
                    continue;
                }
                to = from + h.matched.length();
            }
            if (from < pos) {
                continue;
            }
            marks.add(new Mark(from, to, "<mark class=\"hit "
                    + (h.side.equals("reassurance") ? "reassurance" : h.side.equals("alarm") ? "alarm" : "other")
                    + (h.negated ? " negated" : "") + "\" title=\"" + Html.escape(tooltip(h)) + "\">"));
            pos = to;
        }
        List<Quote> quotes = Double.isFinite(s) && Double.isFinite(e)
                ? quotesIn(docQuotes, (int) s, (int) e, text.length(), marks) : List.of();
        // tags at one position: a mark closes, then a quote closes, a quote opens, a mark opens
        List<Tag> tags = new ArrayList<>();
        for (Mark m : marks) {
            tags.add(new Tag(m.from, 3, m.open));
            tags.add(new Tag(m.to, 0, "</mark>"));
        }
        for (Quote q : quotes) {
            tags.add(new Tag(q.start, 2, "<span class=\"quoted\" title=\"" + Html.escape("quoted: " + q.speaker) + "\">"));
            tags.add(new Tag(q.end, 1, "</span><span class=\"speaker\">" + Html.escape(q.speaker) + "</span>"));
        }
        tags.sort(Comparator.comparingInt(Tag::at).thenComparingInt(Tag::order));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Tag t : tags) {
            out.append(Html.escape(text.substring(at, t.at))).append(t.html);
            at = t.at;
        }
        out.append(Html.escape(text.substring(at)));
        return out.toString();
    }

    /** An HTML tag at a position of the sentence text; {@code order} sorts tags at the same position. */
    private record Tag(int at, int order, String html) {}

    /**
     * The quotations overlapping the sentence {@code [s, e)}, in sentence positions, clipped to it,
     * their boundaries moved out of the marks, empty and overlapping ones left out.
     */
    private static List<Quote> quotesIn(List<Quote> docQuotes, int s, int e, int length, List<Mark> marks) {
        List<Quote> out = new ArrayList<>();
        int last = 0;
        for (Quote q : docQuotes) {
            int from = Math.max(q.start, s) - s;
            int to = Math.min(Math.min(q.end, e) - s, length);
            for (Mark m : marks) {
                if (from > m.from && from < m.to) {
                    from = m.to; // the mark starts outside the quotation: the author's
                }
                if (to > m.from && to < m.to) {
                    to = m.to; // the mark starts inside: it stays in the quotation
                }
            }
            if (from < to && from >= last) {
                out.add(new Quote(from, to, q.speaker));
                last = to;
            }
        }
        return out;
    }

    private static Map<String, List<Quote>> quotes(Table quotations) {
        Map<String, List<Quote>> out = new HashMap<>();
        if (quotations == null) {
            return out;
        }
        Cells.require(quotations, "quotations", Columns.DOC, Columns.START, Columns.END, VoiceColumns.SPEAKER);
        for (int r = 0; r < quotations.rowCount(); r++) {
            double s = Cells.number(quotations, Columns.START, r);
            double e = Cells.number(quotations, Columns.END, r);
            if (!Double.isFinite(s) || !Double.isFinite(e) || e <= s) {
                continue;
            }
            String speaker = Cells.text(quotations, VoiceColumns.SPEAKER, r).strip();
            out.computeIfAbsent(Cells.text(quotations, Columns.DOC, r), k -> new ArrayList<>())
                    .add(new Quote((int) s, (int) e, speaker.isEmpty() ? "?" : speaker));
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(Quote::start)));
        return out;
    }

    private static String tooltip(Hit h) {
        StringBuilder t = new StringBuilder();
        if (h.negated) {
            t.append("negated, counts as ").append(h.side).append(": ");
        } else {
            t.append(h.side).append(": ");
        }
        t.append(h.category.isEmpty() ? "" : h.category);
        if (!h.entry.isEmpty()) {
            t.append(h.category.isEmpty() ? "" : " · ").append("entry “").append(h.entry).append('”');
        }
        return t.toString();
    }

    private static Map<String, List<Hit>> hits(Table frameHits) {
        boolean hasCategory = frameHits.containsColumn(Columns.CATEGORY);
        boolean hasEntry = frameHits.containsColumn(Columns.ENTRY);
        boolean hasMatched = frameHits.containsColumn(Columns.MATCHED);
        boolean hasNegated = frameHits.containsColumn(Columns.NEGATED);
        Map<String, List<Hit>> out = new HashMap<>();
        for (int r = 0; r < frameHits.rowCount(); r++) {
            double s = Cells.number(frameHits, Columns.START, r);
            double e = Cells.number(frameHits, Columns.END, r);
            if (!Double.isFinite(s) || !Double.isFinite(e)) {
                continue;
            }
            out.computeIfAbsent(Cells.text(frameHits, Columns.DOC, r), k -> new ArrayList<>())
                    .add(
                            new Hit(
                                    (int) s,
                                    (int) e,
                                    Cells.text(frameHits, Columns.SIDE, r).strip().toLowerCase(Locale.ROOT),
                                    hasCategory ? Cells.text(frameHits, Columns.CATEGORY, r) : "",
                                    hasEntry ? Cells.text(frameHits, Columns.ENTRY, r) : "",
                                    hasMatched ? Cells.text(frameHits, Columns.MATCHED, r) : "",
                                    hasNegated && Cells.flag(frameHits, Columns.NEGATED, r)));
        }
        return out;
    }
}

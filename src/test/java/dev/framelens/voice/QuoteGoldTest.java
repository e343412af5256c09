package dev.framelens.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quotation finder against the adjudicated gold standard of the five seeds
 * ({@code gold/quotes/gold.csv}, 58 quotations coded by two coders and adjudicated). The span rule
 * is the one of {@code gold/quotes/compare.py}: a found span matches a gold span of the same
 * document when their overlap covers at least 80 % of each of the two spans; each gold span is
 * matched to the unmatched found span with the largest overlap, gold rows in file order. Speakers
 * are compared case-insensitively, ignoring a leading "the" and runs of white space.
 */
class QuoteGoldTest {
    static final Path SEEDS = Path.of("seeds");
    static final Path GOLD = Path.of("gold/quotes/gold.csv");

    record Span(String doc, int start, int end, String kind, String speaker, String text) {
    }

    static Map<String, Document> docs;
    static List<Span> gold;
    static List<Span> found;
    static List<Span[]> pairs;

    @BeforeAll
    static void match() throws IOException {
        docs = new LinkedHashMap<>();
        for (Document d : Corpus.read(SEEDS)) {
            docs.put(d.id(), d);
        }
        gold = readGold(GOLD, docs);
        found = new ArrayList<>();
        for (Document d : docs.values()) {
            for (Quotation q : QuoteFinder.find(d)) {
                found.add(new Span(d.id(), q.start(), q.end(), q.kind().label(), q.speaker(), q.text()));
            }
        }
        pairs = align(gold, found);
    }

    /** Gold rows located in the documents' text: the k-th occurrence for a {@code doc #k} id. */
    static List<Span> readGold(Path file, Map<String, Document> docs) throws IOException {
        List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        List<Span> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < header.size(); k++) {
                row.put(header.get(k), k < r.size() ? r.get(k) : "");
            }
            String doc = row.get("doc").strip();
            int occurrence = 1;
            int hash = doc.indexOf(" #");
            if (hash > 0) {
                occurrence = Integer.parseInt(doc.substring(hash + 2));
                doc = doc.substring(0, hash);
            }
            String quote = row.get("quote").replace("\\n", "\n");
            String text = docs.get(doc).text();
            int at = -1;
            for (int k = 0; k < occurrence; k++) {
                at = text.indexOf(quote, at + 1);
            }
            assertTrue(at >= 0, "gold quote not in " + doc + ": " + quote);
            out.add(new Span(doc, at, at + quote.length(), row.get("kind"), row.get("speaker"), quote));
        }
        return out;
    }

    /** compare.py's alignment: {gold, found} pairs, then {null, found} for the unmatched found spans. */
    static List<Span[]> align(List<Span> gold, List<Span> found) {
        List<Span[]> out = new ArrayList<>();
        boolean[] used = new boolean[found.size()];
        for (Span g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int j = 0; j < found.size(); j++) {
                Span o = found.get(j);
                if (used[j] || !o.doc().equals(g.doc())) {
                    continue;
                }
                int overlap = Math.min(g.end(), o.end()) - Math.max(g.start(), o.start());
                if (overlap > 0 && overlap >= 0.8 * (g.end() - g.start()) && overlap >= 0.8 * (o.end() - o.start())
                        && overlap > bestOverlap) {
                    best = j;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
            }
            out.add(new Span[] {g, best >= 0 ? found.get(best) : null});
        }
        for (int j = 0; j < found.size(); j++) {
            if (!used[j]) {
                out.add(new Span[] {null, found.get(j)});
            }
        }
        return out;
    }

    static String speaker(String s) {
        String t = s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    static long matched() {
        return pairs.stream().filter(p -> p[0] != null && p[1] != null).count();
    }

    @Test
    void goldHasTheAdjudicatedRows() {
        assertEquals(58, gold.size());
        assertEquals("rahm emanuel", speaker(gold.get(0).speaker()));
        assertEquals("multiple dispatches", speaker("  Multiple   dispatches"));
        assertEquals("u.s. state department", speaker("the U.S. State Department"));
    }

    @Test
    void spanPrecisionAndRecallAtLeastNinetyPercent() {
        double precision = (double) matched() / found.size();
        double recall = (double) matched() / gold.size();
        StringBuilder missed = new StringBuilder();
        for (Span[] p : pairs) {
            if (p[1] == null) {
                missed.append("\n  missed ").append(p[0].doc(), 0, 3).append(' ').append(p[0].kind()).append(": ")
                        .append(p[0].text(), 0, Math.min(70, p[0].text().length()));
            } else if (p[0] == null) {
                missed.append("\n  extra  ").append(p[1].doc(), 0, 3).append(' ').append(p[1].kind()).append(": ")
                        .append(p[1].text(), 0, Math.min(70, p[1].text().length()));
            }
        }
        String report = String.format(Locale.ROOT, "gold %d, found %d, matched %d: precision %.3f, recall %.3f%s",
                gold.size(), found.size(), matched(), precision, recall, missed);
        System.out.println("quotes vs gold: " + report);
        assertTrue(precision >= 0.9, report);
        assertTrue(recall >= 0.9, report);
    }

    @Test
    void speakerAccuracyOnMatchedQuotesAtLeastEightyFivePercent() {
        long same = 0;
        StringBuilder wrong = new StringBuilder();
        long kinds = 0;
        for (Span[] p : pairs) {
            if (p[0] == null || p[1] == null) {
                continue;
            }
            if (speaker(p[0].speaker()).equals(speaker(p[1].speaker()))) {
                same++;
            } else {
                wrong.append("\n  ").append(p[0].doc(), 0, 3).append(": gold '").append(p[0].speaker())
                        .append("', found '").append(p[1].speaker()).append('\'');
            }
            kinds += p[0].kind().equals(p[1].kind()) ? 1 : 0;
        }
        double accuracy = (double) same / matched();
        String report = String.format(Locale.ROOT, "speaker accuracy %.3f (%d of %d), kind agreement %.3f%s", accuracy,
                same, matched(), (double) kinds / matched(), wrong);
        System.out.println("quotes vs gold: " + report);
        assertTrue(accuracy >= 0.85, report);
    }

    @Test
    void theIssuesExamples() {
        Span emanuel = find("000_", "that empire is now dependent on North Korea");
        assertEquals("Rahm Emanuel", emanuel.speaker());
        assertEquals("direct", emanuel.kind());
        Span lankov = find("002_", "[North Korea] has relatively cutting-edge technology");
        assertEquals("Andrei Lankov", lankov.speaker());
        assertTrue(lankov.text().endsWith("will predictably be inferior to Russia’s,"), lankov.text());
    }

    private static Span find(String docPrefix, String textStart) {
        for (Span s : found) {
            if (s.doc().startsWith(docPrefix) && s.text().startsWith(textStart)) {
                return s;
            }
        }
        throw new AssertionError("no quotation starting '" + textStart + "' in " + docPrefix);
    }

    /** RFC 4180: fields separated by commas, quoted fields with doubled quotes and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}

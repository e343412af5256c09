package dev.framelens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff FILE}) into the table the benchmarks README
 * keeps: MB/s of input, million tokens/s, the ratio to the peer measured in the same run, and,
 * when the run used {@code -prof gc}, bytes allocated per input byte. Then checks the targets of
 * the performance issue on the Europarl rows.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.framelens.bench.Summary jmh-result.json</pre>
 *
 * Exit status 0 always (the check is a report, not a gate), 2 on a missing or unreadable file.
 */
public final class Summary {

    /** benchmark → its peer in the same run (same parameters unless the peer names its own). */
    static final Map<String, String> PEERS = new LinkedHashMap<>();

    static {
        PEERS.put("Tokenize.framelens", "Tokenize.lucene");
        PEERS.put("Tokenize.framelensTokenizer", "Tokenize.lucene");
        PEERS.put("Count.framelens", "Count.luceneHashMap");
        PEERS.put("Count.splitHashMap", "Count.luceneHashMap");
        PEERS.put("Count.framelensWarmVocabulary", "Count.luceneHashMap");
        PEERS.put("Cooccur.framelens", "Cooccur.hashMapPairs");
        PEERS.put("Tokenize.framelensTokenizerIds", "Tokenize.lucene");
        PEERS.put("ZipfSweep.tokenizeFramelens", "ZipfSweep.tokenizeLucene");
        PEERS.put("ZipfSweep.countFramelens", "ZipfSweep.countLuceneHashMap");
        PEERS.put("CountParallel.framelens", "CountParallel.framelens threads=1");
        PEERS.put("CountParallel.framelensStream", "CountParallel.framelensStream threads=1");
        PEERS.put("FramesParallel.framelens", "FramesParallel.framelens threads=1");
    }

    /** One benchmark × parameter row. */
    record Row(String name, Map<String, String> params, double opsPerSecond, double opsError,
               double bytesPerSecond, double tokensPerSecond, double allocPerOp) {
        String key() {
            return name + " " + paramString();
        }

        String paramString() {
            StringBuilder b = new StringBuilder();
            params.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v));
            return b.toString();
        }

        double mbPerSecond() {
            return bytesPerSecond / 1e6;
        }

        /** Bytes allocated per input byte, or NaN without {@code -prof gc}. */
        double allocPerInputByte() {
            double bytesPerOp = bytesPerSecond / opsPerSecond;
            return Double.isNaN(allocPerOp) || bytesPerOp == 0 ? Double.NaN : allocPerOp / bytesPerOp;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Summary JMH_RESULT.json  (write one with: -rf json -rff FILE)");
            System.exit(2);
        }
        Path file = Paths.get(args[0]);
        if (!Files.isRegularFile(file)) {
            System.err.println("summary: " + file + " does not exist; run the benchmarks with -rf json -rff " + file);
            System.exit(2);
        }
        List<Row> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
        System.out.print(table(rows));
        System.out.print(targets(rows));
    }

    static List<Row> parse(String json) {
        Object root = new Json(json).value();
        List<Row> rows = new ArrayList<>();
        for (Object o : (List<?>) root) {
            Map<?, ?> m = (Map<?, ?>) o;
            String full = (String) m.get("benchmark");
            String name = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
            Map<String, String> params = new LinkedHashMap<>();
            if (m.get("params") instanceof Map<?, ?> p) {
                p.forEach((k, v) -> params.put((String) k, String.valueOf(v)));
            }
            int threads = ((Number) m.get("threads")).intValue();
            if (threads != 1) {
                params.put("jmhThreads", Integer.toString(threads));
            }
            Map<?, ?> primary = (Map<?, ?>) m.get("primaryMetric");
            Map<?, ?> secondary = m.get("secondaryMetrics") instanceof Map<?, ?> s ? s : Map.of();
            rows.add(new Row(name, params, number(primary.get("score")), number(primary.get("scoreError")),
                    score(secondary, "bytes"), score(secondary, "tokens"), alloc(secondary)));
        }
        return rows;
    }

    /** JMH names it "gc.alloc.rate.norm" in JSON and "·gc.alloc.rate.norm" on the console. */
    private static double alloc(Map<?, ?> secondary) {
        double a = score(secondary, "gc.alloc.rate.norm");
        return Double.isNaN(a) ? score(secondary, "\u00b7gc.alloc.rate.norm") : a;
    }

    private static double score(Map<?, ?> secondary, String metric) {
        Object m = secondary.get(metric);
        return m instanceof Map<?, ?> mm ? number(mm.get("score")) : Double.NaN;
    }

    private static double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        return Double.NaN; // JMH writes "NaN" as a string
    }

    static Row peerOf(Row row, List<Row> rows) {
        String peer = PEERS.get(row.name());
        if (peer == null) {
            return null;
        }
        String peerName = peer;
        Map<String, String> params = new LinkedHashMap<>(row.params());
        int space = peer.indexOf(' ');
        if (space > 0) {
            peerName = peer.substring(0, space);
            for (String kv : peer.substring(space + 1).split(" ")) {
                String[] p = kv.split("=", 2);
                params.put(p[0], p[1]);
            }
        }
        if (peerName.equals(row.name()) && params.equals(row.params())) {
            return null;
        }
        for (Row r : rows) {
            if (r.name().equals(peerName) && r.params().equals(params)) {
                return r;
            }
        }
        return null;
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| benchmark | params | MB/s | M tokens/s | ratio | vs | alloc B / input B |\n");
        b.append("|---|---|---:|---:|---:|---|---:|\n");
        for (Row r : rows) {
            Row peer = peerOf(r, rows);
            String ratio = peer == null ? "" : fmt(r.opsPerSecond() / peer.opsPerSecond(), 2) + "×";
            String vs = peer == null ? "" : peer.name() + (peer.name().equals(r.name()) ? " " + diff(peer, r) : "");
            b.append("| ").append(r.name()).append(" | ").append(r.paramString()).append(" | ")
                    .append(fmt(r.mbPerSecond(), 1)).append(" | ").append(fmt(r.tokensPerSecond() / 1e6, 2))
                    .append(" | ").append(ratio).append(" | ").append(vs).append(" | ")
                    .append(fmt(r.allocPerInputByte(), 3)).append(" |\n");
        }
        return b.toString();
    }

    private static String diff(Row peer, Row row) {
        StringBuilder b = new StringBuilder();
        peer.params().forEach((k, v) -> {
            if (!v.equals(row.params().get(k))) {
                b.append(k).append('=').append(v);
            }
        });
        return b.toString();
    }

    /** The targets, each checked on the Europarl rows present in the run. */
    static String targets(List<Row> rows) {
        StringBuilder b = new StringBuilder("\ntargets (Europarl, single thread unless stated):\n");
        Map<String, String> europarl = Map.of("corpus", "europarl");
        versus(b, rows, "tokenize to ids >= 3x Lucene into BytesRefHash", "Tokenize.framelens", "Tokenize.luceneTermIds",
                europarl, 3.0);
        versus(b, rows, "  stretch: >= 1.5x bare Lucene tokenize", "Tokenize.framelens", "Tokenize.lucene", europarl, 1.5);
        target(b, rows, "tokenize+count >= 3x Lucene+HashMap", "Count.framelens", europarl, 3.0);
        target(b, rows, "co-occurrence +-5 >= 5x HashMap pairs", "Cooccur.framelens", europarl, 5.0);
        for (Row r : rows) {
            if (r.name().equals("Frames.framelens") && "europarl".equals(r.params().get("corpus"))
                    && "0".equals(r.params().get("resamples"))) {
                b.append(String.format(Locale.ROOT, "  %-42s %8.1f MB/s  %s%n", "framing scores >= 50 MB/s", r.mbPerSecond(),
                        r.mbPerSecond() >= 50 ? "met" : "MISSED"));
            }
        }
        versus(b, rows, "framing >= 0.8x counting (resamples=0)", "Frames.framelens", "Count.framelens",
                Map.of("corpus", "europarl", "resamples", "0"), 0.8);
        Map<String, String> two = Map.of("corpus", "europarl", "threads", "2");
        target(b, rows, "counting on 2 threads >= 1.8x one thread", "CountParallel.framelens", two, 1.8);
        target(b, rows, "  streamed counting (the CLI's way)", "CountParallel.framelensStream", two, 1.8);
        target(b, rows, "framing on 2 threads >= 1.8x one thread", "FramesParallel.framelens", two, 1.8);
        for (Row r : rows) {
            if (r.name().startsWith("Count.framelens") && "europarl".equals(r.params().get("corpus"))
                    && !Double.isNaN(r.allocPerInputByte())) {
                double a = r.allocPerInputByte();
                String label = r.name().endsWith("Warm" + "Vocabulary")
                        ? "tokenize+count alloc < 1 B/B once warm" : "  (fresh vocabulary each pass)";
                b.append(String.format(Locale.ROOT, "  %-42s %8.3f B/B  %s%n", label, a, a < 1 ? "met" : "MISSED"));
            }
        }
        return b.toString();
    }

    private static void target(StringBuilder b, List<Row> rows, String label, String name, Map<String, String> params,
                               double goal) {
        for (Row r : rows) {
            if (r.name().equals(name) && r.params().entrySet().containsAll(params.entrySet())) {
                Row peer = peerOf(r, rows);
                if (peer != null) {
                    double ratio = r.opsPerSecond() / peer.opsPerSecond();
                    b.append(String.format(Locale.ROOT, "  %-42s %8.2f×     %s%n", label, ratio, ratio >= goal ? "met" : "MISSED"));
                }
                return;
            }
        }
        b.append(String.format(Locale.ROOT, "  %-42s (not in this run)%n", label));
    }

    /**
     * A target on the ratio of {@code name}'s throughput to {@code other}'s, both on the Europarl
     * rows; {@code params} are matched on each row as far as it has them (a benchmark without a
     * {@code resamples} parameter ignores it).
     */
    private static void versus(StringBuilder b, List<Row> rows, String label, String name, String other,
                               Map<String, String> params, double goal) {
        Row a = find(rows, name, params);
        Row c = find(rows, other, params);
        if (a == null || c == null) {
            b.append(String.format(Locale.ROOT, "  %-42s (not in this run)%n", label));
            return;
        }
        double ratio = a.opsPerSecond() / c.opsPerSecond();
        b.append(String.format(Locale.ROOT, "  %-42s %8.2f×     %s%n", label, ratio, ratio >= goal ? "met" : "MISSED"));
    }

    private static Row find(List<Row> rows, String name, Map<String, String> params) {
        for (Row r : rows) {
            if (!r.name().equals(name)) {
                continue;
            }
            boolean all = true;
            for (Map.Entry<String, String> e : params.entrySet()) {
                String v = r.params().get(e.getKey());
                all &= v == null || v.equals(e.getValue());
            }
            if (all && r.params().get("corpus") != null) {
                return r;
            }
        }
        return null;
    }

    private static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** A minimal JSON reader for JMH's result file: objects, arrays, strings, numbers, literals. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            skip();
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            while (true) {
                skip();
                String k = string();
                skip();
                expect(':');
                m.put(k, value());
                skip();
                if (s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect('}');
                return m;
            }
        }

        private List<Object> array() {
            List<Object> a = new ArrayList<>();
            i++;
            skip();
            if (s.charAt(i) == ']') {
                i++;
                return a;
            }
            while (true) {
                a.add(value());
                skip();
                if (s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect(']');
                return a;
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private Double number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("not JMH JSON: unexpected '" + s.charAt(i) + "' at offset " + i);
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("not JMH JSON: expected '" + c + "' at offset " + i);
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}

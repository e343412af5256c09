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
 * notebook. A package's {@code internal} subpackage is its own: only that package (and the
 * subpackage itself) may use it. Fully qualified references in code are checked too.
 */
class ArchitectureTest {
    static final Path SRC = Path.of("src/main/java/dev/framelens");

    /** Which framelens packages each package may use (besides itself and its internal subpackages). */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "corpus", Set.of(),
            "text", Set.of(),
            "stats", Set.of(),
            "count", Set.of("corpus", "text"),
            "framing", Set.of("corpus", "text", "count", "stats"),
            "table", Set.of("corpus", "text", "count", "stats", "framing"),
            "chart", Set.of("corpus", "text", "count", "stats", "framing", "table"),
            "report", Set.of("corpus", "text", "count", "stats", "framing", "table", "chart"),
            "cli", Set.of("corpus", "text", "count", "stats", "framing", "table", "chart", "report", "notebook"),
            "notebook", Set.of("corpus", "text", "count", "stats", "framing", "table", "chart", "report"));

    /** Packages that must use the JDK only. */
    static final Set<String> JDK_ONLY = Set.of("corpus", "text", "stats", "count", "framing");

    static final Pattern REF = Pattern.compile("\\bdev\\.framelens\\.([a-z]+)\\b");
    static final Pattern INTERNAL = Pattern.compile("\\bdev\\.framelens\\.([a-z]+)\\.internal\\b");
    static final Pattern IMPORT = Pattern.compile("^import (static )?([a-zA-Z0-9_.]+)", Pattern.MULTILINE);

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
            if (rel.getNameCount() < 2) {
                continue; // root package files (package-info) are not code
            }
            String pkg = rel.getName(0).toString();
            assertTrue(ALLOWED.containsKey(pkg), "unknown package " + pkg + " (" + f + "): add it to GUIDE.md and this test");
            String src = Files.readString(f);
            String code = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            Matcher m = REF.matcher(code);
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                    violations.add(rel + " uses dev.framelens." + used);
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

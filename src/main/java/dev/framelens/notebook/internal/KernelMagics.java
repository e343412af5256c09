package dev.framelens.notebook.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The framelens kernel's magics: what each does, and the work of those that change the JShell
 * session. Relative paths start at the kernel's working directory (the notebook's folder).
 *
 * <p>Line magics stand on a line of their own anywhere in a cell; a cell magic stands on the
 * cell's first line and applies to the rest of the cell.
 */
public final class KernelMagics {

    /** One magic as {@code %lsmagic} lists it. */
    public record Doc(String usage, String description) {
    }

    /** Line magics, by name. */
    public static final List<Doc> LINE = List.of(
            new Doc("%classpath [PATH|GLOB...]", "add class directories and jars to the class path; alone, list the class path"),
            new Doc("%jars PATH|GLOB...", "add jars to the class path (a directory adds the jars in it)"),
            new Doc("%load FILE", "run a .jsh, .jshell or .java file in this session (the extension may be left out); variables defined before stay"),
            new Doc("%lsmagic", "list the line and cell magics"),
            new Doc("%maven GROUP:ARTIFACT:VERSION...", "add Maven artifacts and their runtime dependencies from Maven Central to the class path (cached in ~/.m2/repository or -Dmaven.repo.local)"));

    /** Cell magics, by name. */
    public static final List<Doc> CELL = List.of(
            new Doc("%%time", "run the rest of the cell and print its wall-clock time (also when it fails)"));

    private final JShellSession session;
    private final Supplier<MavenResolver> maven;

    /**
     * @param session the session the magics change
     * @param maven   makes the resolver for {@code %maven} (when the magic runs, so that
     *                {@code -Dmaven.repo.local} set later counts)
     */
    public KernelMagics(JShellSession session, Supplier<MavenResolver> maven) {
        this.session = session;
        this.maven = maven;
    }

    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * The text {@code %lsmagic} prints: the magics registered, each with its usage and what it
     * does (a registered magic not described here is listed by name).
     */
    public static String list(Set<String> lineMagics, Set<String> cellMagics) {
        StringBuilder text = new StringBuilder();
        section(text, "Line magics (on a line of their own):", "%", lineMagics, LINE);
        section(text, "Cell magics (on the first line of a cell):", "%%", cellMagics, CELL);
        return text.toString();
    }

    private static void section(StringBuilder text, String title, String prefix, Set<String> names, List<Doc> docs) {
        text.append(title).append('\n');
        List<String[]> rows = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            Doc doc = null;
            for (Doc candidate : docs) {
                String usage = candidate.usage();
                if (usage.equals(prefix + name) || usage.startsWith(prefix + name + " ")) {
                    doc = candidate;
                }
            }
            rows.add(doc == null ? new String[] {prefix + name, ""} : new String[] {doc.usage(), doc.description()});
        }
        int width = 0;
        for (String[] row : rows) {
            width = Math.max(width, row[0].length());
        }
        for (String[] row : rows) {
            String line = "  " + row[0] + (row[1].isEmpty() ? "" : " ".repeat(width - row[0].length() + 2) + row[1]);
            text.append(line).append('\n');
        }
    }

    /**
     * A wall-clock time as {@code %%time} prints it, to 3 significant digits in the largest unit
     * that keeps it at least 1: {@code "Wall time: 812 µs"}, {@code "Wall time: 1.25 s"}.
     */
    public static String wallTime(long nanos) {
        double value;
        String unit;
        if (nanos < 1_000_000L) {
            value = nanos / 1e3;
            unit = "\u00b5s";
        } else if (nanos < 1_000_000_000L) {
            value = nanos / 1e6;
            unit = "ms";
        } else {
            value = nanos / 1e9;
            unit = "s";
        }
        String digits = value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return "Wall time: " + digits + " " + unit;
    }

    /** {@code %classpath GLOB...}: adds matching jars and directories; without arguments prints the class path. */
    public List<String> classpath(List<String> args) throws IOException {
        if (args.isEmpty()) {
            for (Path entry : session.classPath()) {
                System.out.println(entry);
            }
            return List.of();
        }
        List<String> added = new ArrayList<>();
        for (String glob : args) {
            for (Path match : matches("%classpath", glob)) {
                session.addToClasspath(match);
                added.add(match.toString());
            }
        }
        return added;
    }

    /** {@code %jars GLOB...}: adds matching jars; a matching directory adds the jars in it. */
    public List<String> jars(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new MagicException("%jars needs at least one path or glob, e.g. %jars lib/*.jar");
        }
        List<String> added = new ArrayList<>();
        for (String glob : args) {
            for (Path match : matches("%jars", glob)) {
                if (Files.isDirectory(match)) {
                    try (var jars = Files.list(match)) {
                        for (Path jar : (Iterable<Path>) jars.filter(KernelMagics::isJar).sorted()::iterator) {
                            session.addToClasspath(jar);
                            added.add(jar.toString());
                        }
                    }
                } else if (isJar(match)) {
                    session.addToClasspath(match);
                    added.add(match.toString());
                } else {
                    throw new MagicException("%jars: " + match + " is not a .jar file (use %classpath for directories of classes)");
                }
            }
        }
        return added;
    }

    private static List<Path> matches(String magic, String glob) throws IOException {
        List<Path> matches = Globs.resolve(workingDirectory(), glob);
        if (matches.isEmpty()) {
            throw new MagicException(magic + ": nothing matches '" + glob + "' (relative paths start at " + workingDirectory() + ")");
        }
        return matches;
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    /**
     * {@code %maven COORDINATE...}: resolves the artifacts with their runtime dependencies and
     * adds the jars to the class path; prints how many jars that were and which are new.
     */
    public List<String> maven(List<String> args) {
        if (args.isEmpty()) {
            throw new MagicException("%maven needs at least one coordinate, e.g. %maven org.apache.commons:commons-math3:3.6.1");
        }
        List<Path> jars;
        try {
            jars = maven.get().resolve(args);
        } catch (MagicException e) {
            throw new MagicException("%maven: " + e.getMessage());
        }
        List<String> added = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path jar : jars) {
            boolean known = session.classPath().contains(jar.toAbsolutePath().normalize());
            session.addToClasspath(jar);
            added.add(jar.toString());
            if (!known) {
                names.add(jar.getFileName().toString());
            }
        }
        System.out.println("%maven: " + jars.size() + (jars.size() == 1 ? " jar" : " jars") + " on the class path"
                + (names.isEmpty() ? " (all there already)" : ", new: " + String.join(", ", names)));
        return added;
    }

    /** {@code %load FILE}: the file to run (the extension .jsh, .jshell or .java may be left out). */
    public static Path loadTarget(List<String> args) {
        if (args.size() != 1) {
            throw new MagicException("%load takes one file, e.g. %load setup.jsh (got " + args.size() + " arguments)");
        }
        Path requested = workingDirectory().resolve(args.get(0)).normalize();
        if (Files.isRegularFile(requested)) {
            return requested;
        }
        for (String extension : List.of(".jsh", ".jshell", ".java")) {
            Path candidate = requested.resolveSibling(requested.getFileName() + extension);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new MagicException("%load: no file " + requested + " (also tried .jsh, .jshell, .java)");
    }

    /** Runs a file that {@link #loadTarget} found, its lines numbered as in the file. */
    public void load(Path file, JShellSession.MagicHandler magics) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        session.evaluate(source, file.getFileName().toString(), 1, magics);
    }
}

package dev.framelens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The examples of the documentation that tests produce: a fenced block right after a line
 * {@code <!-- framelens: ARGS -->} holds {@code $ ./framelens ARGS} and what that prints, and {@code
 * <!-- framelens: shell -->} marks a JShell session. A test runs each marked command and compares
 * the block with what it printed ({@link #check}); with {@code -D}{@value #UPDATE}{@code =true} it
 * rewrites the blocks instead, so a change in the numbers fails the suite until the text is
 * updated, and updating the text is one command.
 *
 * <p>Compared as text, after {@link #normalize}: line ends as {@code \n}, trailing white space and
 * trailing blank lines dropped, the JShell version in its welcome line left out. The project
 * folder in an output is written as {@value #PROJECT} ({@link #output}).
 */
public final class DocBlocks {
    private DocBlocks() {
    }

    /** The system property that makes {@link #check} rewrite the blocks instead of comparing them. */
    public static final String UPDATE = "framelens.updateDocs";

    /** How the project folder shows in an example. */
    public static final String PROJECT = "~/framelens";

    /** The marked command of a JShell session. */
    public static final String SHELL = "shell";

    private static final Pattern MARKER = Pattern.compile("^<!-- framelens: (.+?) -->\\s*$");
    private static final Pattern JSHELL_VERSION = Pattern.compile("(?m)^(\\|  Welcome to JShell -- Version ).*$");

    /**
     * A marked block.
     *
     * @param file the Markdown file
     * @param line the 1-based line of the marker
     * @param command what follows {@code framelens:}, e.g. {@code kwic seeds --term pariahs}
     * @param block the block's lines between the fences, each ending with {@code \n}
     */
    public record Example(Path file, int line, String command, String block) {
        /** {@code README.md:42 (kwic seeds --term pariahs)}. */
        public String where() {
            return file + ":" + line + " (framelens: " + command + ")";
        }

        /** The command's arguments, split as a shell would ({@code "…"} and {@code '…'} group words). */
        public List<String> args() {
            return split(command);
        }
    }

    /** The documentation with examples: README.md and docs/*.md of the project in {@code root}. */
    public static List<Path> documents(Path root) {
        List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** The marked blocks of {@code files} whose command {@code which} accepts, in file order. */
    public static List<Example> examples(List<Path> files, Predicate<String> which) {
        List<Example> all = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = lines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARKER.matcher(lines.get(i));
                if (!m.matches()) {
                    continue;
                }
                int open = i + 1;
                if (open >= lines.size() || !lines.get(open).startsWith("```")) {
                    throw new IllegalStateException(f + ":" + (i + 1) + ": a framelens marker must be followed by a fenced block");
                }
                int close = closing(lines, open, f);
                if (which.test(m.group(1).strip())) {
                    StringBuilder block = new StringBuilder();
                    for (int k = open + 1; k < close; k++) {
                        block.append(lines.get(k)).append('\n');
                    }
                    all.add(new Example(f, i + 1, m.group(1).strip(), block.toString()));
                }
                i = close;
            }
        }
        return all;
    }

    /**
     * Runs every example and compares its block with the output; with {@code update} rewrites the
     * blocks that differ instead.
     *
     * @param run the whole text the block should hold, from the example
     * @return one message per block that differs (empty when all agree, and always after an update)
     */
    public static List<String> check(List<Example> examples, Function<Example, String> run, boolean update) {
        List<String> problems = new ArrayList<>();
        Map<Path, Map<Integer, String>> rewrites = new LinkedHashMap<>();
        for (Example e : examples) {
            String actual = normalizeEnd(run.apply(e));
            if (normalize(actual).equals(normalize(e.block()))) {
                continue;
            }
            if (update) {
                rewrites.computeIfAbsent(e.file(), f -> new LinkedHashMap<>()).put(e.line(), actual);
            } else {
                problems.add(e.where() + ": the block is not what the command prints; " + firstDifference(e.block(), actual)
                        + "\n--- the command printed ---\n" + actual
                        + "--- rerun with -D" + UPDATE + "=true to rewrite the blocks ---");
            }
        }
        rewrites.forEach(DocBlocks::rewrite);
        return problems;
    }

    /** Whether {@code -D}{@value #UPDATE}{@code =true} was given. */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE);
    }

    /**
     * An output as the documentation shows it: {@code \r\n} as {@code \n} and the project folder
     * {@code root} (absolute) as {@value #PROJECT}.
     */
    public static String output(String text, Path root) {
        return text.replace("\r\n", "\n").replace(root.toAbsolutePath().normalize().toString(), PROJECT);
    }

    /** The text compared: trailing white space of each line and trailing blank lines dropped, the JShell version left out. */
    public static String normalize(String text) {
        return JSHELL_VERSION.matcher(normalizeEnd(text)).replaceAll("$1…");
    }

    /** Trailing white space of each line and trailing blank lines dropped; one {@code \n} at the end. */
    private static String normalizeEnd(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            b.append(line.stripTrailing()).append('\n');
        }
        return b.toString().replaceAll("\\n+$", "\n");
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = normalize(expected).split("\n", -1);
        String[] a = normalize(actual).split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "(nothing)";
            String y = i < a.length ? a[i] : "(nothing)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " of the block is '" + x + "' but the command printed '" + y + "'";
            }
        }
        return "they differ";
    }

    /** Replaces the blocks after the markers on the given lines. */
    private static void rewrite(Path file, Map<Integer, String> blocks) {
        List<String> lines = lines(file);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            String block = blocks.get(i + 1);
            if (block == null) {
                continue;
            }
            out.add(lines.get(i + 1)); // the opening fence
            int close = closing(lines, i + 1, file);
            out.addAll(block.lines().toList());
            out.add(lines.get(close));
            i = close;
        }
        try {
            Files.writeString(file, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closing(List<String> lines, int open, Path f) {
        for (int k = open + 1; k < lines.size(); k++) {
            if (lines.get(k).equals("```")) {
                return k;
            }
        }
        throw new IllegalStateException(f + ":" + (open + 1) + ": the fenced block is not closed");
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words of a command line: split at spaces, {@code "…"} and {@code '…'} keep a group together. */
    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in '" + command + "'");
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}

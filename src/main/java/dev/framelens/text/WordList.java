package dev.framelens.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the line-based resources (stop words, phrases, the frame lexicon, actors): UTF-8, a BOM
 * dropped. {@link #resource}/{@link #file} give the meaningful lines only ({@code #} comments
 * and blank lines skipped, white space stripped); {@link #resourceLines}/{@link #fileLines} give
 * every line, for parsers that name line numbers in their errors (skip with {@link #skip}).
 */
public final class WordList {
    private WordList() {
    }

    /** Meaningful lines of a class-path resource next to {@code anchor}. */
    public static List<String> resource(Class<?> anchor, String name) {
        return meaningful(resourceLines(anchor, name));
    }

    /** Meaningful lines of a file; see {@link #fileLines} for the errors. */
    public static List<String> file(Path path) {
        return meaningful(fileLines(path));
    }

    /** Every line of a class-path resource next to {@code anchor}. */
    public static List<String> resourceLines(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the class path");
            }
            return lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every line of a UTF-8 file.
     *
     * @throws IllegalArgumentException with one line naming the file when it cannot be read
     */
    public static List<String> fileLines(Path path) {
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + ": is a folder; give a file");
        }
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return lines(r);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(path + ": no such file");
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException(path + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(path + ": not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Whether a line carries nothing: blank, or a {@code #} comment. */
    public static boolean skip(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    private static List<String> meaningful(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!skip(line)) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static List<String> lines(BufferedReader r) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            out.add(out.isEmpty() ? line.replace("\uFEFF", "") : line);
        }
        return out;
    }
}

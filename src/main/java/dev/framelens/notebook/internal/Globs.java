package dev.framelens.notebook.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves the simple globs that {@code %jars} and {@code %classpath} take:
 * {@code *}, {@code ?}, {@code [..]} and {@code {a,b}} within one path segment, {@code **}
 * across segments; {@code /} separates segments on every platform.
 */
public final class Globs {

    private Globs() {
    }

    /**
     * The existing paths that match {@code glob}, absolute and sorted. A glob without wildcards
     * names one path and matches it if it exists.
     *
     * @param base the directory relative globs start from
     */
    public static List<Path> resolve(Path base, String glob) throws IOException {
        String normalized = File.separatorChar == '\\' ? glob.replace('\\', '/') : glob;
        if (!hasWildcard(normalized)) {
            Path path = base.resolve(normalized).toAbsolutePath().normalize();
            return Files.exists(path) ? List.of(path) : List.of();
        }
        String[] segments = normalized.split("/", -1);
        int firstWild = 0;
        while (!hasWildcard(segments[firstWild])) {
            firstWild++;
        }
        String literal = String.join("/", java.util.Arrays.copyOfRange(segments, 0, firstWild));
        Path root = literal.isEmpty() && normalized.startsWith("/") ? Path.of("/")
                : base.resolve(literal.isEmpty() ? "." : literal);
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String pattern = String.join("/", java.util.Arrays.copyOfRange(segments, firstWild, segments.length));
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : segments.length - firstWild;
        PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + pattern);
        try (Stream<Path> paths = Files.walk(dir, depth)) {
            return paths.filter(p -> !p.equals(dir))
                    .filter(p -> matcher.matches(dir.relativize(p)))
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }

    static boolean hasWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }
}

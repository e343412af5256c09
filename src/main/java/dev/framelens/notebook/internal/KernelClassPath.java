package dev.framelens.notebook.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The kernel JVM's class path as a list of existing files and directories: the entries of
 * {@code java.class.path}, plus, recursively, the entries that a jar's manifest names in its
 * {@code Class-Path} attribute (a launcher such as Maven Surefire may start the JVM with one
 * "manifest-only" jar). JShell's compiler needs the expanded list.
 */
public final class KernelClassPath {

    private KernelClassPath() {
    }

    /** The expanded class path of this JVM. */
    public static List<Path> entries() {
        return expand(System.getProperty("java.class.path", ""));
    }

    /** Expands a class path string ({@link File#pathSeparator}-separated). */
    public static List<Path> expand(String classPath) {
        Set<Path> out = new LinkedHashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                add(Path.of(entry).toAbsolutePath().normalize(), out);
            }
        }
        return new ArrayList<>(out);
    }

    private static void add(Path entry, Set<Path> out) {
        if (!Files.exists(entry) || !out.add(entry)) {
            return;
        }
        if (!Files.isRegularFile(entry)) {
            return;
        }
        String manifestClassPath;
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            manifestClassPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        } catch (IOException | SecurityException e) {
            return; // not a jar: keep the entry itself
        }
        if (manifestClassPath == null) {
            return;
        }
        Path dir = entry.getParent();
        for (String item : manifestClassPath.trim().split("\\s+")) {
            if (item.isEmpty()) {
                continue;
            }
            Path resolved = resolve(dir, item);
            if (resolved != null) {
                add(resolved.toAbsolutePath().normalize(), out);
            }
        }
    }

    private static Path resolve(Path dir, String item) {
        try {
            URI uri = new URI(item);
            if (uri.isAbsolute()) {
                return "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri) : null;
            }
            String path = uri.getPath();
            return path == null ? null : (dir == null ? Path.of(path) : dir.resolve(path));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return dir == null ? Path.of(item) : dir.resolve(item);
        }
    }
}

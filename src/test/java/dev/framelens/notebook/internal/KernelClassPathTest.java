package dev.framelens.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelClassPathTest {

    private static void manifestJar(Path jar, String classPath) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(jar)) {
            new JarOutputStream(out, manifest).close(); // a manifest-only jar
        }
    }

    @Test
    void manifestClassPathsAreExpandedRecursively(@TempDir Path dir) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path inner = lib.resolve("inner.jar");
        manifestJar(inner, "../classes/");
        Path plain = lib.resolve("plain.jar");
        manifestJar(plain, "");
        Path booter = dir.resolve("booter.jar");
        manifestJar(booter, "lib/inner.jar " + plain.toUri() + " lib/missing.jar");
        assertEquals(List.of(booter, inner, classes, plain), KernelClassPath.expand(booter.toString()));
    }

    @Test
    void plainEntriesAreAbsoluteExistingAndUnique(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        String classPath = String.join(File.pathSeparator, a.toString(), dir.resolve("gone").toString(), a.toString(), "");
        assertEquals(List.of(a), KernelClassPath.expand(classPath));
    }
}

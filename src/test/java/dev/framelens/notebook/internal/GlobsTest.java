package dev.framelens.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobsTest {

    @TempDir
    Path base;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(base.resolve("lib/nested"));
        Files.createDirectories(base.resolve("other"));
        for (String file : List.of("lib/a.jar", "lib/b.jar", "lib/notes.txt", "lib/nested/c.jar", "other/d.jar")) {
            Files.writeString(base.resolve(file), file);
        }
    }

    private List<Path> resolve(String glob) throws Exception {
        return Globs.resolve(base, glob);
    }

    @Test
    void starMatchesWithinOneDirectory() throws Exception {
        assertEquals(List.of(base.resolve("lib/a.jar"), base.resolve("lib/b.jar")), resolve("lib/*.jar"));
        assertEquals(List.of(base.resolve("lib/a.jar"), base.resolve("lib/b.jar")), resolve("lib/?.jar"));
        assertEquals(List.of(base.resolve("lib/b.jar")), resolve("lib/[b].jar"));
    }

    @Test
    void doubleStarCrossesDirectories() throws Exception {
        assertEquals(List.of(base.resolve("lib/a.jar"), base.resolve("lib/b.jar"), base.resolve("lib/nested/c.jar")),
                resolve("lib/**.jar"));
        assertEquals(List.of(base.resolve("lib/a.jar"), base.resolve("lib/b.jar"), base.resolve("lib/nested/c.jar"),
                base.resolve("other/d.jar")), resolve("**.jar"));
    }

    @Test
    void wildcardInADirectorySegment() throws Exception {
        assertEquals(List.of(base.resolve("lib/a.jar"), base.resolve("lib/b.jar"), base.resolve("other/d.jar")),
                resolve("*/*.jar"));
    }

    @Test
    void literalPathsAndAbsoluteGlobs() throws Exception {
        assertEquals(List.of(base.resolve("lib")), resolve("lib"));
        assertEquals(List.of(), resolve("missing.jar"));
        assertEquals(List.of(), resolve("missing/*.jar"));
        assertEquals(List.of(base.resolve("other/d.jar")), Globs.resolve(Path.of("/"), base + "/other/*.jar"));
    }
}

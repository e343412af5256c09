package dev.framelens.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KernelSpecTest {

    @Test
    void kernelJsonRunsKernelMainWithTheGivenJavaAndClassPath() {
        KernelSpec spec = KernelSpec.of("framelens", "/opt/jdk/bin/java", "/opt/framelens.jar");
        assertEquals("{\n"
                + "  \"argv\": [\n"
                + "    \"/opt/jdk/bin/java\",\n"
                + "    \"-cp\",\n"
                + "    \"/opt/framelens.jar\",\n"
                + "    \"dev.framelens.notebook.KernelMain\",\n"
                + "    \"{connection_file}\"\n"
                + "  ],\n"
                + "  \"display_name\": \"Java (framelens)\",\n"
                + "  \"language\": \"java\",\n"
                + "  \"interrupt_mode\": \"message\",\n"
                + "  \"metadata\": {\n"
                + "    \"debugger\": false\n"
                + "  }\n"
                + "}\n", spec.json());
        assertEquals("Java (framelens, other)", KernelSpec.of("other", "j", "cp").displayName());
    }

    @Test
    void specForThisJvmUsesJavaHomeAndAnAbsoluteClassPath() {
        KernelSpec spec = KernelSpec.forThisJvm("framelens");
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), spec.argv().get(0));
        for (String entry : spec.argv().get(2).split(File.pathSeparator)) {
            assertTrue(Path.of(entry).isAbsolute(), entry);
        }
        assertEquals("/a/b.jar" + File.pathSeparator + Path.of("rel.jar").toAbsolutePath(),
                KernelSpec.absoluteClassPath("/a/b.jar" + File.pathSeparator + "rel.jar"));
    }

    @Test
    void installWritesKernelJsonAndLogos(@TempDir Path prefix) throws Exception {
        Path dir = KernelSpec.of("framelens", "java", "cp").installInto(KernelSpec.prefixKernelsDir(prefix));
        assertEquals(prefix.resolve("share/jupyter/kernels/framelens"), dir);
        assertEquals(KernelSpec.of("framelens", "java", "cp").json(), Files.readString(dir.resolve("kernel.json")));
        BufferedImage small = ImageIO.read(dir.resolve("logo-32x32.png").toFile());
        BufferedImage large = ImageIO.read(dir.resolve("logo-64x64.png").toFile());
        assertEquals(32, small.getWidth());
        assertEquals(32, small.getHeight());
        assertEquals(64, large.getWidth());
        assertEquals(64, large.getHeight());
    }

    @Test
    void namesFollowJupyterRules() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelSpec.of("Frame Lens", "j", "cp"));
        assertEquals("kernel name 'Frame Lens' is not valid: use lower-case letters, digits, '.', '_' and '-', e.g. framelens",
                e.getMessage());
        assertEquals("fl-2.x_y", KernelSpec.of("fl-2.x_y", "j", "cp").name());
    }

    @Test
    void userDataDirFollowsJupyterCore() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/home/ada/.local/share/jupyter"), KernelSpec.userDataDir(Map.of(), "Linux", home));
        assertEquals(Path.of("/xdg/jupyter"), KernelSpec.userDataDir(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home));
        assertEquals(Path.of("/custom"), KernelSpec.userDataDir(Map.of("JUPYTER_DATA_DIR", "/custom"), "Linux", home));
        assertEquals(Path.of("/home/ada/Library/Jupyter"), KernelSpec.userDataDir(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/roaming", "jupyter"), KernelSpec.userDataDir(Map.of("APPDATA", "/roaming"), "Windows 11", home));
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new KernelCommand());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute(args);
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void installCommandWritesIntoAPrefix(@TempDir Path prefix) {
        String[] result = run("install", "--prefix", prefix.toString());
        Path dir = prefix.resolve("share/jupyter/kernels/framelens");
        assertEquals("0", result[0], result[2]);
        assertEquals("Installed kernel spec 'framelens' (Java (framelens)) in " + dir + System.lineSeparator(), result[1]);
        assertTrue(Files.exists(dir.resolve("kernel.json")));
        assertTrue(Files.exists(dir.resolve("logo-64x64.png")));
    }

    @Test
    void installCommandRejectsBadArguments(@TempDir Path prefix) {
        String[] both = run("install", "--user", "--prefix", prefix.toString());
        assertEquals("2", both[0]);
        assertTrue(both[2].startsWith("Error: --user, --prefix=DIR are mutually exclusive"), both[2]);
        String[] badName = run("install", "--prefix", prefix.toString(), "--name", "Bad Name");
        assertEquals("2", badName[0]);
        assertTrue(badName[2].startsWith("kernel name 'Bad Name' is not valid"), badName[2]);
        String[] none = run();
        assertEquals("2", none[0]);
        assertTrue(none[2].startsWith("Missing subcommand: use 'kernel install'"), none[2]);
        String[] run = run("run");
        assertEquals("2", run[0]);
        assertTrue(run[2].startsWith("Missing required parameter: 'CONNECTION_FILE'"), run[2]);
    }

    @Test
    void onlyJava18To23GetTheOptionThatAllowsTheExitGuard() {
        assertEquals(List.of(), KernelSpec.jvmOptions(17), "17 allows a SecurityManager at run time anyway");
        assertEquals(List.of("-Djava.security.manager=allow"), KernelSpec.jvmOptions(18));
        assertEquals(List.of("-Djava.security.manager=allow"), KernelSpec.jvmOptions(23));
        assertEquals(List.of(), KernelSpec.jvmOptions(24), "from 24 on the option stops the JVM at start");
        assertEquals(List.of(), KernelSpec.jvmOptions(25));
    }
}

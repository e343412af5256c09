package dev.framelens.notebook;

import com.google.gson.GsonBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Jupyter kernel spec of the framelens kernel: a directory {@code kernels/<name>} with
 * {@code kernel.json} and two logos, which makes Jupyter list "Java (framelens)".
 *
 * <p>{@code kernel.json} runs {@link KernelMain} with the Java of this JVM
 * ({@code java.home}) and this JVM's class path made absolute, so the spec keeps working
 * from any directory. Interrupts are sent as messages ({@code "interrupt_mode": "message"});
 * the kernel also honours SIGINT. On Java 18 to 23 the JVM gets {@code
 * -Djava.security.manager=allow} (see {@link #jvmOptions(int)}).
 */
public final class KernelSpec {

    /** The kernel name Jupyter knows the kernel by. */
    public static final String DEFAULT_NAME = "framelens";
    /** The name shown in the JupyterLab launcher and the kernel menu. */
    public static final String DISPLAY_NAME = "Java (framelens)";
    /** The logo files, as Jupyter expects them next to {@code kernel.json}. */
    public static final List<String> LOGOS = List.of("logo-32x32.png", "logo-64x64.png");

    private final String name;
    private final String java;
    private final String classPath;
    private final List<String> jvmOptions;

    private KernelSpec(String name, String java, String classPath, List<String> jvmOptions) {
        this.name = checkName(name);
        this.java = java;
        this.classPath = classPath;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * A spec that starts the kernel with an explicit Java executable and class path.
     *
     * @throws IllegalArgumentException if the name is not a valid kernel name
     */
    public static KernelSpec of(String name, String javaExecutable, String classPath) {
        return new KernelSpec(name, javaExecutable, classPath, List.of());
    }

    /** A spec that starts the kernel with this JVM's Java and class path. */
    public static KernelSpec forThisJvm(String name) {
        return new KernelSpec(name, javaExecutable().toString(), absoluteClassPath(System.getProperty("java.class.path", "")),
                jvmOptions(Runtime.version().feature()));
    }

    /**
     * Options for the kernel's JVM of a Java release: Java 18 to 23 refuse a SecurityManager
     * installed at run time unless started with {@code -Djava.security.manager=allow}, which the
     * kernel uses to refuse {@code System.exit} from library code called by a cell; Java 17 allows it
     * anyway, and from 24 on the option stops the JVM at start, so there is none.
     */
    static List<String> jvmOptions(int feature) {
        return feature >= 18 && feature <= 23 ? List.of("-Djava.security.manager=allow") : List.of();
    }

    /** The {@code java} launcher of this JVM. */
    public static Path javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** A class path with every entry made absolute. */
    static String absoluteClassPath(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Checks a kernel name: lower-case letters, digits, {@code .}, {@code _} and {@code -}, as
     * {@code jupyter kernelspec} accepts.
     */
    static String checkName(String name) {
        if (name == null || !name.matches("[a-z0-9._-]+")) {
            throw new IllegalArgumentException("kernel name '" + name
                    + "' is not valid: use lower-case letters, digits, '.', '_' and '-', e.g. framelens");
        }
        return name;
    }

    /** The kernel name. */
    public String name() {
        return name;
    }

    /** The display name: {@value #DISPLAY_NAME}, with the name added when it is not the default. */
    public String displayName() {
        return DEFAULT_NAME.equals(name) ? DISPLAY_NAME : "Java (framelens, " + name + ")";
    }

    /** The command Jupyter runs; {@code {connection_file}} is replaced by Jupyter. */
    public List<String> argv() {
        List<String> argv = new ArrayList<>(List.of(java, "-cp", classPath));
        argv.addAll(jvmOptions);
        argv.add(KernelMain.class.getName());
        argv.add("{connection_file}");
        return List.copyOf(argv);
    }

    /** The content of {@code kernel.json}. */
    public String json() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv());
        spec.put("display_name", displayName());
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("debugger", false));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /**
     * Writes {@code kernelsDir/<name>/kernel.json} and the logos, replacing an earlier install.
     *
     * @return the spec directory
     */
    public Path installInto(Path kernelsDir) throws IOException {
        Path dir = kernelsDir.resolve(name).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kernel.json"), json(), StandardCharsets.UTF_8);
        for (String logo : LOGOS) {
            try (InputStream in = KernelSpec.class.getResourceAsStream(logo)) {
                if (in == null) {
                    throw new IOException(logo + " is missing from the framelens jar");
                }
                Files.copy(in, dir.resolve(logo), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** {@code DIR/share/jupyter/kernels}: where {@code --prefix DIR} installs (e.g. a virtual environment). */
    public static Path prefixKernelsDir(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }

    /** The user's Jupyter kernels directory, as {@code jupyter --data-dir} computes it, plus {@code /kernels}. */
    public static Path userKernelsDir() {
        return userDataDir(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))).resolve("kernels");
    }

    /**
     * Jupyter's user data directory: {@code $JUPYTER_DATA_DIR} if set; else
     * {@code ~/Library/Jupyter} on macOS, {@code %APPDATA%\jupyter} on Windows, and
     * {@code $XDG_DATA_HOME/jupyter} (default {@code ~/.local/share/jupyter}) elsewhere.
     */
    static Path userDataDir(Map<String, String> env, String osName, Path home) {
        String explicit = env.get("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming").resolve("jupyter")
                    : Path.of(appData, "jupyter");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("jupyter");
    }
}

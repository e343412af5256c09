package dev.framelens.notebook;

import com.google.gson.JsonParseException;
import dev.framelens.notebook.internal.ExitGuard;
import dev.framelens.notebook.internal.MessageAuthenticator;
import dev.framelens.notebook.internal.SecureConnection;
import dev.framelens.notebook.internal.SigintHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the framelens kernel for Jupyter: {@code java -cp framelens.jar
 * dev.framelens.notebook.KernelMain CONNECTION_FILE}. This is what the kernel spec written by
 * {@code framelens kernel install} runs.
 *
 * <p>The connection file (written by Jupyter) gives the address, the five ports, the
 * signature scheme and the key. Every socket is bound to that address only; every request must
 * carry a valid HMAC signature made with that key.
 */
public final class KernelMain {

    private KernelMain() {
    }

    /** Runs the kernel until Jupyter shuts it down, then exits the JVM. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp framelens.jar " + KernelMain.class.getName() + " CONNECTION_FILE");
            System.err.println("  CONNECTION_FILE is the JSON file Jupyter writes when it starts a kernel;");
            System.err.println("  run `framelens kernel install` and start the kernel from Jupyter instead.");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0])));
    }

    /**
     * Runs the kernel on a connection file until it is shut down.
     *
     * @return the process exit status: 0 after a shutdown, 2 for a bad connection file, 1 if
     *         the kernel could not start
     */
    public static int run(Path connectionFile) {
        configureLogging();
        ExitGuard.install();
        KernelConnectionProperties properties;
        MessageAuthenticator authenticator;
        try {
            properties = readConnectionFile(connectionFile);
            authenticator = MessageAuthenticator.create(properties.getSignatureScheme(), properties.getKey());
        } catch (IllegalArgumentException e) {
            System.err.println("framelens kernel: " + e.getMessage());
            return 2;
        }
        if (!authenticator.enabled()) {
            System.err.println("framelens kernel: warning: the connection file has an empty key, "
                    + "so messages are not authenticated; Jupyter normally writes a key");
        }
        FramelensKernel kernel;
        SecureConnection connection;
        try {
            kernel = FramelensKernel.builder().build();
            connection = new SecureConnection(properties, authenticator);
        } catch (GeneralSecurityException | RuntimeException e) {
            System.err.println("framelens kernel: cannot start: " + e);
            return 1;
        }
        kernel.becomeHandlerForConnection(connection);
        kernel.onStartup();
        SigintHandler.install(kernel::interrupt);
        try {
            connection.connect();
        } catch (RuntimeException e) {
            System.err.println("framelens kernel: cannot bind to " + properties.getIp() + " (ports "
                    + properties.getShellPort() + ", " + properties.getControlPort() + ", " + properties.getIopubPort()
                    + ", " + properties.getStdinPort() + ", " + properties.getHbPort() + "): " + e.getMessage());
            kernel.onShutdown(false);
            connection.close();
            return 1;
        }
        connection.waitUntilClose();
        kernel.onShutdown(false);
        return 0;
    }

    private static void configureLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "dev.framelens.notebook.internal.KernelLogProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    /**
     * Reads and checks a connection file.
     *
     * @throws IllegalArgumentException with a message that says what is wrong and how to fix it
     */
    static KernelConnectionProperties readConnectionFile(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("connection file " + file.toAbsolutePath() + " does not exist "
                    + "(Jupyter passes it as {connection_file} in the kernel spec)");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read connection file " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        KernelConnectionProperties properties;
        try {
            properties = KernelConnectionProperties.parse(json);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException("connection file " + file + " is not valid JSON: " + e.getMessage());
        }
        if (properties == null) {
            throw new IllegalArgumentException("connection file " + file + " is empty");
        }
        if (!"tcp".equals(properties.getTransport())) {
            throw new IllegalArgumentException("connection file " + file + ": transport '" + properties.getTransport()
                    + "' is not supported; use \"transport\": \"tcp\"");
        }
        if (properties.getIp() == null || properties.getIp().isBlank()) {
            throw new IllegalArgumentException("connection file " + file + " has no \"ip\" (e.g. \"127.0.0.1\")");
        }
        checkPort(file, "shell_port", properties.getShellPort());
        checkPort(file, "control_port", properties.getControlPort());
        checkPort(file, "iopub_port", properties.getIopubPort());
        checkPort(file, "stdin_port", properties.getStdinPort());
        checkPort(file, "hb_port", properties.getHbPort());
        String key = properties.getKey();
        if (key != null && !StandardCharsets.US_ASCII.newEncoder().canEncode(key)) {
            throw new IllegalArgumentException("connection file " + file + ": the key must be ASCII (Jupyter writes a hex UUID)");
        }
        return properties;
    }

    private static void checkPort(Path file, String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("connection file " + file + ": " + name + " (" + port
                    + ") must be between 1 and 65535");
        }
    }
}

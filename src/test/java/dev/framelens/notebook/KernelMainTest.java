package dev.framelens.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelMainTest {

    private static String connection(String transport, int shellPort, String key) {
        return "{\"ip\": \"127.0.0.1\", \"transport\": \"" + transport + "\", \"shell_port\": " + shellPort
                + ", \"control_port\": 5001, \"iopub_port\": 5002, \"stdin_port\": 5003, \"hb_port\": 5004,"
                + " \"signature_scheme\": \"hmac-sha256\", \"key\": \"" + key + "\"}";
    }

    private static String error(Path file) {
        return assertThrows(IllegalArgumentException.class, () -> KernelMain.readConnectionFile(file)).getMessage();
    }

    @Test
    void readsAValidConnectionFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("kernel.json"), connection("tcp", 5000, "abc-123"));
        KernelConnectionProperties properties = KernelMain.readConnectionFile(file);
        assertEquals("127.0.0.1", properties.getIp());
        assertEquals(5000, properties.getShellPort());
        assertEquals("abc-123", properties.getKey());
    }

    @Test
    void badConnectionFilesAreExplained(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.json");
        assertEquals("connection file " + missing + " does not exist (Jupyter passes it as {connection_file} in the kernel spec)",
                error(missing));
        Path ipc = Files.writeString(dir.resolve("ipc.json"), connection("ipc", 5000, "k"));
        assertEquals("connection file " + ipc + ": transport 'ipc' is not supported; use \"transport\": \"tcp\"", error(ipc));
        Path port = Files.writeString(dir.resolve("port.json"), connection("tcp", 0, "k"));
        assertEquals("connection file " + port + ": shell_port (0) must be between 1 and 65535", error(port));
        Path key = Files.writeString(dir.resolve("key.json"), connection("tcp", 5000, "schl\u00fcssel"));
        assertEquals("connection file " + key + ": the key must be ASCII (Jupyter writes a hex UUID)", error(key));
        Path json = Files.writeString(dir.resolve("bad.json"), "{\"ip\": ");
        assertEquals(true, error(json).startsWith("connection file " + json + " is not valid JSON: "));
    }

    @Test
    void runReportsABadConnectionFileWithExitStatusTwo(@TempDir Path dir) {
        assertEquals(2, KernelMain.run(dir.resolve("missing.json")));
    }
}

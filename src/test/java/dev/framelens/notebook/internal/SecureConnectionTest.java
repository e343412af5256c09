package dev.framelens.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** The kernel's sockets over real ZeroMQ, with a stand-in handler instead of the kernel. */
class SecureConnectionTest {

    private static final String KEY = "5e3c1d2f-test-key";

    private int[] ports;
    private SecureConnection connection;
    private ZContext client;
    private ZMQ.Socket shell;

    @BeforeEach
    void connect() throws Exception {
        ports = freePorts(5);
        KernelConnectionProperties properties = new KernelConnectionProperties("127.0.0.1",
                ports[0], ports[1], ports[2], ports[3], ports[4], "tcp", "hmac-sha256", KEY);
        connection = new SecureConnection(properties, MessageAuthenticator.create("hmac-sha256", KEY));
        connection.setHandler(MessageType.KERNEL_INFO_REQUEST, (env, message) -> env.reply(new KernelInfoReply(
                "5.3", "stand-in", "1", new LanguageInfo.Builder("java").build(), "banner", List.of())));
        connection.connect();
        client = new ZContext();
        shell = client.createSocket(SocketType.DEALER);
        shell.setReceiveTimeOut(1500);
        shell.connect("tcp://127.0.0.1:" + ports[1]);
    }

    @AfterEach
    void close() {
        client.close();
        connection.close();
    }

    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        int[] ports = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
        return ports;
    }

    private static byte[][] request(String msgId) {
        String header = "{\"msg_id\":\"" + msgId + "\",\"session\":\"s\",\"username\":\"u\","
                + "\"date\":\"2024-01-01T00:00:00.000000Z\",\"msg_type\":\"kernel_info_request\",\"version\":\"5.3\"}";
        return new byte[][] {header.getBytes(StandardCharsets.UTF_8), b("{}"), b("{}"), b("{}")};
    }

    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void send(String signature, byte[][] parts) {
        shell.sendMore("<IDS|MSG>");
        shell.sendMore(signature);
        shell.sendMore(parts[0]);
        shell.sendMore(parts[1]);
        shell.sendMore(parts[2]);
        shell.send(parts[3]);
    }

    /** The reply's frames after the delimiter, or null if none arrived within 1.5 s (for "no reply" checks). */
    private List<byte[]> receive() {
        return receive(1500);
    }

    /**
     * The reply's frames after the delimiter, or null if none arrived within {@code millis}: a reply that
     * must come gets a long wait (a loaded machine may take seconds), a silence is waited for briefly.
     */
    private List<byte[]> receive(int millis) {
        shell.setReceiveTimeOut(millis);
        byte[] first = shell.recv();
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (shell.hasReceiveMore()) {
            frames.add(shell.recv());
        }
        assertEquals("<IDS|MSG>", new String(frames.get(0), StandardCharsets.UTF_8));
        return frames.subList(1, frames.size());
    }

    /** How long a reply that must come may take. */
    private static final int REPLY_MILLIS = 30_000;

    @Test
    void onlyCorrectlySignedFreshMessagesAreAnswered() {
        MessageAuthenticator signer = MessageAuthenticator.create("hmac-sha256", KEY);
        MessageAuthenticator impostor = MessageAuthenticator.create("hmac-sha256", "guessed-key");

        byte[][] forged = request("forged");
        send(impostor.sign(forged), forged);
        assertNull(receive(), "a message signed with another key gets no reply");

        byte[][] unsigned = request("unsigned");
        send("", unsigned);
        assertNull(receive(), "an unsigned message gets no reply");

        byte[][] genuine = request("genuine");
        String signature = signer.sign(genuine);
        send(signature, genuine);
        List<byte[]> reply = receive(REPLY_MILLIS);
        assertNotNull(reply, "the channel still serves after rejecting messages");
        JsonObject header = JsonParser.parseString(new String(reply.get(1), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject parent = JsonParser.parseString(new String(reply.get(2), StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("kernel_info_reply", header.get("msg_type").getAsString());
        assertEquals("genuine", parent.get("msg_id").getAsString());
        MessageAuthenticator client = MessageAuthenticator.create("hmac-sha256", KEY);
        assertEquals(MessageAuthenticator.Verdict.ACCEPTED, client.verify(new String(reply.get(0), StandardCharsets.US_ASCII),
                reply.get(1), reply.get(2), reply.get(3), reply.get(4)), "the reply is signed with the key");

        send(signature, genuine);
        assertNull(receive(), "a replayed message gets no reply");

        shell.send("not a jupyter message");
        byte[][] again = request("again");
        send(signer.sign(again), again);
        assertNotNull(receive(REPLY_MILLIS), "a malformed message does not stop the channel");
    }

    @Test
    void socketsAreBoundToTheConnectionFileAddressOnly() throws IOException {
        InetAddress other = null;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    other = address;
                }
            }
        }
        Assumptions.assumeTrue(other != null, "no non-loopback IPv4 address to try");
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), ports[1]), 2000);
            assertTrue(loopback.isConnected());
        }
        InetAddress address = other;
        for (int port : ports) {
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 2000);
                }
            }, "port " + port + " answers on " + address);
        }
    }
}

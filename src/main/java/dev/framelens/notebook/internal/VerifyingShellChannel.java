package dev.framelens.notebook.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.adapters.HeaderAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryRequestAdapter;
import org.dflib.jjava.jupyter.messages.adapters.KernelTimestampAdapter;
import org.dflib.jjava.jupyter.messages.adapters.MessageTypeAdapter;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * A shell or control channel (ZeroMQ ROUTER socket) that verifies every incoming message
 * before handing it to the kernel.
 *
 * <p>It replaces jjava-jupyter's {@link ShellChannel} loop, where a message with a wrong
 * signature throws out of the polling thread and leaves the channel dead. Here a message is
 * read whole (all frames of the multipart message), checked with {@link MessageAuthenticator}
 * (constant-time comparison, replay refusal), and dropped with a log line when it fails; the
 * channel keeps serving. The socket is bound to the connection file's {@code ip} only.
 */
final class VerifyingShellChannel extends ShellChannel {

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final int POLL_MILLIS = 100;
    private static final long JOIN_MILLIS = 3000;
    private static final Type METADATA_TYPE = new TypeToken<Map<String, Object>>() { }.getType();
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(KernelTimestamp.class, KernelTimestampAdapter.INSTANCE)
            .registerTypeAdapter(Header.class, HeaderAdapter.INSTANCE)
            .registerTypeAdapter(MessageType.class, MessageTypeAdapter.INSTANCE)
            .registerTypeAdapter(HistoryRequest.class, HistoryRequestAdapter.INSTANCE)
            .create();

    private final Logger log;
    private final String channelName;
    private final ZMQ.Context context;
    private final MessageAuthenticator authenticator;
    private final boolean control;
    private final JupyterConnection connection;
    private volatile boolean running;
    private volatile Thread loop;

    VerifyingShellChannel(ZMQ.Context context, HMACGenerator signer, MessageAuthenticator authenticator,
                          boolean control, JupyterConnection connection) {
        super(context, signer, control, connection);
        this.context = context;
        this.authenticator = authenticator;
        this.control = control;
        this.connection = connection;
        this.channelName = control ? "control" : "shell";
        this.log = LoggerFactory.getLogger("framelens." + channelName);
        setLinger(1000);
    }

    @Override
    public void bind(KernelConnectionProperties properties) {
        if (loop != null) {
            throw new IllegalStateException("the " + channelName + " channel is already bound");
        }
        int port = control ? properties.getControlPort() : properties.getShellPort();
        String address = formatAddress(properties.getTransport(), properties.getIp(), port);
        super.bind(address);
        ZMQ.Poller poller = context.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        running = true;
        Thread thread = new Thread(() -> serve(poller), "framelens-" + channelName);
        loop = thread;
        thread.start();
        log.debug("{} channel bound to {}", channelName, address);
    }

    private void serve(ZMQ.Poller poller) {
        try {
            while (running) {
                int ready;
                try {
                    ready = poller.poll(POLL_MILLIS);
                } catch (RuntimeException e) {
                    if (running) {
                        log.warn("{} channel stopped polling: {}", channelName, e.toString());
                    }
                    break;
                }
                if (!running || ready <= 0 || !poller.pollin(0)) {
                    continue;
                }
                Message<?> message;
                try {
                    message = readMessage();
                } catch (SecurityException e) {
                    log.warn("{} channel rejected a message: {}", channelName, e.getMessage());
                    continue;
                } catch (RuntimeException e) {
                    log.warn("{} channel dropped a malformed message: {}", channelName, e.toString());
                    continue;
                }
                if (message != null) {
                    dispatch(message);
                }
            }
        } finally {
            try {
                poller.close();
            } catch (RuntimeException ignored) {
                // the socket may already be closed during shutdown
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void dispatch(Message<?> message) {
        MessageType<?> type = message.getHeader().getType();
        ShellHandler handler = connection.getHandler(type);
        if (handler == null) {
            log.debug("{} channel has no handler for {}", channelName, type.getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, (Message) message);
        } catch (Throwable t) {
            log.warn("{} channel: handling {} failed: {}", channelName, type.getName(), t.toString());
        } finally {
            try {
                env.resolveDeferrals();
            } catch (RuntimeException e) {
                log.warn("{} channel: sending deferred replies failed: {}", channelName, e.toString());
            }
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    /**
     * Reads one whole multipart message and verifies it.
     *
     * @throws SecurityException        if the signature is wrong or replayed
     * @throws IllegalArgumentException if the frames are not a Jupyter message
     */
    @Override
    public synchronized Message<?> readMessage() {
        if (closed) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        do {
            byte[] frame = recv();
            if (frame == null) {
                break;
            }
            frames.add(frame);
        } while (hasReceiveMore());
        return parse(frames, authenticator);
    }

    /** Splits, verifies and decodes the frames of one message. Visible for tests. */
    static Message<?> parse(List<byte[]> frames, MessageAuthenticator authenticator) {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(DELIMITER, frames.get(i))) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.size() < delimiter + 6) {
            throw new IllegalArgumentException("not a Jupyter message (" + frames.size() + " frames, "
                    + (delimiter < 0 ? "no <IDS|MSG> delimiter" : "fewer than 5 frames after the delimiter") + ")");
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        switch (authenticator.verify(signature, header, parent, metadata, content)) {
            case INVALID:
                throw new SecurityException("invalid HMAC signature (the message was not signed with this kernel's key)");
            case REPLAYED:
                throw new SecurityException("replayed HMAC signature (this exact message was already received)");
            default:
                break;
        }
        Header<?> decodedHeader = GSON.fromJson(utf8(header), Header.class);
        if (decodedHeader == null || decodedHeader.getType() == null) {
            throw new IllegalArgumentException("message header without msg_type");
        }
        Header<?> decodedParent = null;
        JsonElement parentJson = JsonParser.parseString(utf8(parent));
        if (parentJson.isJsonObject() && !parentJson.getAsJsonObject().isEmpty()) {
            decodedParent = GSON.fromJson(parentJson, Header.class);
        }
        Map<String, Object> decodedMetadata = GSON.fromJson(utf8(metadata), METADATA_TYPE);
        List<byte[]> identities = new ArrayList<>(frames.subList(0, delimiter));
        List<byte[]> buffers = new ArrayList<>(frames.subList(delimiter + 6, frames.size()));
        return decode(identities, decodedHeader, decodedParent, decodedMetadata, utf8(content), buffers);
    }

    private static <T> Message<T> decode(List<byte[]> identities, Header<T> header, Header<?> parent,
                                         Map<String, Object> metadata, String content, List<byte[]> buffers) {
        T decoded = GSON.fromJson(content, header.getType().getContentType());
        return new Message<>(identities, header, parent, metadata, decoded, buffers);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running = false;
        Thread thread = loop;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Thread thread = loop;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

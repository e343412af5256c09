package dev.framelens.notebook.internal;

import java.security.GeneralSecurityException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * The kernel's five ZeroMQ sockets, with the shell and control channels replaced by
 * {@link VerifyingShellChannel}s so that every request is authenticated and a bad message
 * cannot stop a channel.
 *
 * <p>The heartbeat, stdin and IOPub sockets are jjava-jupyter's. All sockets bind to
 * {@code transport://ip:port} from the connection file, so with the usual
 * {@code "ip": "127.0.0.1"} nothing listens on other interfaces.
 */
public final class SecureConnection extends JupyterConnection {

    private final KernelConnectionProperties properties;
    private final ZMQ.Context context = ZMQ.context(1);
    private final VerifyingShellChannel shellChannel;
    private final VerifyingShellChannel controlChannel;
    private boolean connected;
    private boolean closed;

    /**
     * @throws IllegalArgumentException if the signature scheme is not supported
     */
    public SecureConnection(KernelConnectionProperties properties, MessageAuthenticator authenticator)
            throws GeneralSecurityException {
        super(properties);
        this.properties = properties;
        SigningHmac signer = new SigningHmac(authenticator);
        this.shellChannel = new VerifyingShellChannel(context, signer, authenticator, false, this);
        this.controlChannel = new VerifyingShellChannel(context, signer, authenticator, true, this);
        heartbeat.setLinger(1000);
        stdin.setLinger(1000);
        iopub.setLinger(1000);
        // the superclass's own shell and control sockets are never bound
        shell.setLinger(0);
        control.setLinger(0);
    }

    @Override
    public synchronized void connect() {
        if (connected) {
            return;
        }
        heartbeat.bind(properties);
        shellChannel.bind(properties);
        controlChannel.bind(properties);
        stdin.bind(properties);
        iopub.bind(properties);
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
        connected = true;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shellChannel.close();
        controlChannel.close();
        super.close();
        context.close();
    }

    @Override
    public void waitUntilClose() {
        shellChannel.waitUntilClose();
        controlChannel.waitUntilClose();
        super.waitUntilClose();
    }
}

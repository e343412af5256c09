package dev.framelens.notebook.internal;

import java.security.GeneralSecurityException;
import org.dflib.jjava.jupyter.messages.HMACGenerator;

/**
 * Adapts {@link MessageAuthenticator} to the {@link HMACGenerator} that jjava-jupyter's sockets
 * use to sign outgoing messages, so that outgoing and incoming signatures come from one
 * implementation (same key encoding, same scheme).
 */
final class SigningHmac extends HMACGenerator {

    private final MessageAuthenticator authenticator;

    SigningHmac(MessageAuthenticator authenticator) throws GeneralSecurityException {
        // The superclass insists on initialising a Mac of its own; it is never used because
        // calculateSignature is overridden.
        super("HmacSHA256", "unused");
        this.authenticator = authenticator;
    }

    @Override
    public String calculateSignature(byte[]... messageParts) {
        return authenticator.sign(messageParts);
    }
}

package dev.framelens.notebook.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies Jupyter wire-protocol messages.
 *
 * <p>The Jupyter messaging protocol (version 5, "The Wire Protocol") signs every message with
 * an HMAC over the concatenation of the serialized {@code header}, {@code parent_header},
 * {@code metadata} and {@code content} frames, keyed with the {@code key} of the connection
 * file and hashed with the {@code signature_scheme} ({@code hmac-sha256} in practice). The
 * signature travels as lower-case hex. An empty key disables authentication, as in
 * {@code jupyter_client}.
 *
 * <p>Verification compares in constant time ({@link MessageDigest#isEqual}) and, like
 * {@code jupyter_client}'s {@code Session}, refuses a signature it has already accepted (a
 * replayed message); the most recent {@value #REPLAY_WINDOW} signatures are remembered.
 *
 * <p>Thread-safe: the shell and control channels share one instance.
 */
public final class MessageAuthenticator {

    /** How many accepted signatures are remembered to detect replays. */
    public static final int REPLAY_WINDOW = 1 << 16;

    /** The outcome of {@link #verify}. */
    public enum Verdict {
        /** The signature matches and has not been seen before (or authentication is off). */
        ACCEPTED,
        /** The signature does not match the message. */
        INVALID,
        /** The signature matches but was already accepted once: a replayed message. */
        REPLAYED
    }

    private final Mac mac;
    private final Set<String> seen = new LinkedHashSet<>();

    private MessageAuthenticator(Mac mac) {
        this.mac = mac;
    }

    /**
     * Creates an authenticator for a connection file's {@code signature_scheme} and {@code key}.
     *
     * @param scheme a scheme of the form {@code hmac-<hash>}, e.g. {@code hmac-sha256}
     * @param key    the shared key; {@code null} or empty disables signing and verification
     * @throws IllegalArgumentException if the scheme is not an HMAC this JVM supports
     */
    public static MessageAuthenticator create(String scheme, String key) {
        if (key == null || key.isEmpty()) {
            return new MessageAuthenticator(null);
        }
        String normalized = scheme == null ? "" : scheme.trim().toLowerCase(Locale.ROOT);
        if (!normalized.startsWith("hmac-") || normalized.length() == "hmac-".length()) {
            throw new IllegalArgumentException("signature_scheme '" + scheme
                    + "' is not supported: use hmac-sha256 in the connection file");
        }
        String algorithm = "Hmac" + normalized.substring("hmac-".length()).replace("-", "").toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return new MessageAuthenticator(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("signature_scheme '" + scheme
                    + "' is not available in this JVM (" + e.getMessage() + "): use hmac-sha256", e);
        }
    }

    /** Whether messages are signed and verified (the key is not empty). */
    public boolean enabled() {
        return mac != null;
    }

    /**
     * The hex signature of a message: HMAC over the frames in order, or {@code ""} when
     * authentication is off.
     */
    public synchronized String sign(byte[]... frames) {
        if (mac == null) {
            return "";
        }
        for (byte[] frame : frames) {
            mac.update(frame);
        }
        return hex(mac.doFinal());
    }

    /**
     * Checks a received signature against the message frames
     * ({@code header, parent_header, metadata, content}).
     */
    public synchronized Verdict verify(String signature, byte[]... frames) {
        if (mac == null) {
            return Verdict.ACCEPTED;
        }
        String expected = sign(frames);
        byte[] given = signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given)) {
            return Verdict.INVALID;
        }
        if (!seen.add(expected)) {
            return Verdict.REPLAYED;
        }
        if (seen.size() > REPLAY_WINDOW) {
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        return Verdict.ACCEPTED;
    }

    private static String hex(byte[] bytes) {
        char[] digits = "0123456789abcdef".toCharArray();
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = digits[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = digits[bytes[i] & 0xF];
        }
        return new String(out);
    }
}

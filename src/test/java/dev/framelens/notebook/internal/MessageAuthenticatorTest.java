package dev.framelens.notebook.internal;

import static dev.framelens.notebook.internal.MessageAuthenticator.Verdict.ACCEPTED;
import static dev.framelens.notebook.internal.MessageAuthenticator.Verdict.INVALID;
import static dev.framelens.notebook.internal.MessageAuthenticator.Verdict.REPLAYED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.junit.jupiter.api.Test;

class MessageAuthenticatorTest {

    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signatureIsHmacSha256OverTheConcatenatedFrames() {
        // RFC 4231, test case 2; the HMAC runs over the frames in order, so a split message signs the same
        MessageAuthenticator auth = MessageAuthenticator.create("hmac-sha256", "Jefe");
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                auth.sign(b("what do ya want "), b("for nothing?")));
        // a Jupyter-shaped message, checked with: printf '<frames>' | openssl dgst -sha256 -hmac a0b1c2d3-key
        MessageAuthenticator jupyter = MessageAuthenticator.create("hmac-sha256", "a0b1c2d3-key");
        assertEquals("573528c65806652db3763e8ab0a7cd489ec54ad2f9d1c22c7ba4d57b73456b64",
                jupyter.sign(b("{\"msg_type\":\"kernel_info_request\"}"), b("{}"), b("{}"), b("{}")));
    }

    @Test
    void agreesWithJjavaJupytersSigner() throws Exception {
        MessageAuthenticator auth = MessageAuthenticator.create("hmac-sha256", "0f1e2d3c");
        HMACGenerator jjava = new HMACGenerator("hmac-sha256", "0f1e2d3c");
        byte[][] frames = {b("{\"a\":1}"), b("{}"), b("{\"m\":true}"), b("{\"code\":\"1+1\"}")};
        assertEquals(jjava.calculateSignature(frames), auth.sign(frames));
    }

    @Test
    void wrongOrTamperedSignaturesAreRejected() {
        MessageAuthenticator auth = MessageAuthenticator.create("hmac-sha256", "secret");
        byte[][] frames = {b("{\"h\":1}"), b("{}"), b("{}"), b("{\"code\":\"1\"}")};
        String good = auth.sign(frames);
        String otherKey = MessageAuthenticator.create("hmac-sha256", "not-secret").sign(frames);
        assertEquals(INVALID, auth.verify(otherKey, frames));
        assertEquals(INVALID, auth.verify("", frames));
        assertEquals(INVALID, auth.verify(null, frames));
        assertEquals(INVALID, auth.verify(good.toUpperCase(java.util.Locale.ROOT), frames));
        assertEquals(INVALID, auth.verify(good, b("{\"h\":1}"), b("{}"), b("{}"), b("{\"code\":\"2\"}")));
        assertEquals(ACCEPTED, auth.verify(good, frames));
    }

    @Test
    void aReplayedSignatureIsRefused() {
        MessageAuthenticator auth = MessageAuthenticator.create("hmac-sha256", "secret");
        byte[][] frames = {b("{\"msg_id\":\"1\"}"), b("{}"), b("{}"), b("{}")};
        String signature = auth.sign(frames);
        assertEquals(ACCEPTED, auth.verify(signature, frames));
        assertEquals(REPLAYED, auth.verify(signature, frames));
    }

    @Test
    void replayMemoryIsBounded() {
        MessageAuthenticator auth = MessageAuthenticator.create("hmac-sha256", "secret");
        byte[][] first = {b("{\"msg_id\":\"first\"}"), b("{}"), b("{}"), b("{}")};
        String firstSignature = auth.sign(first);
        assertEquals(ACCEPTED, auth.verify(firstSignature, first));
        for (int i = 0; i < MessageAuthenticator.REPLAY_WINDOW; i++) {
            byte[][] frames = {b("{\"msg_id\":\"" + i + "\"}"), b("{}"), b("{}"), b("{}")};
            assertEquals(ACCEPTED, auth.verify(auth.sign(frames), frames));
        }
        assertEquals(ACCEPTED, auth.verify(firstSignature, first), "the oldest signature was forgotten");
    }

    @Test
    void anEmptyKeyTurnsAuthenticationOff() {
        MessageAuthenticator off = MessageAuthenticator.create("hmac-sha256", "");
        assertFalse(off.enabled());
        assertEquals("", off.sign(b("x")));
        assertEquals(ACCEPTED, off.verify("anything", b("x")));
        assertTrue(MessageAuthenticator.create("hmac-sha256", "k").enabled());
    }

    @Test
    void unsupportedSchemesAreExplained() {
        IllegalArgumentException notHmac = assertThrows(IllegalArgumentException.class,
                () -> MessageAuthenticator.create("sha256", "k"));
        assertEquals("signature_scheme 'sha256' is not supported: use hmac-sha256 in the connection file", notHmac.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> MessageAuthenticator.create("hmac-md17", "k"));
        assertTrue(unknown.getMessage().startsWith("signature_scheme 'hmac-md17' is not available in this JVM"), unknown.getMessage());
        assertEquals(MessageAuthenticator.create("hmac-sha256", "k").sign(b("x")),
                MessageAuthenticator.create("HMAC-SHA256", "k").sign(b("x")));
    }
}

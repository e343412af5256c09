package dev.framelens.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.junit.jupiter.api.Test;

class VerifyingShellChannelTest {

    private static final String HEADER = "{\"msg_id\":\"m1\",\"session\":\"s1\",\"username\":\"u\",\"date\":\"2024-01-01T00:00:00.000000Z\","
            + "\"msg_type\":\"execute_request\",\"version\":\"5.3\"}";
    private static final String CONTENT = "{\"code\":\"1 + 1\",\"silent\":false,\"store_history\":true,"
            + "\"user_expressions\":{},\"allow_stdin\":false,\"stop_on_error\":true}";

    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> frames(String signature, String content) {
        List<byte[]> frames = new ArrayList<>();
        frames.add(b("client-identity"));
        frames.add(b("<IDS|MSG>"));
        frames.add(b(signature));
        frames.add(b(HEADER));
        frames.add(b("{}"));
        frames.add(b("{}"));
        frames.add(b(content));
        return frames;
    }

    @Test
    void aCorrectlySignedMessageIsDecoded() {
        MessageAuthenticator auth = MessageAuthenticator.create("hmac-sha256", "key");
        String signature = auth.sign(b(HEADER), b("{}"), b("{}"), b(CONTENT));
        MessageAuthenticator receiver = MessageAuthenticator.create("hmac-sha256", "key");
        Message<?> message = VerifyingShellChannel.parse(frames(signature, CONTENT), receiver);
        assertEquals(MessageType.EXECUTE_REQUEST, message.getHeader().getType());
        assertEquals("m1", message.getHeader().getId());
        assertEquals("1 + 1", ((ExecuteRequest) message.getContent()).getCode());
        assertEquals("client-identity", new String(message.getIdentities().get(0), StandardCharsets.UTF_8));
        assertNull(message.getParentHeader());
    }

    @Test
    void aWrongSignatureIsRejected() {
        MessageAuthenticator receiver = MessageAuthenticator.create("hmac-sha256", "key");
        String wrong = MessageAuthenticator.create("hmac-sha256", "other").sign(b(HEADER), b("{}"), b("{}"), b(CONTENT));
        SecurityException e = assertThrows(SecurityException.class,
                () -> VerifyingShellChannel.parse(frames(wrong, CONTENT), receiver));
        assertEquals("invalid HMAC signature (the message was not signed with this kernel's key)", e.getMessage());
    }

    @Test
    void aChangedContentIsRejected() {
        MessageAuthenticator auth = MessageAuthenticator.create("hmac-sha256", "key");
        String signature = auth.sign(b(HEADER), b("{}"), b("{}"), b(CONTENT));
        String altered = CONTENT.replace("1 + 1", "System.exit(0)");
        assertThrows(SecurityException.class, () -> VerifyingShellChannel.parse(frames(signature, altered), auth));
    }

    @Test
    void aReplayIsRejected() {
        MessageAuthenticator auth = MessageAuthenticator.create("hmac-sha256", "key");
        String signature = auth.sign(b(HEADER), b("{}"), b("{}"), b(CONTENT));
        VerifyingShellChannel.parse(frames(signature, CONTENT), auth);
        SecurityException e = assertThrows(SecurityException.class,
                () -> VerifyingShellChannel.parse(frames(signature, CONTENT), auth));
        assertEquals("replayed HMAC signature (this exact message was already received)", e.getMessage());
    }

    @Test
    void framesThatAreNotAMessageAreRejected() {
        MessageAuthenticator auth = MessageAuthenticator.create("hmac-sha256", "key");
        IllegalArgumentException noDelimiter = assertThrows(IllegalArgumentException.class,
                () -> VerifyingShellChannel.parse(List.of(b("a"), b("b")), auth));
        assertEquals("not a Jupyter message (2 frames, no <IDS|MSG> delimiter)", noDelimiter.getMessage());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> VerifyingShellChannel.parse(List.of(b("<IDS|MSG>"), b("sig"), b("{}")), auth));
        assertEquals("not a Jupyter message (3 frames, fewer than 5 frames after the delimiter)", tooShort.getMessage());
    }
}

package dev.framelens.corpus.internal;

import dev.framelens.corpus.CorpusException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a UTF-8 stream line by line, strictly: a malformed byte sequence or a NUL byte stops the
 * read with a {@link CorpusException} that names the file and the byte offset. A leading BOM is
 * skipped. Lines keep no terminator; {@code \n} and {@code \r\n} end a line, and so does a lone
 * {@code \r} (old Mac line ends) when the reader is made with {@code loneCrEndsLine} (for CSV, as
 * Python's csv module reads it; JSON Lines keep the jsonlines.org rule, where a lone {@code \r} is
 * white space).
 */
public final class Utf8Lines implements AutoCloseable {
    private final InputStream in;
    private final String name;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[256];
    private long offset; // byte offset of the next unread byte
    private long lineNumber;
    private boolean first = true;
    private final boolean loneCrEndsLine;
    private boolean endedWithLoneCr;

    /** Lines end at {@code \n} (a {@code \r} before it is dropped). */
    public Utf8Lines(InputStream in, String name) {
        this(in, name, false);
    }

    /**
     * @param loneCrEndsLine whether a {@code \r} not followed by {@code \n} ends a line too
     */
    public Utf8Lines(InputStream in, String name, boolean loneCrEndsLine) {
        this.in = in;
        this.name = name;
        this.loneCrEndsLine = loneCrEndsLine;
    }

    /** Whether the line last returned ended with a lone {@code \r}. */
    public boolean endedWithLoneCr() {
        return endedWithLoneCr;
    }

    /** Byte offset of everything read so far. */
    public long bytesRead() {
        return offset;
    }

    /** 1-based number of the line last returned. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The next line, or {@code null} at the end. */
    public String next() throws IOException {
        int len = 0;
        long lineStart = offset;
        boolean any = false;
        boolean loneCr = false;
        while (true) {
            if (!fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            byte b = chunk[chunkPos++];
            offset++;
            if (b == '\n') {
                break;
            }
            if (b == '\r' && loneCrEndsLine) {
                if (fill() && chunk[chunkPos] == '\n') {
                    chunkPos++;
                    offset++;
                } else {
                    loneCr = true;
                }
                break;
            }
            if (b == 0) {
                throw binary(name, offset - 1);
            }
            if (len == line.length) {
                line = Arrays.copyOf(line, len * 2);
            }
            line[len++] = b;
        }
        lineNumber++;
        endedWithLoneCr = loneCr;
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        int skip = 0;
        if (first) {
            first = false;
            if (len >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
                skip = 3;
            }
        }
        return decode(line, skip, len - skip, lineStart + skip, name);
    }

    /** Makes sure an unread byte is in the chunk; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (chunkPos < chunkLen) {
            return true;
        }
        chunkLen = Math.max(0, in.read(chunk, 0, chunk.length));
        chunkPos = 0;
        return chunkLen > 0;
    }

    /** Decodes strictly; errors name the file and the byte offset of the first bad byte. */
    public static String decode(byte[] bytes, int off, int len, long baseOffset, String name) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
        CharBuffer out = CharBuffer.allocate(len);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw CorpusException.data(name + ": not valid UTF-8 at byte offset "
                    + (baseOffset + in.position() - off) + "; save the file as UTF-8");
        }
        r = d.flush(out);
        out.flip();
        return out.toString();
    }

    /** Decodes a whole file's bytes strictly, skipping a BOM and refusing binary content. */
    public static String decodeFile(byte[] bytes, String name) {
        for (int k = 0; k < bytes.length; k++) {
            if (bytes[k] == 0) {
                throw binary(name, k);
            }
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        return decode(bytes, skip, bytes.length - skip, skip, name);
    }

    private static CorpusException binary(String name, long at) {
        return CorpusException.data(name + ": looks like a binary file (NUL byte at byte offset " + at
                + "); framelens reads UTF-8 text");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package io.segmentstudio.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and fails on the first invalid byte, but only after handing out every character before
 * it. {@link java.io.InputStreamReader} throws as soon as a buffer holds a bad byte and drops the good
 * characters decoded with it, which would make the reported line number wrong.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean endOfBytes;
    private boolean flushed;
    private CoderResult error;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (error == null && !flushed && out.hasRemaining()) {
            CoderResult result = decoder.decode(bytes, out, endOfBytes);
            if (result.isError()) {
                error = result;
            } else if (result.isOverflow() || out.position() > offset) {
                break;
            } else if (endOfBytes) {
                decoder.flush(out);
                flushed = true;
            } else {
                fill();
            }
        }
        int read = out.position() - offset;
        if (read > 0) {
            return read;
        }
        if (error != null) {
            error.throwException();
        }
        return -1;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

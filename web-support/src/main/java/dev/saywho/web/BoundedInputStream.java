package dev.saywho.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that fails with {@link BodyTooLargeException} once more than a limit of bytes has been read, so a
 * body is bounded whether or not it declared its length (chunked transfer declares none).
 */
public final class BoundedInputStream extends FilterInputStream {

    /** A character takes at most 6 bytes in JSON (a \\uXXXX escape). */
    private static final long JSON_BYTES_PER_CHAR = 6;
    /** Room for the other fields of a request around its longest text. */
    private static final long JSON_ENVELOPE_BYTES = 64 * 1024;

    private final long limit;
    private long count;

    public BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** The most bytes a JSON request may take whose text is at most {@code maxChars} characters. */
    public static long jsonBodyLimit(long maxChars) {
        return maxChars * JSON_BYTES_PER_CHAR + JSON_ENVELOPE_BYTES;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws BodyTooLargeException {
        count += n;
        if (count > limit) {
            throw new BodyTooLargeException(limit);
        }
    }

    /**
     * The body is longer than the limit. An {@link IOException}, so that a JSON reader passes it on as it is instead of
     * wrapping it in a parse error.
     */
    public static final class BodyTooLargeException extends IOException {

        private final long limit;

        public BodyTooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes.");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}

package dev.saywho.web;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length, so one huge NDJSON line cannot exhaust memory: the rest of an over-long
 * line is skipped and the line is reported as too long. Both services read their NDJSON batches with it.
 */
public final class BoundedLineReader {

    /** A line, or the fact that it was over the limit (then {@code text} is null). */
    public record Line(String text, boolean tooLong) {}

    private final Reader reader;
    private final int maxLength;
    private final StringBuilder buffer = new StringBuilder();
    private boolean endOfInput;

    public BoundedLineReader(Reader reader, int maxLength) {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end of input. */
    public Line next() throws IOException {
        if (endOfInput) {
            return null;
        }
        buffer.setLength(0);
        boolean tooLong = false;
        boolean readAny = false;
        int c;
        while ((c = reader.read()) != -1) {
            readAny = true;
            if (c == '\n') {
                return finish(tooLong);
            }
            if (!tooLong) {
                if (buffer.length() == maxLength) {
                    tooLong = true;
                    buffer.setLength(0);
                } else {
                    buffer.append((char) c);
                }
            }
        }
        endOfInput = true;
        return readAny ? finish(tooLong) : null;
    }

    private Line finish(boolean tooLong) {
        if (tooLong) {
            return new Line(null, true);
        }
        int length = buffer.length();
        if (length > 0 && buffer.charAt(length - 1) == '\r') {
            buffer.setLength(length - 1);
        }
        return new Line(buffer.toString(), false);
    }
}

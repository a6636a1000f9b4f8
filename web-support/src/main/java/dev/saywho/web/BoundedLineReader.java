package dev.saywho.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.util.Arrays;

/**
 * Reads the lines of a UTF-8 stream, each at most a given length, so one huge NDJSON line cannot exhaust memory: the
 * rest of an over-long line is skipped and the line is reported as too long. Each line is decoded on its own and
 * strictly ({@link StrictUtf8}), so a line that is not UTF-8 is reported as such and the next line is read as usual.
 * Both services read their NDJSON batches with it.
 */
public final class BoundedLineReader {

    /** What is wrong with a line that has no text. */
    public enum Defect {
        /** Longer than the limit; its characters were skipped. */
        TOO_LONG,
        /** Not UTF-8: an overlong form, an encoded surrogate, a truncated sequence or a byte UTF-8 never uses. */
        NOT_UTF8
    }

    /** A line, or what is wrong with it (then {@code text} is null). */
    public record Line(String text, Defect defect) {

        /** A line read as it is. */
        public static Line of(String text) {
            return new Line(text, null);
        }

        public boolean tooLong() {
            return defect == Defect.TOO_LONG;
        }

        public boolean notUtf8() {
            return defect == Defect.NOT_UTF8;
        }

        /** Whether the line was read and holds nothing but blanks. */
        public boolean isBlank() {
            return text != null && text.isBlank();
        }
    }

    /** A character takes at most three bytes in UTF-8 (a supplementary one takes four, for two Java chars). */
    private static final int MAX_BYTES_PER_CHAR = 3;

    private static final int CHUNK = 8192;

    private final InputStream in;
    private final int maxLength;
    private final long maxBytes;
    private final CharsetDecoder decoder = StrictUtf8.decoder();
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int lineLength;
    /** The Java chars the bytes of the line so far decode to (if they are UTF-8), counted without decoding them. */
    private long lineChars;

    private boolean endOfInput;

    /**
     * @param in the UTF-8 bytes, read in chunks (no need to buffer them)
     * @param maxLength the longest line accepted, in characters (Java chars)
     */
    public BoundedLineReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
        this.maxBytes = (long) maxLength * MAX_BYTES_PER_CHAR;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end of input. */
    public Line next() throws IOException {
        if (endOfInput) {
            return null;
        }
        lineLength = 0;
        lineChars = 0;
        boolean tooLong = false;
        boolean readAny = false;
        while (true) {
            if (position == limit) {
                int n = in.read(chunk);
                if (n < 0) {
                    endOfInput = true;
                    return readAny ? finish(tooLong) : null;
                }
                position = 0;
                limit = n;
                continue;
            }
            readAny = true;
            int start = position;
            // A newline byte is always a newline in UTF-8: no multi-byte sequence contains 0x0A.
            while (position < limit && chunk[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                tooLong = !append(start, position - start);
            }
            if (position < limit) {
                position++; // the newline
                return finish(tooLong);
            }
        }
    }

    /**
     * Adds bytes to the current line; false (and the line dropped) once it is longer than maxLength characters, or
     * than any UTF-8 line of maxLength characters can be, so an over-long line is skipped in bounded memory.
     */
    private boolean append(int from, int count) {
        for (int i = from; i < from + count; i++) {
            int b = chunk[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                lineChars++; // every byte but a continuation byte starts a character
            }
            if ((b & 0xF8) == 0xF0) {
                lineChars++; // a four-byte character is two Java chars
            }
        }
        if (lineChars > maxLength || lineLength + (long) count > maxBytes) {
            lineLength = 0;
            return false;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, lineLength + count), maxBytes));
        }
        System.arraycopy(chunk, from, line, lineLength, count);
        lineLength += count;
        return true;
    }

    private Line finish(boolean tooLong) {
        if (tooLong) {
            return new Line(null, Defect.TOO_LONG);
        }
        int length = lineLength;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        String text;
        try {
            text = decoder.reset().decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return new Line(null, Defect.NOT_UTF8);
        }
        return Line.of(text);
    }
}

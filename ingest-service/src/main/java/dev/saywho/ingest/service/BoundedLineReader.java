package dev.saywho.ingest.service;

import java.io.IOException;
import java.io.Reader;

/** Reads lines of at most a given length, so one huge NDJSON line cannot exhaust memory; longer lines are skipped. */
final class BoundedLineReader {

    /** A line, or the marker of a skipped over-long line. */
    record Line(String text, boolean tooLong) {
    }

    private final Reader reader;
    private final int maxChars;

    BoundedLineReader(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator (LF or CRLF), or null at the end of input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c = reader.read();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n') {
            if (!tooLong) {
                if (line.length() >= maxChars) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            c = reader.read();
        }
        if (tooLong) {
            return new Line(null, true);
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return new Line(line.toString(), false);
    }
}

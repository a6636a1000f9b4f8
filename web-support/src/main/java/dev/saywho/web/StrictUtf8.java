package dev.saywho.web;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies as UTF-8 strictly: bytes that are not UTF-8 (an overlong form such as {@code C0 AF} for "/", an
 * encoded surrogate such as {@code ED A0 80}, a truncated sequence, a byte UTF-8 never uses) fail with a
 * {@link java.nio.charset.CharacterCodingException} instead of being decoded leniently or replaced by U+FFFD. JSON is
 * UTF-8 (RFC 8259), and a lenient decoder lets one text pass for another ("/" spelt in two bytes).
 */
public final class StrictUtf8 {

    private StrictUtf8() {}

    /** A new decoder that reports malformed input rather than replacing it. */
    public static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The characters of {@code in}; a read fails with {@link java.nio.charset.MalformedInputException} (an
     * {@link java.io.IOException}) at the first byte that is not UTF-8.
     */
    public static Reader reader(InputStream in) {
        return new InputStreamReader(in, decoder());
    }
}

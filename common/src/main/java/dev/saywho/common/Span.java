package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece of the submitted text: {@code text} equals {@code submitted.substring(start, end)}. */
@Schema(
        description = "A span of the submitted text; text equals submitted.substring(start, end) (Java String offsets, "
                + "end exclusive).")
public record Span(
        @Schema(description = "The characters of the span, exactly as submitted.", examples = "said")
        String text,

        @Schema(description = "Offset of the first character (Java String index).", examples = "1035")
        int start,

        @Schema(description = "Offset after the last character (exclusive).", examples = "1039")
        int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code source} between {@code start} and {@code end}. */
    public static Span of(String source, int start, int end) {
        return new Span(source.substring(start, end), start, end);
    }

    public int length() {
        return end - start;
    }
}

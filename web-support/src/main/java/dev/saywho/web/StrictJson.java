package dev.saywho.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Makes an ObjectMapper refuse JSON whose types are wrong instead of coercing it: {@code {"text": 12345}} is an error,
 * not the text "12345", and neither is an array or object accepted where text is expected. A body or an NDJSON line is
 * one value: anything but blanks after it ({@code {"text":"a"} {"text":"b"}}) is an error, not silently dropped.
 * Nesting is bounded well below anything an article needs, so a body of 100,000 {@code [} fails fast.
 */
public final class StrictJson {

    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = 64;

    private StrictJson() {}

    public static void apply(ObjectMapper mapper) {
        for (CoercionInputShape scalar : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build());
    }
}

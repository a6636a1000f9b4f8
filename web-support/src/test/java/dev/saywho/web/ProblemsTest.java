package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.Problem;

class ProblemsTest {

    private static final ObjectMapper STRICT = strictMapper();

    record Body(String text) {}

    @Test
    void brokenJsonIsMalformed() {
        Problem problem = Problems.unreadableJson(readError("{\"text\": \"unterminated"), "/x", "a body");

        assertThat(problem.type()).isEqualTo(Problems.BASE + "malformed-json");
        assertThat(problem.detail()).isEqualTo("The body is not well-formed JSON.");
        assertThat(problem.instance()).isEqualTo("/x");
        assertThat(Problems.unreadableJson(readError("{\"text\" \"a\"}"), "/x", "a body")
                        .detail())
                .isEqualTo("The body is not well-formed JSON.");
    }

    @Test
    void aFieldOfTheWrongTypeIsAnInvalidRequestNamingIt() {
        Problem problem = Problems.unreadableJson(readError("{\"text\": {\"a\": 1}}"), "/x", "a body");

        assertThat(problem.type()).isEqualTo(Problems.BASE + "invalid-request");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations()).containsExactly(new Problem.Violation("text", "has the wrong JSON type"));
    }

    @Test
    void aBodyOfTheWrongShapeSaysWhatWasExpected() {
        Problem problem = Problems.unreadableJson(readError("[1, 2]"), "/x", "a JSON object with a \"text\" string");

        assertThat(problem.type()).isEqualTo(Problems.BASE + "malformed-json");
        assertThat(problem.detail()).isEqualTo("The body is not a JSON object with a \"text\" string.");
    }

    @Test
    void statusesTheApiDefinesAreTypedAndOthersAreAboutBlank() {
        assertThat(Problems.ofStatus(404, "Not Found", "/x").type()).isEqualTo(Problems.BASE + "not-found");
        assertThat(Problems.ofStatus(415, "Unsupported Media Type", "/x").type())
                .isEqualTo(Problems.BASE + "unsupported-media-type");
        Problem notAllowed = Problems.ofStatus(405, "Method Not Allowed", "/x");
        assertThat(notAllowed.type()).isEqualTo("about:blank");
        assertThat(notAllowed.title()).isEqualTo("Method Not Allowed");
        assertThat(Problems.ofStatus(499, null, "/x").title()).isEqualTo("HTTP 499");
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        StrictJson.apply(mapper);
        return mapper;
    }

    private static JsonProcessingException readError(String json) {
        try {
            STRICT.readValue(json, Body.class);
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("expected " + json + " to be refused");
    }
}

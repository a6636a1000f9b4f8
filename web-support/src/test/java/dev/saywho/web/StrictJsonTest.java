package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class StrictJsonTest {

    private static final ObjectMapper MAPPER = strict();

    record Text(String text) {}

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        StrictJson.apply(mapper);
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(strings = {" {\"text\":\"b\"}", "{}", " [1]", " 7", " \"more\"", " x", ","})
    void refusesAnythingAfterTheValue(String trailing) {
        assertThatThrownBy(() -> MAPPER.readValue("{\"text\":\"a\"}" + trailing, Text.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void blanksAfterTheValueAreFine() throws JsonProcessingException {
        assertThat(MAPPER.readTree("{\"text\":\"a\"}  \r\n\t").path("text").asText())
                .isEqualTo("a");
    }
}

package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictUtf8Test {

    @ParameterizedTest
    @ValueSource(strings = {"c0af", "e080af", "f08080af", "eda080", "edbfbf", "e282", "ff", "fe", "f88880808f", "80"})
    void refusesWhatIsNotUtf8(String badHex) {
        byte[] bytes = HexFormat.of().parseHex("2261" + badHex + "2022");

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void readsUtf8() throws IOException {
        byte[] bytes = HexFormat.of().parseHex("2f c3a9 e282ac f09f9880".replace(" ", ""));

        assertThat(read(bytes)).isEqualTo("/é€😀");
    }

    private static String read(byte[] bytes) throws IOException {
        try (Reader reader = StrictUtf8.reader(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[16];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }
}

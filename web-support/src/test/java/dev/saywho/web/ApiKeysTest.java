package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeysTest {

    private static final String KEY = "0123456789abcdef-first";

    @Test
    void anAbsentSettingLeavesTheApiOpen() {
        ApiKeys keys = ApiKeys.parse(Optional.empty(), "KEYS");
        assertThat(keys.required()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ",", " , ", ",,,", "\t"})
    void aSettingWithNoKeyIsRefusedRatherThanLeftOpen(String raw) {
        assertThatThrownBy(() -> ApiKeys.parse(Optional.of(raw), "SAYWHO_INGEST_API_KEYS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SAYWHO_INGEST_API_KEYS")
                .hasMessageContaining("no API key");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "change-me",
                "change-me-ingest-key-1",
                "CHANGEME0123456789abcdef",
                "example-key-0123456789",
                "0123456789abcdef-first,replace-me-please-0123"
            })
    void placeholderKeysAreRefused(String raw) {
        assertThatThrownBy(() -> ApiKeys.parse(Optional.of(raw), "KEYS")).hasMessageContaining("placeholder");
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> ApiKeys.parse(Optional.of("key-one"), "KEYS")).hasMessageContaining("at least 16");
    }

    @Test
    void acceptsEveryConfiguredKeyAndNothingElse() {
        ApiKeys keys = ApiKeys.parse(Optional.of(" " + KEY + " ,, 0123456789abcdef-second,"), "KEYS");
        assertThat(keys.required()).isTrue();
        assertThat(keys.accepts(Optional.of(KEY))).isTrue();
        assertThat(keys.accepts(Optional.of("0123456789abcdef-second"))).isTrue();
        assertThat(keys.accepts(Optional.of(KEY + "x"))).isFalse();
        assertThat(keys.accepts(Optional.of(KEY.substring(1)))).isFalse();
        assertThat(keys.accepts(Optional.empty())).isFalse();
    }

    @Test
    void theKeyComesFromXApiKeyOrABearerToken() {
        assertThat(ApiKeys.presented(KEY, null)).contains(KEY);
        assertThat(ApiKeys.presented(null, "Bearer " + KEY)).contains(KEY);
        assertThat(ApiKeys.presented(null, "bearer   " + KEY + " ")).contains(KEY);
        assertThat(ApiKeys.presented(" ", "Bearer " + KEY)).contains(KEY);
        assertThat(ApiKeys.presented(null, "Basic dXNlcjpwYXNz")).isEmpty();
        assertThat(ApiKeys.presented(null, "Bearer ")).isEmpty();
        assertThat(ApiKeys.presented(null, null)).isEmpty();
    }

    @Test
    void aFingerprintNamesAKeyWithoutRevealingIt() {
        assertThat(ApiKeys.fingerprint(KEY)).startsWith("key:").hasSize(16).doesNotContain(KEY.substring(0, 6));
        assertThat(ApiKeys.fingerprint(KEY))
                .isEqualTo(ApiKeys.fingerprint(KEY))
                .isNotEqualTo(ApiKeys.fingerprint(KEY + "x"));
    }
}

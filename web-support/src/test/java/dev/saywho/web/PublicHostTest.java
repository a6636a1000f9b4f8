package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicHostTest {

    private static final PublicHost HTTPS = PublicHost.of(URI.create("https://Saywho.Example.org/"));

    @ParameterizedTest
    @CsvSource({
        "saywho.example.org, -1, true",
        "saywho.example.org, 443, true",
        "SAYWHO.example.ORG., -1, true",
        "saywho.example.org, 80, false",
        "saywho.example.org, 8443, false",
        "evil.example, -1, false",
        "saywho.example.org.evil.example, -1, false",
        "example.org, -1, false",
        "10.0.0.7, 8080, false",
        "localhost, 8080, true",
        "localhost, -1, true",
        "127.0.0.1, 8080, true",
        "127.1.2.3, 8080, true",
        "[::1], 8080, true",
        "::1, 8080, true",
        "127.0.0.1.evil.example, 8080, false",
        "localhost.evil.example, 8080, false",
        "128.0.0.1, 8080, false"
    })
    void admitsThePublicHostAndLoopbackOnly(String host, int port, boolean admitted) {
        assertThat(HTTPS.admits(host, port)).isEqualTo(admitted);
    }

    @Test
    void aPortOfThePublicUrlMustBeNamed() {
        PublicHost onPort = PublicHost.of(URI.create("http://saywho.internal:8080"));

        assertThat(onPort.admits("saywho.internal", 8080)).isTrue();
        assertThat(onPort.admits("saywho.internal", -1)).isFalse();
        assertThat(onPort.toString()).isEqualTo("saywho.internal:8080");
        assertThat(HTTPS.toString()).isEqualTo("saywho.example.org");
    }

    @Test
    void noHostIsNotAdmitted() {
        assertThat(HTTPS.admits(null, -1)).isFalse();
        assertThat(HTTPS.admits(" ", -1)).isFalse();
    }
}

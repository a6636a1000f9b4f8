package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class EncodedColonsTest {

    @Test
    void decodesEncodedColonsOfThePathAndKeepsTheQueryAsSent() {
        assertThat(EncodedColons.decoded(URI.create("http://localhost:8080/api/v1/articles%3Abatch?x=%3A1")))
                .isEqualTo(URI.create("http://localhost:8080/api/v1/articles:batch?x=%3A1"));
        assertThat(EncodedColons.decoded(URI.create("http://localhost/api/v1/attributions%3abatch")))
                .isEqualTo(URI.create("http://localhost/api/v1/attributions:batch"));
    }

    @Test
    void aPathWithoutEncodedColonsNeedsNoChange() {
        assertThat(EncodedColons.decoded(URI.create("http://localhost/api/v1/articles:batch?q=%3A")))
                .isNull();
    }
}

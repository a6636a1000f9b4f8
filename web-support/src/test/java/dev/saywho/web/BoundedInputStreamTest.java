package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    @Test
    void readsABodyUpToTheLimit() throws IOException {
        byte[] body = new byte[100];
        assertThat(new BoundedInputStream(new ByteArrayInputStream(body), 100).readAllBytes())
                .hasSize(100);
    }

    @Test
    void failsOnceMoreThanTheLimitIsRead() {
        byte[] body = new byte[101];
        assertThatThrownBy(() -> new BoundedInputStream(new ByteArrayInputStream(body), 100).readAllBytes())
                .isInstanceOf(BoundedInputStream.BodyTooLargeException.class)
                .hasMessageContaining("100 bytes");
        BoundedInputStream byByte = new BoundedInputStream(new ByteArrayInputStream(body), 100);
        assertThatThrownBy(() -> {
                    while (byByte.read() >= 0) {
                        // drain
                    }
                })
                .isInstanceOf(BoundedInputStream.BodyTooLargeException.class);
    }
}

package dev.saywho.ingest.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures say something about the article (they count toward its attempts) and which only about the service. */
class FailureClassificationTest {

    @Test
    void noRequestGotThroughWhenTheServiceIsDownOrTheCircuitIsOpen() {
        assertThat(AttributionClient.reached(new ProcessingException(new ConnectException("Connection refused"))))
                .isFalse();
        assertThat(AttributionClient.reached(new CircuitBreakerOpenException("open")))
                .isFalse();
    }

    @Test
    void theServiceWasAskedWhenItAnsweredWithAnErrorOrTimedOut() {
        assertThat(AttributionClient.reached(new WebApplicationException(503))).isTrue();
        assertThat(AttributionClient.reached(new TimeoutException("25 s"))).isTrue();
        assertThat(AttributionClient.reached(new ProcessingException(new SocketTimeoutException("read timed out"))))
                .isTrue();
    }
}

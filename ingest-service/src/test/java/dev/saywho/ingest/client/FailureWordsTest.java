package dev.saywho.ingest.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonParseException;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.impl.NoStackTraceTimeoutException;

/** An article's lastError says why attribution failed in words a reader of the API or the pages understands. */
class FailureWordsTest {

    /** What a Java class name or a library's own message looks like. */
    private static final Pattern JAVA = Pattern.compile("[A-Z][a-z]+(Exception|Error)|\\w+\\.\\w+\\.\\w+");

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(
                        new ProcessingException(new ConnectException("Connection refused: localhost/127.0.0.1:8081")),
                        "connection refused"),
                Arguments.of(
                        new ProcessingException(new ConnectTimeoutException("connection timed out: /10.0.0.9:8081")),
                        "connecting timed out"),
                Arguments.of(
                        new ProcessingException(new NoStackTraceTimeoutException(
                                "The timeout period of 20000ms has been exceeded while executing POST")),
                        "timed out"),
                Arguments.of(new TimeoutException("Timeout[AttributionClient#call] timed out"), "timed out"),
                Arguments.of(new ProcessingException(new SocketTimeoutException("Read timed out")), "timed out"),
                Arguments.of(new WebApplicationException(503), "the attribution service answered HTTP 503"),
                Arguments.of(new WebApplicationException(401), "the attribution service answered HTTP 401"),
                Arguments.of(
                        new CircuitBreakerOpenException("AttributionClient#call circuit breaker is open"),
                        "circuit open: calls are paused after repeated failures"),
                Arguments.of(
                        new ProcessingException(new UnknownHostException("attribution-service")),
                        "the attribution service's host name could not be resolved"),
                Arguments.of(
                        new ProcessingException(new NoRouteToHostException("No route to host")),
                        "no route to the attribution service's host"),
                Arguments.of(
                        new ProcessingException(new HttpClosedException("Connection was closed")),
                        "the connection closed before the answer was complete"),
                Arguments.of(
                        new ProcessingException(new JsonParseException(null, "Unexpected character ('<')")),
                        "its answer could not be read"),
                Arguments.of(
                        new ProcessingException(new IOException("Connection reset by peer")), "the connection failed"),
                Arguments.of(
                        new IllegalStateException("java.lang.IllegalStateException: boom"), FailureWords.UNEXPECTED));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void saysWhatHappenedInPlainWords(Throwable failure, String words) {
        String described = FailureWords.of(failure);

        assertThat(described).isEqualTo(words);
        assertThat(described).doesNotContainPattern(JAVA);
    }
}

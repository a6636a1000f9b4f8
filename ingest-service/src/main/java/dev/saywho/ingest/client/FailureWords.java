package dev.saywho.ingest.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpClosedException;

/**
 * Says in plain words why a call to the attribution service failed, for an article's {@code lastError}, which the API
 * and the pages show: "connection refused", "timed out", "the attribution service answered HTTP 503". Never a Java
 * class name or a library's message.
 */
final class FailureWords {

    /** What a failure none of the known kinds explains is called; the client logs the failure itself. */
    static final String UNEXPECTED = "the call failed for an unexpected reason";

    private FailureWords() {}

    /** The words for {@code failure}, judged by the most telling exception in its chain of causes. */
    static String of(Throwable failure) {
        if (find(failure, CircuitBreakerOpenException.class) != null) {
            return "circuit open: calls are paused after repeated failures";
        }
        WebApplicationException status = find(failure, WebApplicationException.class);
        if (status != null && status.getResponse() != null) {
            return "the attribution service answered HTTP "
                    + status.getResponse().getStatus();
        }
        if (find(failure, ConnectTimeoutException.class) != null) {
            return "connecting timed out";
        }
        if (find(failure, TimeoutException.class) != null
                || find(failure, java.util.concurrent.TimeoutException.class) != null
                || find(failure, SocketTimeoutException.class) != null) {
            return "timed out";
        }
        if (find(failure, UnknownHostException.class) != null) {
            return "the attribution service's host name could not be resolved";
        }
        if (find(failure, NoRouteToHostException.class) != null) {
            return "no route to the attribution service's host";
        }
        if (find(failure, ConnectException.class) != null) {
            return "connection refused";
        }
        if (find(failure, HttpClosedException.class) != null) {
            return "the connection closed before the answer was complete";
        }
        if (find(failure, SSLException.class) != null) {
            return "the TLS connection failed";
        }
        if (find(failure, JsonProcessingException.class) != null) {
            return "its answer could not be read";
        }
        if (find(failure, IOException.class) != null) {
            return "the connection failed";
        }
        return UNEXPECTED;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return kind.cast(cause);
            }
        }
        return null;
    }
}

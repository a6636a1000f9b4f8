package dev.saywho.ingest.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.saywho.common.AttributionRequest;
import dev.saywho.common.AttributionResponse;
import dev.saywho.web.Problems;

/**
 * Calls the attribution service with retries, a timeout and a circuit breaker, and validates what it answers. A
 * refusal of the article itself surfaces as {@link AttributionRejectedException} (not retried, not counted by the
 * breaker), an unusable answer as {@link InvalidAttributionException}, every other failure as
 * {@link AttributionUnavailableException}; none of them is ever stored as an attribution.
 */
@ApplicationScoped
public class AttributionClient {

    private static final Logger LOG = Logger.getLogger(AttributionClient.class);

    /**
     * Statuses that say the text itself cannot be attributed; any other 4xx is a configuration problem and transient.
     */
    private static final Set<Integer> PERMANENT_STATUSES = Set.of(400, 413, 422);

    private final AttributionRestClient restClient;

    public AttributionClient(@RestClient AttributionRestClient restClient) {
        this.restClient = restClient;
    }

    /** The attribution of {@code text}, requested under {@code requestId}, checked against {@code text}. */
    public AttributionResponse attribute(String requestId, String text) {
        try {
            return call(new AttributionRequest(requestId, text));
        } catch (AttributionRejectedException | InvalidAttributionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AttributionUnavailableException("attribution service unavailable: " + describe(e), e, reached(e));
        }
    }

    /** False when the failure is that no request got through: connection refused or reset on connect, open circuit. */
    static boolean reached(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CircuitBreakerOpenException
                    || cause instanceof ConnectException
                    || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return false;
            }
        }
        return true;
    }

    /**
     * One call, retried at once only for failures that may pass. A failure that belongs to this article (a refusal,
     * an engine failure on its text, an answer that does not fit its text) is neither retried here nor counted by the
     * circuit breaker: one poisoned article must not make every healthy one wait for the breaker.
     */
    @Retry(
            maxRetries = 2,
            delay = 200,
            jitter = 100,
            abortOn = {AttributionRejectedException.class, InvalidAttributionException.class})
    @Timeout(value = 25, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.75,
            delay = 10,
            delayUnit = ChronoUnit.SECONDS,
            skipOn = {AttributionRejectedException.class, InvalidAttributionException.class})
    AttributionResponse call(AttributionRequest request) {
        AttributionWireResponse response;
        try {
            response = restClient.attribute(request);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (PERMANENT_STATUSES.contains(status)) {
                throw new AttributionRejectedException(
                        "attribution service refused the article with HTTP " + status, e);
            }
            if (status == 500 && isEngineFailure(e)) {
                throw new InvalidAttributionException(
                        "the attribution engine failed on this article's text (HTTP 500, engine-failure)");
            }
            throw e;
        }
        return AttributionResponseValidator.validate(response, request.text());
    }

    /** Whether a 500 is the engine failing on the text (problem type engine-failure), not the service failing. */
    static boolean isEngineFailure(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return body != null && body.contains(Problems.BASE + "engine-failure");
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The failure in plain words (it becomes the article's lastError); one of no known kind is logged in full. */
    private static String describe(Throwable e) {
        String words = FailureWords.of(e);
        if (FailureWords.UNEXPECTED.equals(words)) {
            LOG.warn("Calling the attribution service failed", e);
        }
        return words;
    }
}

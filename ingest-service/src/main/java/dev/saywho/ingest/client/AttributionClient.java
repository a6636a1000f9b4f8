package dev.saywho.ingest.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.saywho.common.AttributionRequest;
import dev.saywho.common.AttributionResponse;

/**
 * Calls the attribution service with retries, a timeout and a circuit breaker; every failure surfaces as
 * {@link AttributionUnavailableException}, so callers can keep the article PENDING.
 */
@ApplicationScoped
public class AttributionClient {

    private final AttributionRestClient restClient;

    public AttributionClient(@RestClient AttributionRestClient restClient) {
        this.restClient = restClient;
    }

    /** The attribution of {@code text}, requested under {@code requestId}. */
    public AttributionResponse attribute(String requestId, String text) {
        try {
            return call(new AttributionRequest(requestId, text));
        } catch (RuntimeException e) {
            throw new AttributionUnavailableException("attribution service unavailable: " + describe(e), e);
        }
    }

    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = IllegalArgumentException.class)
    @Timeout(value = 25, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    AttributionResponse call(AttributionRequest request) {
        AttributionResponse response = restClient.attribute(request);
        if (response == null || response.engineVersion() == null) {
            throw new IllegalStateException("attribution response without engine version");
        }
        return response;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}

package dev.saywho.ingest.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.ingest.service.Problems;

/**
 * Guards write requests: when API keys are configured, a POST needs a matching {@code X-API-Key}. Also refuses a
 * single-article POST whose declared length cannot fit the article size limit, before its body is read.
 * Paths under /q/ (health, metrics, OpenAPI) are always open.
 */
public class ApiKeyFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    /** A character takes at most 6 bytes in JSON (a \\uXXXX escape); the rest is room for the other fields. */
    private static final long BYTES_PER_CHAR = 6;
    private static final long ENVELOPE_BYTES = 64 * 1024;

    private final List<byte[]> apiKeys;
    private final long maxArticleBytes;

    public ApiKeyFilter(IngestConfig config) {
        this.apiKeys = config.apiKeys().orElse(List.of()).stream()
                .map(String::trim).filter(key -> !key.isEmpty())
                .map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
        this.maxArticleBytes = config.maxArticleChars() * BYTES_PER_CHAR + ENVELOPE_BYTES;
    }

    @ServerRequestFilter(preMatching = true)
    public Response filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        if (!"POST".equals(request.getMethod()) || path.startsWith("/q/")) {
            return null;
        }
        if (!apiKeys.isEmpty() && !isKnown(request.getHeaderString(API_KEY_HEADER))) {
            return ProblemMapper.problem(Problems.unauthorized(path));
        }
        if (path.equals("/api/v1/articles") && request.getLength() > maxArticleBytes) {
            return ProblemMapper.problem(Problems.tooLarge(path, "The request body is larger than the article size limit allows."));
        }
        return null;
    }

    private boolean isKnown(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] key : apiKeys) {
            // Constant-time comparison, and no early exit, so timing does not reveal a key.
            known |= MessageDigest.isEqual(key, candidate);
        }
        return known;
    }
}

package dev.saywho.ingest.http;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dev.saywho.ingest.config.IngestConfig;

/**
 * Links this service hands out ({@code Location}, {@code Link}): relative to the service root, or absolute under the
 * configured public URL. Never built from the request's {@code Host} header, which any client can set.
 */
@ApplicationScoped
public class PublicLinks {

    private final String base;

    public PublicLinks(IngestConfig config) {
        this.base = config.publicUrl()
                .map(URI::toString)
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElse("");
    }

    /** The link to an absolute path of this service, such as {@code /api/v1/articles/42}. */
    public String to(String absolutePath) {
        return base + absolutePath;
    }

    /** A 303 See Other to an absolute path of this service: where a page's form post sends the browser next. */
    public Response seeOther(String absolutePath) {
        return Response.status(Response.Status.SEE_OTHER)
                .header(HttpHeaders.LOCATION, to(absolutePath))
                .build();
    }

    /** The link to the requested resource with its query as {@code uri} has it (only path and query are used). */
    public String to(URI uri) {
        return to(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}

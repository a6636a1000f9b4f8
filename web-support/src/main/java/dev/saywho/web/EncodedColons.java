package dev.saywho.web;

import java.net.URI;

/**
 * {@code %3A} and {@code :} are equivalent in a path segment (RFC 3986), but routing compares paths literally: clients
 * that percent-encode the colon of {@code /articles:batch} or {@code /attributions:batch} (as some HTTP libraries do)
 * would miss the endpoint. Each service's pre-matching filter hands its request URI to {@link #decoded}.
 */
public final class EncodedColons {

    private EncodedColons() {}

    /** The URI with every encoded colon of its path decoded (the query kept as sent), or null when there is none. */
    public static URI decoded(URI uri) {
        String rawPath = uri.getRawPath();
        if (rawPath == null || !(rawPath.contains("%3A") || rawPath.contains("%3a"))) {
            return null;
        }
        String query = uri.getRawQuery();
        String path = rawPath.replace("%3A", ":").replace("%3a", ":");
        return uri.resolve(path + (query == null ? "" : "?" + query));
    }
}

package dev.saywho.web;

import java.net.URI;
import java.util.Locale;

/**
 * Recognizes writes a browser sends on behalf of another site (cross-site request forgery): such a request carries
 * {@code Sec-Fetch-Site: cross-site} (every current browser) or an {@code Origin} whose host is not the one addressed.
 * Clients that are not browsers (curl, SDKs, the ingest service) send neither and are not affected.
 */
public final class CrossSiteRequests {

    private CrossSiteRequests() {}

    /**
     * Whether a request with these headers was sent by a browser on behalf of another site (or of another site of the
     * same registrable domain); an {@code Origin} that cannot be read counts as another site.
     *
     * @param origin the {@code Origin} header, or null
     * @param secFetchSite the {@code Sec-Fetch-Site} header, or null
     * @param host the {@code Host} header, or null
     */
    public static boolean isCrossSite(String origin, String secFetchSite, String host) {
        if (secFetchSite != null) {
            String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
            if (site.equals("cross-site") || site.equals("same-site")) {
                return true;
            }
            if (site.equals("same-origin") || site.equals("none")) {
                return false;
            }
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if (origin.strip().equals("null")) {
            return true; // sandboxed frames and file: pages send "null"
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || host == null) {
                return true;
            }
            String originAuthority =
                    uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            String hostAuthority = host.strip().toLowerCase(Locale.ROOT);
            return !originAuthority.equals(hostAuthority)
                    && !originAuthority.equals(stripDefaultPort(hostAuthority, uri));
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private static String stripDefaultPort(String hostAuthority, URI origin) {
        String defaultPort = "https".equalsIgnoreCase(origin.getScheme()) ? ":443" : ":80";
        return hostAuthority.endsWith(defaultPort)
                ? hostAuthority.substring(0, hostAuthority.length() - defaultPort.length())
                : hostAuthority;
    }
}

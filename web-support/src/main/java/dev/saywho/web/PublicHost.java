package dev.saywho.web;

import java.net.URI;
import java.util.Locale;

/**
 * The host and port a service is published under (its public URL), and whether a request is addressed to it. A page
 * of another site that reaches the service through DNS rebinding (its own name, resolved to the service's address)
 * sends that site's name in {@code Host}; refusing every other host keeps such a page out. Loopback names
 * ({@code localhost}, {@code 127.x.x.x}, {@code [::1]}) are accepted on any port too: a browser sends them only for a
 * page on the same machine, and operators use them (a port-forward, a shell in the pod).
 */
public final class PublicHost {

    private final String host;
    private final int port;

    private PublicHost(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The public host of {@code publicUrl}, an absolute http or https URL. */
    public static PublicHost of(URI publicUrl) {
        if (publicUrl.getHost() == null) {
            throw new IllegalArgumentException("the public URL " + publicUrl + " names no host");
        }
        return new PublicHost(
                bare(publicUrl.getHost()),
                publicUrl.getPort() >= 0 ? publicUrl.getPort() : defaultPort(publicUrl.getScheme()));
    }

    /**
     * Whether a request whose authority (the {@code Host} header) has this host and port is addressed to the service.
     *
     * @param requestHost the host of the request's authority, null when it has none
     * @param requestPort its port, or a negative number when it names none (the public URL's default port then)
     */
    public boolean admits(String requestHost, int requestPort) {
        if (requestHost == null || requestHost.isBlank()) {
            return false;
        }
        String name = bare(requestHost);
        if (isLoopback(name)) {
            return true;
        }
        // A Host without a port names the default port of the scheme the client used: 80 or 443.
        return name.equals(host) && (requestPort < 0 ? port == 80 || port == 443 : requestPort == port);
    }

    /** The public host as {@code host[:port]}, the port left out when it is the scheme's default. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + (port == 80 || port == 443 ? "" : ":" + port);
    }

    /** Whether a host name is a loopback name or address, without asking DNS. */
    static boolean isLoopback(String name) {
        if (name.equals("localhost") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] octets = name.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, without an IPv6 literal's brackets or a fully qualified name's final dot. */
    private static String bare(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            lower = lower.substring(1, lower.length() - 1);
        }
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}

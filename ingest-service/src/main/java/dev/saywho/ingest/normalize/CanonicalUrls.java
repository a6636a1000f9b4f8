package dev.saywho.ingest.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one spelling of an article's address under which duplicates are found. Spellings that name the same page
 * become the same string: scheme and host in lower case, the scheme's default port left out, an empty path as
 * {@code /}, dot segments resolved, a trailing slash dropped (but the root's), percent-escapes with upper-case hex and
 * unreserved characters unescaped ({@code %7e} is {@code ~}, {@code %62} is {@code b}), the fragment dropped, and the
 * tracking parameters that campaign tools and social sites append ({@code utm_*}, {@code fbclid}, {@code gclid}, …)
 * removed, the rest of the query kept in its order. http and https stay different addresses, as do two orders of the
 * same query parameters.
 */
public final class CanonicalUrls {

    /** Parameters that say where a reader came from, never which page; {@code utm_*} are matched by prefix. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid",
            "gclid",
            "gclsrc",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "yclid",
            "twclid",
            "ttclid",
            "li_fat_id",
            "igshid",
            "mc_cid",
            "mc_eid",
            "_ga",
            "_gl",
            "_hsenc",
            "_hsmi",
            "mkt_tok",
            "oly_anon_id",
            "oly_enc_id",
            "vero_id",
            "vero_conv",
            "rb_clickid",
            "s_kwcid",
            "wickedid",
            "ncid",
            "ref_src",
            "ref_url");

    private static final String TRACKING_PREFIX = "utm_";
    private static final String HEX = "0123456789ABCDEF";

    private CanonicalUrls() {}

    /**
     * The canonical spelling of {@code url}, an absolute http or https URL (as the submission's validation admits);
     * null for null, and anything that cannot be parsed as a URI is returned trimmed and otherwise as it is.
     */
    public static String canonical(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException unparsable) {
            return url.trim();
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return url.trim();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port >= 0 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            out.append(':').append(port);
        }
        out.append(path(uri.getRawPath()));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String path(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String path = withoutDotSegments(escapes(rawPath));
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** The path with its {@code .} and {@code ..} segments resolved (RFC 3986, section 5.2.4). */
    private static String withoutDotSegments(String path) {
        if (!path.contains("/.")) {
            return path;
        }
        List<String> segments = new ArrayList<>();
        String[] parts = path.substring(1).split("/", -1);
        for (String segment : parts) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.equals(".")) {
                segments.add(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String query(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&", -1)) {
            if (parameter.isEmpty()) {
                continue;
            }
            String normalized = escapes(parameter);
            int equals = normalized.indexOf('=');
            String name = (equals < 0 ? normalized : normalized.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!name.startsWith(TRACKING_PREFIX) && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(normalized);
            }
        }
        return String.join("&", kept);
    }

    /**
     * Percent-escapes as RFC 3986 section 6.2.2 normalizes them: an escaped unreserved character (letter, digit,
     * {@code - . _ ~}) is written as itself, every other escape with upper-case hex digits.
     */
    private static String escapes(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
            int low = high >= 0 ? hex(raw.charAt(i + 2)) : -1;
            if (c != '%' || low < 0) {
                out.append(c);
                continue;
            }
            char decoded = (char) (high * 16 + low);
            if (unreserved(decoded)) {
                out.append(decoded);
            } else {
                out.append('%').append(HEX.charAt(high)).append(HEX.charAt(low));
            }
            i += 2;
        }
        return out.toString();
    }

    /** The value of an ASCII hex digit, or -1. */
    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}

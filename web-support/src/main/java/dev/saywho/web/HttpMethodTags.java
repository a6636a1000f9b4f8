package dev.saywho.web;

import java.util.Set;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps the {@code method} tag of the HTTP server metrics to a fixed set of values. HTTP lets a client send any token
 * as its method, and every new value opens new time series: 20,000 requests with made-up methods once added 60,000
 * series to a service's metrics. The methods HTTP defines keep their name; every other method is counted as
 * {@value #OTHER}.
 */
public final class HttpMethodTags {

    /** The tag value of every method HTTP does not define. */
    public static final String OTHER = "OTHER";

    /** The methods of RFC 9110 and PATCH (RFC 5789), as sent: method names are case-sensitive. */
    static final Set<String> STANDARD =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT");

    private static final String METHOD = "method";
    /** Prefix of the meters Quarkus' HTTP server binder records (requests, active requests, bytes). */
    private static final String HTTP_SERVER = "http.server.";

    private HttpMethodTags() {}

    /** The tag value for a request method: itself when HTTP defines it, otherwise {@value #OTHER}. */
    public static String of(String method) {
        return STANDARD.contains(method) ? method : OTHER;
    }

    /**
     * A filter that rewrites the {@code method} tag of the {@code http.server.*} meters. Other meters keep theirs: the
     * fault-tolerance metrics, for one, put a Java method name in a tag of the same name.
     */
    public static MeterFilter meterFilter() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String method = id.getTag(METHOD);
                if (method == null || !id.getName().startsWith(HTTP_SERVER) || STANDARD.contains(method)) {
                    return id;
                }
                return id.replaceTags(Tags.of(id.getTagsAsIterable()).and(Tag.of(METHOD, OTHER)));
            }
        };
    }
}

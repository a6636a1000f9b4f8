package dev.saywho.ingest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the query strings of shareable page URLs: parameters in a fixed order, blank ones left out. */
final class QueryString {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    QueryString with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parameters.put(name, value.toString().strip());
        }
        return this;
    }

    /** "?a=1&b=2", or "" when there is no parameter. */
    @Override
    public String toString() {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        parameters.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}

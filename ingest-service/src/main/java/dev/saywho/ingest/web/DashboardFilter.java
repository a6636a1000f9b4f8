package dev.saywho.ingest.web;

import java.util.List;

/** The dashboard's filter as the form shows it: source and publication dates (ISO dates, both ends included). */
public record DashboardFilter(String source, String from, String to, boolean reviewedOnly, List<String> sources) {

    public boolean active() {
        return source != null || from != null || to != null || reviewedOnly;
    }

    /** The same filter on the quote search, so a chart's figures can be opened as quotes. */
    public String searchQuery() {
        return new QueryString()
                .with("source", source)
                .with("from", from)
                .with("to", to)
                .toString();
    }
}

package dev.saywho.ingest.web;

/** The quote search form as submitted (and shown again): the filters of GET /api/v1/quotes. */
public record SearchForm(
        String speaker, String organization, String q, String type, String source, String from, String to) {

    /** The form's filters as a query string, for pagination and the export links. */
    public QueryString query() {
        return new QueryString()
                .with("speaker", speaker)
                .with("organization", organization)
                .with("q", q)
                .with("type", type)
                .with("source", source)
                .with("from", from)
                .with("to", to);
    }

    public boolean empty() {
        return query().toString().isEmpty();
    }
}

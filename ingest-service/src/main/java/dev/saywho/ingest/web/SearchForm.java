package dev.saywho.ingest.web;

/** The quote search form as submitted (and shown again): the filters of GET /api/v1/quotes. */
public record SearchForm(
        String speaker,
        String organization,
        String q,
        String type,
        String source,
        String from,
        String to,
        String gender,
        String sourceKind,
        String roleClass) {

    /** The form's filters as a query string, for pagination and the export links. */
    public QueryString query() {
        return new QueryString()
                .with("speaker", speaker)
                .with("organization", organization)
                .with("q", q)
                .with("type", type)
                .with("source", source)
                .with("from", from)
                .with("to", to)
                .with("gender", gender)
                .with("sourceKind", sourceKind)
                .with("roleClass", roleClass);
    }

    /** Who the search keeps to (from a figure of the dashboard's Sources section), in words; null for anyone. */
    public String who() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (gender != null) {
            parts.add("gender as stated: " + gender.toLowerCase(java.util.Locale.ROOT));
        }
        if (sourceKind != null) {
            parts.add("kind of source: " + sourceKind.toLowerCase(java.util.Locale.ROOT));
        }
        if (roleClass != null) {
            parts.add("role class: " + roleClass.toLowerCase(java.util.Locale.ROOT));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    public boolean empty() {
        return query().toString().isEmpty();
    }
}

package dev.saywho.ingest.service;

import java.time.OffsetDateTime;

import dev.saywho.common.QuoteType;

/**
 * Criteria of a quote search, the service-level query object the API and the pages give the service (which hands the
 * store its own {@code QuoteCriteria}); null fields do not filter.
 *
 * @param speaker part of the speaker's name (compared by name key)
 * @param speakerId exact speaker
 * @param organization part of the affiliation, or of the name of an organization speaker
 * @param text full-text query on the quote text
 * @param from articles published at or after
 * @param to articles published before
 */
public record QuoteFilter(
        String speaker,
        Long speakerId,
        String organization,
        String text,
        QuoteType type,
        String source,
        OffsetDateTime from,
        OffsetDateTime to) {

    /** All quotes of one speaker. */
    public static QuoteFilter ofSpeaker(long speakerId) {
        return new QuoteFilter(null, speakerId, null, null, null, null, null, null);
    }
}

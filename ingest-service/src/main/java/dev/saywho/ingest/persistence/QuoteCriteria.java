package dev.saywho.ingest.persistence;

import java.time.OffsetDateTime;

import dev.saywho.common.Gender;
import dev.saywho.common.QuoteType;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;

/**
 * What {@link QuoteRepository} searches by: the store's own query type, so the store does not import the service
 * that calls it (the service translates its {@code QuoteFilter}). Null fields do not filter.
 *
 * @param speaker part of the speaker's name (compared by name key)
 * @param speakerId exact speaker
 * @param organization part of the affiliation, or of the name of an organization speaker
 * @param text full-text query on the quote text
 * @param from articles published at or after
 * @param to articles published before
 */
public record QuoteCriteria(
        String speaker,
        Long speakerId,
        String organization,
        String text,
        QuoteType type,
        String source,
        OffsetDateTime from,
        OffsetDateTime to,
        Gender gender,
        SourceKind sourceKind,
        RoleClass roleClass) {}

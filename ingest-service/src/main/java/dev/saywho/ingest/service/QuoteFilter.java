package dev.saywho.ingest.service;

import java.time.OffsetDateTime;

import dev.saywho.common.Gender;
import dev.saywho.common.QuoteType;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;

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
 * @param gender the gender the speaker's article states
 * @param sourceKind the kind of source
 * @param roleClass the class of the speaker's role
 */
public record QuoteFilter(
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
        RoleClass roleClass) {

    /** Without filters on who the speaker is. */
    public QuoteFilter(
            String speaker,
            Long speakerId,
            String organization,
            String text,
            QuoteType type,
            String source,
            OffsetDateTime from,
            OffsetDateTime to) {
        this(speaker, speakerId, organization, text, type, source, from, to, null, null, null);
    }

    /** The same, only of speakers of this stated gender, kind of source and role class (nulls do not filter). */
    public QuoteFilter who(Gender newGender, SourceKind newSourceKind, RoleClass newRoleClass) {
        return new QuoteFilter(
                speaker, speakerId, organization, text, type, source, from, to, newGender, newSourceKind, newRoleClass);
    }

    /** All quotes of one speaker. */
    public static QuoteFilter ofSpeaker(long speakerId) {
        return new QuoteFilter(null, speakerId, null, null, null, null, null, null);
    }
}

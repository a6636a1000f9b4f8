package dev.saywho.ingest.persistence;

import dev.saywho.common.SpeakerKind;

/**
 * What {@link SpeakerRepository} lists speakers by: the store's own query type (the service translates its filter).
 * Null fields do not filter.
 *
 * @param nameKeyPart part of the name key
 * @param nameKeyPrefix start of the name key
 * @param organization part of an affiliation the speaker was quoted with, or of an organisation speaker's name
 * @param kind exact kind
 */
public record SpeakerCriteria(String nameKeyPart, String nameKeyPrefix, String organization, SpeakerKind kind) {}

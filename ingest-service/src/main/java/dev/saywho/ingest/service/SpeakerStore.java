package dev.saywho.ingest.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.saywho.common.SpeakerKind;
import dev.saywho.ingest.persistence.SpeakerEntity;
import dev.saywho.ingest.persistence.SpeakerRepository;

/** The short transactions of {@link SpeakerRegistry}: find speakers by name key, create one. */
@ApplicationScoped
class SpeakerStore {

    /** A stored speaker's identity. */
    record KeyedSpeaker(long id, String nameKey, SpeakerKind kind) {}

    private final SpeakerRepository speakers;

    SpeakerStore(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    /** The speakers with any of these name keys, of any kind. */
    @Transactional
    List<KeyedSpeaker> findByKeys(Collection<String> nameKeys) {
        return speakers.findByKeys(nameKeys).stream()
                .map(s -> new KeyedSpeaker(SpeakerStore.followMerge(s), s.nameKey, s.kind))
                .toList();
    }

    /** The id of the speaker with this name key and kind. */
    @Transactional
    Optional<Long> findId(String nameKey, SpeakerKind kind) {
        return speakers.findByKey(nameKey, kind).map(SpeakerStore::followMerge);
    }

    /** A merged speaker's name stands for the speaker it was merged into (merges keep one hop: see merge). */
    private static long followMerge(SpeakerEntity speaker) {
        return speaker.mergedInto != null ? speaker.mergedInto : speaker.id;
    }

    /**
     * Creates a speaker, committed when this returns. Its own transaction: a unique-key violation (another replica was
     * faster) must never roll back a caller's.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long create(String nameKey, SpeakerKind kind, String name) {
        SpeakerEntity speaker = new SpeakerEntity();
        speaker.nameKey = nameKey;
        speaker.kind = kind;
        speaker.name = name;
        speaker.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        speakers.persistAndFlush(speaker);
        return speaker.id;
    }
}

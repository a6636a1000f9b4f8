package dev.saywho.ingest.service;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.saywho.common.SpeakerKind;
import dev.saywho.ingest.persistence.SpeakerEntity;
import dev.saywho.ingest.persistence.SpeakerNames;
import dev.saywho.ingest.persistence.SpeakerRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Finds or creates the cross-article speaker for a name and kind, safely when replicas race to create it. */
@ApplicationScoped
public class SpeakerRegistry {

    private static final int MAX_NAME_LENGTH = 512;

    private final SpeakerRepository speakers;

    public SpeakerRegistry(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    /** The id of the speaker called {@code name} of this kind, created if new; empty for a name without letters. */
    public Optional<Long> resolve(String name, SpeakerKind kind) {
        if (name == null) {
            return Optional.empty();
        }
        String displayName = truncate(name.trim());
        String key = truncate(SpeakerNames.key(displayName));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        SpeakerKind speakerKind = kind == null ? SpeakerKind.UNKNOWN : kind;
        Optional<Long> existing = find(key, speakerKind);
        if (existing.isPresent()) {
            return existing;
        }
        try {
            // Own short transaction: a unique-key violation (another replica was faster) must not roll back the caller's.
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                SpeakerEntity speaker = new SpeakerEntity();
                speaker.nameKey = key;
                speaker.kind = speakerKind;
                speaker.name = displayName;
                speaker.createdAt = OffsetDateTime.now();
                speakers.persistAndFlush(speaker);
                return speaker.id;
            }));
        } catch (RuntimeException raceLost) {
            return Optional.of(find(key, speakerKind).orElseThrow(() -> raceLost));
        }
    }

    private Optional<Long> find(String key, SpeakerKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> speakers.findByKey(key, kind).map(s -> s.id));
    }

    private static String truncate(String value) {
        return value.length() <= MAX_NAME_LENGTH ? value : value.substring(0, MAX_NAME_LENGTH);
    }
}

package dev.saywho.ingest.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
                speaker.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                speakers.persistAndFlush(speaker);
                return speaker.id;
            }));
        } catch (RuntimeException raceLost) {
            return Optional.of(find(key, speakerKind).orElseThrow(() -> raceLost));
        }
    }

    /**
     * The ids of several speakers at once, created where new: one query finds the known ones (an article quotes
     * several), and only the new ones take the one-by-one path of {@link #resolve}.
     */
    public Map<NameAndKind, Optional<Long>> resolveAll(Collection<NameAndKind> wanted) {
        Set<String> nameKeys = new HashSet<>();
        for (NameAndKind speaker : wanted) {
            nameKeys.add(keyOf(speaker.name()));
        }
        Map<StoredKey, Long> known = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> speakers.findByKeys(nameKeys)
                .forEach(s -> known.put(new StoredKey(s.nameKey, s.kind), s.id)));
        Map<NameAndKind, Optional<Long>> ids = new HashMap<>();
        for (NameAndKind speaker : wanted) {
            Long id = known.get(new StoredKey(keyOf(speaker.name()), speaker.kind() == null ? SpeakerKind.UNKNOWN : speaker.kind()));
            ids.computeIfAbsent(speaker, s -> id != null ? Optional.of(id) : resolve(s.name(), s.kind()));
        }
        return ids;
    }

    private record StoredKey(String nameKey, SpeakerKind kind) {
    }

    private static String keyOf(String name) {
        return name == null ? "" : truncate(SpeakerNames.key(truncate(name.trim())));
    }

    /** A speaker as the attribution service names it. */
    public record NameAndKind(String name, SpeakerKind kind) {
    }

    private Optional<Long> find(String key, SpeakerKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> speakers.findByKey(key, kind).map(s -> s.id));
    }

    private static String truncate(String value) {
        return value.length() <= MAX_NAME_LENGTH ? value : value.substring(0, MAX_NAME_LENGTH);
    }
}

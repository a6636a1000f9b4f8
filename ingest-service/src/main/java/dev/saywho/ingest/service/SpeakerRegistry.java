package dev.saywho.ingest.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.saywho.common.SpeakerKind;
import dev.saywho.ingest.persistence.ColumnWidths;
import dev.saywho.ingest.persistence.SpeakerNames;

/** Finds or creates the cross-article speaker for a name and kind, safely when replicas race to create it. */
@ApplicationScoped
public class SpeakerRegistry {

    private final SpeakerStore store;

    SpeakerRegistry(SpeakerStore store) {
        this.store = store;
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
        Optional<Long> existing = store.findId(key, speakerKind);
        if (existing.isPresent()) {
            return existing;
        }
        try {
            return Optional.of(store.create(key, speakerKind, displayName));
        } catch (RuntimeException raceLost) {
            return Optional.of(store.findId(key, speakerKind).orElseThrow(() -> raceLost));
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
        store.findByKeys(nameKeys).forEach(s -> known.put(new StoredKey(s.nameKey(), s.kind()), s.id()));
        Map<NameAndKind, Optional<Long>> ids = new HashMap<>();
        for (NameAndKind speaker : wanted) {
            Long id = known.get(new StoredKey(
                    keyOf(speaker.name()), speaker.kind() == null ? SpeakerKind.UNKNOWN : speaker.kind()));
            ids.computeIfAbsent(speaker, s -> id != null ? Optional.of(id) : resolve(s.name(), s.kind()));
        }
        return ids;
    }

    private record StoredKey(String nameKey, SpeakerKind kind) {}

    private static String keyOf(String name) {
        return name == null ? "" : truncate(SpeakerNames.key(truncate(name.trim())));
    }

    /** A speaker as the attribution service names it. */
    public record NameAndKind(String name, SpeakerKind kind) {}

    private static String truncate(String value) {
        return ColumnWidths.cut(value, ColumnWidths.LABEL);
    }
}

package dev.saywho.attribution.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the attribution service ({@code saywho.attribution.*}). */
@ConfigMapping(prefix = "saywho.attribution")
public interface AttributionConfig {

    /** Sieve names in the order they run; absent means the engine's default order. An unknown name fails the start. */
    Optional<List<String>> sieves();

    /**
     * Cue rule names in precedence order (the first wins when two rules claim the same text); rules left out are
     * switched off. Absent means every rule in the order of {@code /rules/rules.tsv}. An unknown name fails the start.
     */
    Optional<List<String>> rules();

    /** Largest text accepted in one request, in characters; longer texts are answered with 413. */
    @WithDefault("2000000")
    int maxTextLength();

    /**
     * API keys (env SAYWHO_ATTRIBUTION_API_KEYS, comma-separated, each at least 16 characters) required in
     * {@code X-API-Key} or {@code Authorization: Bearer} on the API; when unset, the API is open. A set but unusable
     * value fails the start. Read raw by {@link AccessPolicy}.
     */
    Optional<String> apiKeys();

    /** Batch settings. */
    Batch batch();

    /** Settings of {@code POST /api/v1/attributions:batch}. */
    interface Batch {

        /** How many texts of a batch are attributed in parallel; 0 means one per available processor. */
        @WithDefault("0")
        int parallelism();

        /** Longest accepted NDJSON line, in characters; a longer line is answered with a problem for that line. */
        @WithDefault("4000000")
        int maxLineLength();
    }
}

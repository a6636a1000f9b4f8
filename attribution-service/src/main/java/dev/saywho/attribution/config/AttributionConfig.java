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

    /**
     * The learned cue model (env SAYWHO_ATTRIBUTION_MODEL): absent or {@code shipped} for the model shipped in the
     * service, {@code none} for the rules alone, or the path of a model file (or of a directory holding
     * {@code model.bin.gz}) trained with {@code ./saywho train-cue}. A model that cannot be read or does not fit this
     * code fails the start with the reason.
     */
    Optional<String> model();

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

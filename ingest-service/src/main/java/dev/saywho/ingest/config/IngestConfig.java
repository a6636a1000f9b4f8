package dev.saywho.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the ingest service ({@code saywho.ingest.*}). */
@ConfigMapping(prefix = "saywho.ingest")
public interface IngestConfig {

    /** Largest accepted article (text or html) in characters; larger submissions get 413. */
    @WithDefault("2000000")
    int maxArticleChars();

    /** API keys accepted in {@code X-API-Key} for write endpoints (env SAYWHO_INGEST_API_KEYS, comma-separated); when empty, writes are open. */
    Optional<List<String>> apiKeys();

    /** Retrying of PENDING articles. */
    Retry retry();

    /** Batch ingestion. */
    Batch batch();

    /** Query API. */
    Query query();

    /** Retrying of articles whose attribution failed. */
    interface Retry {

        /** How often the retry job runs (a duration such as 30s, or "off"); read by the scheduler. */
        @WithDefault("30s")
        String interval();

        /** How long a replica owns a claimed article before another replica may retry it. */
        @WithDefault("2m")
        Duration lease();

        /** Maximum number of PENDING articles one run claims. */
        @WithDefault("20")
        int batchSize();

        /** Wait after the first failed attribution of an article; it doubles with each further failure. */
        @WithDefault("30s")
        Duration firstBackoff();

        /** Longest wait between two attempts, however often an article has failed. */
        @WithDefault("1h")
        Duration maxBackoff();
    }

    /** Batch ingestion. */
    interface Batch {

        /** Attribution calls in flight at once for one batch request. */
        @WithDefault("4")
        int attributionConcurrency();
    }

    /** Query API. */
    interface Query {

        /** Rows fetched per database round trip when exporting CSV or NDJSON. */
        @WithDefault("500")
        int exportChunkSize();
    }
}

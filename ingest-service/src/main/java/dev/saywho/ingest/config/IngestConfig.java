package dev.saywho.ingest.config;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the ingest service ({@code saywho.ingest.*}). */
@ConfigMapping(prefix = "saywho.ingest")
public interface IngestConfig {

    /** Largest accepted article (text or html) in characters; larger submissions get 413. */
    @WithDefault("2000000")
    int maxArticleChars();

    /**
     * API keys (env SAYWHO_INGEST_API_KEYS, comma-separated, each at least 16 characters) accepted in {@code X-API-Key}
     * or {@code Authorization: Bearer}; when unset, the API is open. A set but unusable value (blank, only commas, a
     * placeholder) fails the start. Read raw by {@link AccessPolicy}.
     */
    Optional<String> apiKeys();

    /** Whether reads ({@code GET}) need a key too; writes always do when keys are set. Needs api-keys. */
    @WithDefault("false")
    boolean protectReads();

    /**
     * The public base URL of this service (e.g. {@code https://saywho.example.org}), for absolute links in
     * {@code Location} and {@code Link} headers; when unset they are relative. Never taken from the request's Host.
     * When set, the pages and the API also refuse (403) a request whose Host names another host:port than this URL's
     * or a loopback name, which keeps out pages of other sites that reach the service through DNS rebinding.
     */
    Optional<URI> publicUrl();

    /**
     * Most quotes stored for one article; an attribution with more keeps the first ones and says how many it left out.
     */
    @WithDefault("5000")
    int maxQuotesPerArticle();

    /** Publication dates accepted from submissions and pages. */
    PublishedAt publishedAt();

    /** Calls to the attribution service. */
    Attribution attribution();

    /** Retrying of PENDING articles. */
    Retry retry();

    /** Batch ingestion. */
    Batch batch();

    /** Query API. */
    Query query();

    /** Deleted articles. */
    Deletion deletion();

    /** How long a deleted article can be restored; after that it and its quotes are purged for good. */
    interface Deletion {

        /** The retention window, from the deletion. */
        @WithDefault("30d")
        Duration retention();

        /** How often expired deletions are purged. */
        @WithDefault("1h")
        Duration purgeInterval();
    }

    /**
     * Publication dates accepted: a submitted date outside the range is refused (400 naming {@code publishedAt}), a
     * date a page declares outside it is dropped and listed among the article's removals. The bound keeps a typing
     * error or a hostile page from spreading the dashboard's time chart over millennia.
     */
    interface PublishedAt {

        /** The earliest publication date accepted (an ISO date). */
        @WithDefault("1800-01-01")
        LocalDate earliest();

        /** How many years after today a publication date may lie (embargoed and scheduled articles). */
        @WithDefault("10")
        int maxYearsAhead();
    }

    /** Calls to the attribution service. */
    interface Attribution {

        /**
         * Longest a synchronous {@code POST /api/v1/articles} waits for its attribution, retries included; after it the
         * article is answered PENDING and its attribution completes in the background.
         */
        @WithDefault("10s")
        Duration budget();

        /** Key sent to the attribution service (as {@code X-API-Key}) when that service requires one. */
        Optional<String> apiKey();
    }

    /** Retrying of articles whose attribution failed. */
    interface Retry {

        /**
         * Attempts before an article whose attribution keeps failing is marked FAILED (it can be re-queued with
         * {@code POST /api/v1/articles/{id}/requeue}). A permanent refusal (the attribution service answers 400, 413 or
         * 422 for this article) fails it at once.
         */
        @WithDefault("8")
        int maxAttempts();

        /** How often the retry job runs (a duration such as 30s, or "off"); read by the scheduler. */
        @WithDefault("30s")
        String interval();

        /** How long a replica owns a claimed article before another replica may retry it. */
        @WithDefault("2m")
        Duration lease();

        /**
         * PENDING articles one round of a run claims. A run goes on round after round while its rounds attribute
         * something, so a backlog drains as fast as the attribution service accepts; a round that attributes nothing
         * (the service down, the circuit open) ends the run until the next.
         */
        @WithDefault("20")
        int batchSize();

        /** Attributions a run of the retry job has in flight at once. */
        @WithDefault("4")
        int concurrency();

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

        /**
         * Longest one statement of a quote search may run before the database cancels it (the search is answered 503);
         * a search never holds a connection longer.
         */
        @WithDefault("10s")
        Duration searchTimeout();

        /**
         * Quote searches (and export chunks) running at once; a search beyond waits a second for a turn, then is
         * answered 503 with Retry-After. Keeps the connections of the pool for writes, whatever the searches cost.
         */
        @WithDefault("6")
        int maxConcurrentSearches();
    }
}

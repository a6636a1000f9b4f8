package dev.saywho.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import dev.saywho.common.ArticleSort;
import dev.saywho.common.ArticleSubmission;
import dev.saywho.common.ArticleSummary;
import dev.saywho.common.ArticleView;
import dev.saywho.common.AttributionResponse;
import dev.saywho.common.AttributionStatus;
import dev.saywho.common.PageOf;
import dev.saywho.common.Quote;
import dev.saywho.common.RemovedBoilerplate;
import dev.saywho.common.SortDirection;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.client.AttributionClient;
import dev.saywho.ingest.client.AttributionRejectedException;
import dev.saywho.ingest.client.AttributionUnavailableException;
import dev.saywho.ingest.client.InvalidAttributionException;
import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.ingest.normalize.ArticleMetadata;
import dev.saywho.ingest.normalize.ArticleNormalizer;
import dev.saywho.ingest.normalize.CanonicalUrls;
import dev.saywho.ingest.normalize.NormalizedArticle;
import dev.saywho.ingest.normalize.RawArticle;
import dev.saywho.ingest.normalize.RemovalKind;
import dev.saywho.ingest.normalize.Timestamps;
import dev.saywho.ingest.persistence.ColumnWidths;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Ingests articles: validate, normalize, store (deduplicated), then attribute outside any transaction; failed
 * attributions leave the article PENDING for {@link AttributionRetryJob}. Holds no transaction itself: its database
 * work is {@link ArticleStore}'s (see the package documentation).
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    /** Result of storing a submission: the article's id, whether it is new and, when new, its normalized text. */
    public record StoreOutcome(long id, boolean created, String text) {}

    /** Result of ingesting a submission: the stored article and whether it is new. */
    public record IngestOutcome(ArticleView article, boolean created) {}

    private final ArticleNormalizer normalizer;
    private final ArticleStore store;
    private final ArticleMapper mapper;
    private final Validator validator;
    private final SpeakerRegistry speakerRegistry;
    private final AttributionClient attributionClient;
    private final IngestConfig config;
    private final MeterRegistry meters;
    private final ManagedExecutor executor;
    private final PublicationDates publicationDates;

    public ArticleService(
            ArticleNormalizer normalizer,
            ArticleStore store,
            ArticleMapper mapper,
            Validator validator,
            SpeakerRegistry speakerRegistry,
            AttributionClient attributionClient,
            IngestConfig config,
            MeterRegistry meters,
            ManagedExecutor executor,
            PublicationDates publicationDates) {
        this.executor = executor;
        this.publicationDates = publicationDates;
        this.normalizer = normalizer;
        this.store = store;
        this.mapper = mapper;
        this.validator = validator;
        this.speakerRegistry = speakerRegistry;
        this.attributionClient = attributionClient;
        this.config = config;
        this.meters = meters;
    }

    /**
     * Stores a new article and attributes it within the configured budget, or returns the existing duplicate
     * untouched. The article is committed before attribution starts; when attribution takes longer than the budget
     * the article is answered PENDING and the attempt completes in the background (it holds the article's claim, so
     * the retry job does not start a second one).
     */
    public IngestOutcome ingest(ArticleSubmission submission, String submitter) {
        StoreOutcome outcome = store(submission, submitter);
        if (outcome.created()) {
            attributeWithinBudget(outcome.id(), outcome.text());
        }
        ArticleView view =
                store.view(outcome.id()).orElseThrow(() -> new IllegalStateException("stored article vanished"));
        return new IngestOutcome(view, outcome.created());
    }

    private void attributeWithinBudget(long articleId, String text) {
        CompletableFuture<Boolean> attempt;
        try {
            attempt = executor.supplyAsync(() -> attemptAttribution(articleId, text));
        } catch (RejectedExecutionException busy) {
            LOG.warnf("Article %d stays PENDING: no thread free to attribute it now", articleId);
            return;
        }
        try {
            attempt.get(config.attribution().budget().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            meters.counter("saywho.ingest.attributions", "result", "over-budget")
                    .increment();
            LOG.warnf(
                    "Article %d answered PENDING: attribution took longer than %s; it completes in the background",
                    articleId, config.attribution().budget());
        } catch (ExecutionException e) {
            LOG.errorf(LoggedFailure.of(e.getCause()), "Attribution of article %d failed", articleId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Validates, normalizes and stores a submission as a PENDING article claimed by the caller (who should call
     * {@link #attemptAttribution}); a duplicate yields the existing article's id. The article is committed (durably,
     * on every supported database) when this returns.
     *
     * @param submitter who submitted it (an API key's fingerprint or the client address), recorded with the article
     */
    public StoreOutcome store(ArticleSubmission submission, String submitter) {
        PreparedArticle prepared = prepare(submission, submitter);
        Optional<Long> existing = store.findDuplicateId(prepared);
        if (existing.isPresent()) {
            return counted(new StoreOutcome(existing.get(), false, null));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            return counted(new StoreOutcome(
                    store.insert(prepared, now, now.plus(config.retry().lease())), true, prepared.text()));
        } catch (RuntimeException insertFailed) {
            // Unique constraints are the arbiter when two requests store the same article at once: the loser answers
            // with the winner.
            return counted(
                    new StoreOutcome(store.findDuplicateId(prepared).orElseThrow(() -> insertFailed), false, null));
        }
    }

    private StoreOutcome counted(StoreOutcome outcome) {
        meters.counter("saywho.ingest.articles", "outcome", outcome.created() ? "created" : "duplicate")
                .increment();
        return outcome;
    }

    /**
     * Attributes a stored article that the caller has claimed: the remote call runs outside any transaction, and
     * its result is stored in a second short one.
     *
     * @return whether the article is now attributed
     */
    public boolean attemptAttribution(long articleId) {
        return attemptAttribution(articleId, null);
    }

    /** As {@link #attemptAttribution(long)}, for an article whose stored text the caller may already have. */
    public boolean attemptAttribution(long articleId, String knownText) {
        try {
            String text = knownText != null ? knownText : store.text(articleId).orElse(null);
            if (text == null || !attributeAndStore(articleId, text)) {
                return false;
            }
            meters.counter("saywho.ingest.attributions", "result", "attributed").increment();
            return true;
        } catch (AttributionRejectedException e) {
            LOG.warnf("Article %d FAILED: %s", articleId, e.getMessage());
            return recordFailedAttempt(articleId, e.getMessage(), true);
        } catch (AttributionUnavailableException e) {
            LOG.warnf("Article %d: attempt failed: %s", articleId, e.getMessage());
            return e.reached()
                    ? recordFailedAttempt(articleId, e.getMessage(), false)
                    : recordUnreachable(articleId, e.getMessage());
        } catch (InvalidAttributionException e) {
            LOG.warnf("Article %d: attempt failed: %s", articleId, e.getMessage());
            return recordFailedAttempt(articleId, e.getMessage(), false);
        } catch (RuntimeException e) {
            LOG.errorf(LoggedFailure.of(e), "Article %d: storing its attribution failed", articleId);
            return recordFailedAttempt(articleId, "storing the attribution failed", false);
        }
    }

    /**
     * Runs attribution again and replaces the article's quotes. It takes the article's claim like any attempt, so
     * that two re-attributions, or one and a retry, never run at once.
     *
     * @throws AttributionInProgressException when another attempt owns the article
     * @throws AttributionUnavailableException when the attribution service fails (stored quotes are kept)
     */
    public Optional<ArticleView> reattribute(long articleId) {
        Optional<String> text = store.text(articleId);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!store.claimForReattribution(articleId, now, now.plus(config.retry().lease()))) {
            throw new AttributionInProgressException(articleId);
        }
        boolean recorded = false;
        try {
            recorded = attributeAndStore(articleId, text.get());
        } finally {
            if (!recorded) {
                store.release(articleId);
            }
        }
        return recorded ? store.view(articleId) : Optional.empty();
    }

    /** What became of a re-attribution asked for from a page, in the page's terms. */
    public enum Reattribution {
        /** Attributed again: the stored quotes are the engine's new answer. */
        DONE,
        /** No such article. */
        NOT_FOUND,
        /** Another attempt owns the article right now. */
        BUSY,
        /** The attribution service is unavailable; the stored quotes are kept. */
        UNAVAILABLE,
        /** The attribution service refused the article or answered nonsense; the stored quotes are kept. */
        REFUSED
    }

    /**
     * {@link #reattribute} with its outcome as a value, so that the pages need not know the attribution client's
     * exceptions.
     */
    public Reattribution reattributeForPage(long articleId) {
        try {
            return reattribute(articleId).isPresent() ? Reattribution.DONE : Reattribution.NOT_FOUND;
        } catch (AttributionInProgressException e) {
            return Reattribution.BUSY;
        } catch (AttributionUnavailableException e) {
            return Reattribution.UNAVAILABLE;
        } catch (AttributionRejectedException | InvalidAttributionException e) {
            return Reattribution.REFUSED;
        }
    }

    /** @return false: the article is not attributed */
    private boolean recordFailedAttempt(long articleId, String error, boolean permanent) {
        AttributionStatus status;
        try {
            status = store.recordFailedAttempt(
                    articleId, error, permanent, OffsetDateTime.now(ZoneOffset.UTC), config.retry());
        } catch (RuntimeException e) {
            // The claim's lease runs out and the retry job tries again: nothing is lost.
            LOG.errorf(LoggedFailure.of(e), "Article %d: recording the failed attempt failed", articleId);
            status = AttributionStatus.PENDING;
        }
        meters.counter(
                        "saywho.ingest.attributions",
                        "result",
                        status == AttributionStatus.FAILED ? "failed" : "pending")
                .increment();
        return false;
    }

    /** @return false: the article is not attributed; its attempt is given back, the service was never asked */
    private boolean recordUnreachable(long articleId, String error) {
        try {
            store.recordUnreachable(articleId, error, OffsetDateTime.now(ZoneOffset.UTC), config.retry());
        } catch (RuntimeException e) {
            LOG.errorf(LoggedFailure.of(e), "Article %d: recording the failed attempt failed", articleId);
        }
        meters.counter("saywho.ingest.attributions", "result", "pending").increment();
        return false;
    }

    /**
     * Puts a FAILED or PENDING article back in the retry queue, due now, with a fresh attempt count.
     *
     * @return the article as it now is; empty if there is no such article
     */
    public Optional<ArticleView> requeue(long articleId) {
        if (!store.requeue(articleId, OffsetDateTime.now(ZoneOffset.UTC))) {
            return Optional.empty();
        }
        return store.view(articleId);
    }

    /**
     * Attributes the article's text and stores the result, at most the configured number of quotes; false when the
     * article has gone meanwhile.
     */
    private boolean attributeAndStore(long articleId, String text) {
        AttributionResponse response = attributionClient.attribute("article-" + articleId, text);
        int found = response.quotes().size();
        int max = config.maxQuotesPerArticle();
        if (found > max) {
            LOG.warnf("Article %d: the engine found %d quotes; storing the first %d", articleId, found, max);
            response = new AttributionResponse(
                    response.id(), response.engineVersion(), response.quotes().subList(0, max), response.speakers());
        }
        return store.recordAttribution(
                articleId,
                response,
                resolveSpeakers(response),
                found - response.quotes().size());
    }

    public Optional<ArticleView> find(long articleId) {
        return store.view(articleId);
    }

    /** A page of the quotes of an article, in text order; empty if there is no such article. */
    public Optional<PageOf<StoredQuote>> quotesOf(long articleId, int page, int size) {
        return store.quotesOf(articleId, page, size);
    }

    /** A page of articles, optionally of one source and one status, sorted by {@code sort} in {@code direction}. */
    public PageOf<ArticleSummary> list(
            String source, AttributionStatus status, ArticleSort sort, SortDirection direction, int page, int size) {
        return store.list(source, status, sort, direction, page, size);
    }

    private Map<Integer, Long> resolveSpeakers(AttributionResponse response) {
        Map<Integer, Long> speakerIds = new HashMap<>();
        List<Quote> found = response.quotes();
        List<SpeakerRegistry.NameAndKind> named = new ArrayList<>();
        for (Quote quote : found) {
            if (quote.speaker() != null
                    && !SpeakerNames.namesNobody(quote.speaker().name())) {
                named.add(new SpeakerRegistry.NameAndKind(
                        quote.speaker().name(), quote.speaker().kind()));
            }
        }
        // One lookup for all the article's speakers: an article quotes few speakers many times.
        Map<SpeakerRegistry.NameAndKind, Optional<Long>> ids = speakerRegistry.resolveAll(named);
        for (int i = 0; i < found.size(); i++) {
            Quote quote = found.get(i);
            if (quote.speaker() != null
                    && !SpeakerNames.namesNobody(quote.speaker().name())) {
                int index = i;
                ids.get(new SpeakerRegistry.NameAndKind(
                                quote.speaker().name(), quote.speaker().kind()))
                        .ifPresent(id -> speakerIds.put(index, id));
            }
        }
        return speakerIds;
    }

    private PreparedArticle prepare(ArticleSubmission submission, String submitter) {
        validate(submission);
        NormalizedArticle normalized;
        try {
            normalized = normalizer.normalize(new RawArticle(
                    blankToNull(submission.title()),
                    blankToNull(submission.text()),
                    blankToNull(submission.html()),
                    blankToNull(submission.url())));
        } catch (IllegalArgumentException unusable) {
            throw new InvalidInputException(
                    submission.text() != null ? "text" : "html", "cannot be read as an article");
        }
        if (normalized.text().isBlank()) {
            throw new InvalidInputException(
                    submission.text() != null ? "text" : "html", "no article text is left after removing boilerplate");
        }
        ArticleMetadata metadata = normalized.metadata();
        // A canonical URL decides duplicates, so only a real web address may claim one (not javascript:, data:, …).
        String canonicalUrl =
                CanonicalUrls.canonical(firstNonBlank(httpUrlOrNull(metadata.canonicalUrl()), submission.url()));
        List<RemovedBoilerplate> removed = new ArrayList<>();
        normalized
                .removed()
                .forEach(r -> removed.add(new RemovedBoilerplate(r.kind().name(), r.text())));
        OffsetDateTime publishedAt = Timestamps.parse(submission.publishedAt()).orElse(null);
        if (publishedAt == null && metadata.publishedAt() != null) {
            if (publicationDates.contains(metadata.publishedAt())) {
                publishedAt = metadata.publishedAt();
            } else {
                // The submitter did not choose it: the article is kept, the page's date is not, and the article says
                // so.
                removed.add(new RemovedBoilerplate(
                        RemovalKind.OUT_OF_RANGE_DATE.name(),
                        "The page's publication date " + metadata.publishedAt() + " is not "
                                + publicationDates.describe() + "; the article is stored without one."));
            }
        }
        return new PreparedArticle(
                normalized.text(),
                contentHash(normalized.text()),
                ColumnWidths.cut(firstNonBlank(submission.title(), metadata.title()), ColumnWidths.TITLE),
                ColumnWidths.cut(metadata.byline(), ColumnWidths.BYLINE),
                publishedAt,
                canonicalUrl == null || canonicalUrl.length() > ColumnWidths.CANONICAL_URL ? null : canonicalUrl.trim(),
                ColumnWidths.cut(metadata.siteName(), ColumnWidths.SITE_NAME),
                blankToNull(submission.source()),
                blankToNull(submission.externalId()),
                mapper.writeJson(submission),
                removed,
                ColumnWidths.cut(submitter, ColumnWidths.SUBMITTED_BY));
    }

    private static String httpUrlOrNull(String url) {
        return url != null && HttpUrl.Check.isHttpUrl(url, ColumnWidths.CANONICAL_URL) ? url : null;
    }

    /** Bean Validation of the submission's fields ({@link SubmissionConstraints}), then the configured size limit. */
    private void validate(ArticleSubmission submission) {
        if (submission == null) {
            throw new InvalidInputException("body", "an article JSON object is required");
        }
        Set<ConstraintViolation<SubmissionConstraints>> violations =
                validator.validate(SubmissionConstraints.of(submission));
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        Timestamps.parse(submission.publishedAt())
                .filter(time -> !publicationDates.contains(time))
                .ifPresent(time -> {
                    throw new InvalidInputException("publishedAt", "must be " + publicationDates.describe());
                });
        int size = Math.max(
                submission.text() == null ? 0 : submission.text().length(),
                submission.html() == null ? 0 : submission.html().length());
        if (size > config.maxArticleChars()) {
            throw new ArticleTooLargeException(config.maxArticleChars());
        }
    }

    /** SHA-256 of the normalized text with whitespace runs collapsed, so re-wrapped copies collide. */
    static String contentHash(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String canonical = text.strip().replaceAll("\\s+", " ");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : blankToNull(second);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

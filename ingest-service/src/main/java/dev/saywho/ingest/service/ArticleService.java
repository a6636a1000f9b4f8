package dev.saywho.ingest.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.saywho.common.ArticleSubmission;
import dev.saywho.common.ArticleSummary;
import dev.saywho.common.ArticleView;
import dev.saywho.common.AttributionResponse;
import dev.saywho.common.PageOf;
import dev.saywho.common.Problem;
import dev.saywho.common.Quote;
import dev.saywho.common.RemovedBoilerplate;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.client.AttributionClient;
import dev.saywho.ingest.client.AttributionUnavailableException;
import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.ingest.normalize.ArticleMetadata;
import dev.saywho.ingest.normalize.ArticleNormalizer;
import dev.saywho.ingest.normalize.NormalizedArticle;
import dev.saywho.ingest.normalize.RawArticle;
import dev.saywho.ingest.persistence.ArticleEntity;
import dev.saywho.ingest.persistence.ArticleRepository;
import dev.saywho.ingest.persistence.QuoteRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Ingests articles: validate, normalize, store (deduplicated), then attribute outside any transaction; failed
 * attributions leave the article PENDING for {@link AttributionRetryJob}.
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    /** Result of storing a submission: the article's id, whether it is new and, when new, its normalized text. */
    public record StoreOutcome(long id, boolean created, String text) {
    }

    /** Result of ingesting a submission: the stored article and whether it is new. */
    public record IngestOutcome(ArticleView article, boolean created) {
    }

    private final ArticleNormalizer normalizer;
    private final ArticleStore store;
    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final ArticleMapper mapper;
    private final SpeakerRegistry speakerRegistry;
    private final AttributionClient attributionClient;
    private final IngestConfig config;
    private final MeterRegistry meters;

    public ArticleService(ArticleNormalizer normalizer, ArticleStore store, ArticleRepository articles, QuoteRepository quotes,
            ArticleMapper mapper, SpeakerRegistry speakerRegistry, AttributionClient attributionClient, IngestConfig config,
            MeterRegistry meters) {
        this.normalizer = normalizer;
        this.store = store;
        this.articles = articles;
        this.quotes = quotes;
        this.mapper = mapper;
        this.speakerRegistry = speakerRegistry;
        this.attributionClient = attributionClient;
        this.config = config;
        this.meters = meters;
    }

    /** Stores a new article and attributes it, or returns the existing duplicate untouched. */
    public IngestOutcome ingest(ArticleSubmission submission) {
        StoreOutcome outcome = store(submission);
        if (outcome.created()) {
            attemptAttribution(outcome.id(), outcome.text());
        }
        ArticleView view = store.view(outcome.id()).orElseThrow(() -> new IllegalStateException("stored article vanished"));
        return new IngestOutcome(view, outcome.created());
    }

    /**
     * Validates, normalizes and stores a submission as a PENDING article claimed by the caller (who should call
     * {@link #attemptAttribution}); a duplicate yields the existing article's id.
     */
    public StoreOutcome store(ArticleSubmission submission) {
        PreparedArticle prepared = prepare(submission);
        Optional<Long> existing = store.findDuplicateId(prepared);
        if (existing.isPresent()) {
            return counted(new StoreOutcome(existing.get(), false, null));
        }
        OffsetDateTime now = OffsetDateTime.now();
        try {
            return counted(new StoreOutcome(store.insert(prepared, now, now.plus(config.retry().lease())), true,
                    prepared.text()));
        } catch (RuntimeException insertFailed) {
            // Unique constraints are the arbiter when two requests store the same article at once: the loser answers with the winner.
            return counted(new StoreOutcome(store.findDuplicateId(prepared).orElseThrow(() -> insertFailed), false, null));
        }
    }

    private StoreOutcome counted(StoreOutcome outcome) {
        meters.counter("saywho.ingest.articles", "outcome", outcome.created() ? "created" : "duplicate").increment();
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
        } catch (AttributionUnavailableException e) {
            LOG.warnf("Article %d stays PENDING: %s", articleId, e.getMessage());
            recordFailedAttempt(articleId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Article %d stays PENDING: storing its attribution failed", articleId);
            recordFailedAttempt(articleId, "storing the attribution failed");
        }
        meters.counter("saywho.ingest.attributions", "result", "pending").increment();
        return false;
    }

    /**
     * Runs attribution again and replaces the article's quotes.
     *
     * @throws AttributionUnavailableException when the attribution service fails (stored quotes are kept)
     */
    public Optional<ArticleView> reattribute(long articleId) {
        Optional<String> text = store.text(articleId);
        if (text.isEmpty() || !attributeAndStore(articleId, text.get())) {
            return Optional.empty();
        }
        return store.view(articleId);
    }

    private void recordFailedAttempt(long articleId, String error) {
        store.recordFailedAttempt(articleId, error, OffsetDateTime.now(), config.retry().firstBackoff(),
                config.retry().maxBackoff());
    }

    /** Attributes the article's text and stores the result; false when the article has gone meanwhile. */
    private boolean attributeAndStore(long articleId, String text) {
        AttributionResponse response = attributionClient.attribute("article-" + articleId, text);
        return store.recordAttribution(articleId, response, resolveSpeakers(response));
    }

    public Optional<ArticleView> find(long articleId) {
        return store.view(articleId);
    }

    /** The quotes of an article in text order; empty if there is no such article. */
    public Optional<List<StoredQuote>> quotesOf(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> articles.findByIdOptional(articleId)
                .map(article -> quotes.listByArticle(articleId).stream().map(mapper::toStoredQuote).toList()));
    }

    /** A page of articles, newest first. */
    public PageOf<ArticleSummary> list(String source, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ArticleEntity> found = articles.listPage(source, page, size);
            Map<Long, Long> counts = articles.quoteCounts(found.stream().map(a -> a.id).toList());
            List<ArticleSummary> items = found.stream().map(a -> mapper.toSummary(a, counts.getOrDefault(a.id, 0L))).toList();
            return PageOf.of(items, page, size, articles.countBySource(source));
        });
    }

    private Map<Integer, Long> resolveSpeakers(AttributionResponse response) {
        Map<Integer, Long> speakerIds = new HashMap<>();
        List<Quote> found = response.quotes();
        List<SpeakerRegistry.NameAndKind> named = new ArrayList<>();
        for (Quote quote : found) {
            if (quote.speaker() != null) {
                named.add(new SpeakerRegistry.NameAndKind(quote.speaker().name(), quote.speaker().kind()));
            }
        }
        // One lookup for all the article's speakers: an article quotes few speakers many times.
        Map<SpeakerRegistry.NameAndKind, Optional<Long>> ids = speakerRegistry.resolveAll(named);
        for (int i = 0; i < found.size(); i++) {
            Quote quote = found.get(i);
            if (quote.speaker() != null) {
                int index = i;
                ids.get(new SpeakerRegistry.NameAndKind(quote.speaker().name(), quote.speaker().kind()))
                        .ifPresent(id -> speakerIds.put(index, id));
            }
        }
        return speakerIds;
    }

    private PreparedArticle prepare(ArticleSubmission submission) {
        validate(submission);
        NormalizedArticle normalized;
        try {
            normalized = normalizer.normalize(new RawArticle(blankToNull(submission.title()), blankToNull(submission.text()),
                    blankToNull(submission.html()), blankToNull(submission.url())));
        } catch (IllegalArgumentException unusable) {
            throw new InvalidInputException(submission.text() != null ? "text" : "html", "cannot be read as an article");
        }
        if (normalized.text().isBlank()) {
            throw new InvalidInputException(submission.text() != null ? "text" : "html",
                    "no article text is left after removing boilerplate");
        }
        ArticleMetadata metadata = normalized.metadata();
        OffsetDateTime publishedAt = PublishedAtParser.parse(submission.publishedAt()).orElse(metadata.publishedAt());
        String canonicalUrl = firstNonBlank(metadata.canonicalUrl(), submission.url());
        List<RemovedBoilerplate> removed = normalized.removed().stream()
                .map(r -> new RemovedBoilerplate(r.kind().name(), r.text())).toList();
        return new PreparedArticle(normalized.text(), contentHash(normalized.text()),
                limit(firstNonBlank(submission.title(), metadata.title()), 2048), limit(metadata.byline(), 1024), publishedAt,
                canonicalUrl == null || canonicalUrl.length() > 2048 ? null : canonicalUrl.trim(),
                limit(metadata.siteName(), 512), blankToNull(submission.source()), blankToNull(submission.externalId()),
                mapper.writeJson(submission), removed);
    }

    private void validate(ArticleSubmission submission) {
        if (submission == null) {
            throw new InvalidInputException("body", "an article JSON object is required");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        boolean hasText = submission.text() != null && !submission.text().isBlank();
        boolean hasHtml = submission.html() != null && !submission.html().isBlank();
        if (!hasText && !hasHtml) {
            violations.add(new Problem.Violation("text", "exactly one of text and html is required; neither was given"));
        } else if (hasText && hasHtml) {
            violations.add(new Problem.Violation("html", "exactly one of text and html is required; both were given"));
        }
        if (submission.publishedAt() != null && !submission.publishedAt().isBlank()
                && PublishedAtParser.parse(submission.publishedAt()).isEmpty()) {
            violations.add(new Problem.Violation("publishedAt", "must be an ISO 8601 date or date-time"));
        }
        if (submission.url() != null && !submission.url().isBlank() && !isHttpUrl(submission.url())) {
            violations.add(new Problem.Violation("url", "must be an absolute http or https URL of at most 2048 characters"));
        }
        // PostgreSQL text cannot hold NUL, and no newsroom means one: reject it rather than fail on insert.
        for (String[] field : new String[][] {{"title", submission.title()}, {"text", submission.text()},
            {"html", submission.html()}, {"url", submission.url()}, {"source", submission.source()},
            {"publishedAt", submission.publishedAt()}, {"externalId", submission.externalId()}}) {
            if (field[1] != null && field[1].indexOf('\u0000') >= 0) {
                violations.add(new Problem.Violation(field[0], "must not contain NUL characters"));
            }
        }
        checkLength(violations, "externalId", submission.externalId(), 512);
        checkLength(violations, "source", submission.source(), 256);
        checkLength(violations, "title", submission.title(), 2048);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int size = Math.max(submission.text() == null ? 0 : submission.text().length(),
                submission.html() == null ? 0 : submission.html().length());
        if (size > config.maxArticleChars()) {
            throw new ArticleTooLargeException(config.maxArticleChars());
        }
    }

    private static void checkLength(List<Problem.Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Problem.Violation(field, "must be at most " + max + " characters"));
        }
    }

    private static boolean isHttpUrl(String value) {
        if (value.length() > 2048) {
            return false;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
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

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

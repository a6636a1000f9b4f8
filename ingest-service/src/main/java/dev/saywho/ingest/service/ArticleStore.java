package dev.saywho.ingest.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.saywho.common.ArticleSort;
import dev.saywho.common.ArticleSummary;
import dev.saywho.common.ArticleView;
import dev.saywho.common.AttributionResponse;
import dev.saywho.common.AttributionStatus;
import dev.saywho.common.GenderEvidence;
import dev.saywho.common.PageOf;
import dev.saywho.common.Quote;
import dev.saywho.common.SortDirection;
import dev.saywho.common.SourceProfile;
import dev.saywho.common.Span;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.ingest.persistence.ArticleEntity;
import dev.saywho.ingest.persistence.ArticleRepository;
import dev.saywho.ingest.persistence.ColumnWidths;
import dev.saywho.ingest.persistence.QuoteEntity;
import dev.saywho.ingest.persistence.QuoteRemovals;
import dev.saywho.ingest.persistence.QuoteRepository;
import dev.saywho.ingest.persistence.SpeakerEntity;
import dev.saywho.ingest.persistence.SpeakerRepository;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * The short transactions around an article's life: insert, claim, record an attribution or a failed attempt, read.
 * {@link ArticleService} holds no transaction of its own and reaches the database only through these methods.
 */
@ApplicationScoped
public class ArticleStore {

    /** Bound of the readiness probe's transaction; its query has the same bound. */
    static final int PROBE_TIMEOUT_SECONDS = 5;
    /** Quotes sent to the database per flush: a multiple of the JDBC batch size (50). */
    private static final int INSERT_CHUNK = 500;
    /** Where new quotes start before renumbering: above any position a kept quote can hold. */
    private static final int FRESH_POSITIONS = 1_000_000;

    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final SpeakerRepository speakers;
    private final ArticleMapper mapper;
    private final QuoteRemovals removals;

    public ArticleStore(
            ArticleRepository articles,
            QuoteRepository quotes,
            SpeakerRepository speakers,
            ArticleMapper mapper,
            QuoteRemovals removals) {
        this.removals = removals;
        this.articles = articles;
        this.quotes = quotes;
        this.speakers = speakers;
        this.mapper = mapper;
    }

    /** The id of an article with the same external id, canonical URL or content hash. */
    @Transactional
    public Optional<Long> findDuplicateId(PreparedArticle article) {
        return articles.findDuplicate(article.externalId(), article.canonicalUrl(), article.contentHash())
                .map(a -> a.id);
    }

    /**
     * Inserts the article as PENDING, already claimed by the caller until {@code leaseUntil}, so the retry job leaves
     * it alone while the caller attributes it. Throws on a unique-key violation (a duplicate stored concurrently).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long insert(PreparedArticle prepared, OffsetDateTime now, OffsetDateTime leaseUntil) {
        ArticleEntity article = new ArticleEntity();
        article.externalId = prepared.externalId();
        article.canonicalUrl = prepared.canonicalUrl();
        article.contentHash = prepared.contentHash();
        article.title = prepared.title();
        article.byline = prepared.byline();
        article.publishedAt = prepared.publishedAt();
        article.siteName = prepared.siteName();
        article.source = prepared.source();
        article.text = prepared.text();
        article.originalJson = prepared.originalJson();
        article.removed.addAll(mapper.toEmbeddables(prepared.removed()));
        article.status = AttributionStatus.PENDING;
        article.attempts = 1;
        article.nextAttemptAt = leaseUntil;
        article.claimedUntil = leaseUntil;
        article.createdAt = now;
        article.submittedBy = prepared.submittedBy();
        articles.persistAndFlush(article);
        return article.id;
    }

    /** The normalized text of an article, for attribution. */
    @Transactional
    public Optional<String> text(long articleId) {
        return articles.findLive(articleId).map(a -> a.text);
    }

    /** Ids of PENDING articles whose next attempt is due, oldest first. */
    @Transactional
    public List<Long> dueForRetry(OffsetDateTime now, int limit) {
        return articles.findDuePendingIds(now, limit);
    }

    /**
     * Claims a due PENDING article for one attempt until {@code leaseUntil}, committed when this returns so that
     * another replica sees the claim before the attempt starts.
     *
     * @return whether this caller now owns the attempt
     */
    @Transactional
    public boolean claim(long articleId, OffsetDateTime now, OffsetDateTime leaseUntil) {
        return articles.claim(articleId, now, leaseUntil);
    }

    /**
     * Claims an article of any status for a re-attribution until {@code leaseUntil}, committed when this returns;
     * fails while another attempt (the first, a retry or another re-attribution) owns it.
     *
     * @return whether this caller now owns the attempt
     */
    @Transactional
    public boolean claimForReattribution(long articleId, OffsetDateTime now, OffsetDateTime leaseUntil) {
        return articles.claimAny(articleId, now, leaseUntil);
    }

    /** Gives up the caller's claim on an article whose attempt recorded nothing. */
    @Transactional
    public void release(long articleId) {
        articles.release(articleId);
    }

    /**
     * Replaces the article's quotes with those of {@code response} and marks it ATTRIBUTED, in one transaction whose
     * inserts go to the database in chunks (the persistence context is flushed and cleared after each), so memory stays
     * flat however many quotes an article has.
     *
     * @param speakerIds speaker id per quote index, for the quotes that have a speaker
     * @param quotesOmitted quotes of the attribution over the per-article maximum, not in {@code response}
     * @return false when the article no longer exists
     */
    @Transactional
    public boolean recordAttribution(
            long articleId, AttributionResponse response, Map<Integer, Long> speakerIds, int quotesOmitted) {
        // The row lock makes concurrent recordings of one article take turns: each replaces the other's quotes whole.
        ArticleEntity article = articles.findForUpdate(articleId).orElse(null);
        if (article == null) {
            return false;
        }
        article.status = AttributionStatus.ATTRIBUTED;
        article.claimedUntil = null;
        article.engineVersion = ColumnWidths.cut(response.engineVersion(), ColumnWidths.ENGINE_VERSION);
        article.attributedAt = OffsetDateTime.now(ZoneOffset.UTC);
        article.nextAttemptAt = null;
        article.lastError = null;
        article.quotesOmitted = quotesOmitted;
        // What people decided stays: reviewed, corrected and added quotes are kept, rejected spans stay empty; the
        // engine's answer fills the rest, and each kept quote notes where the engine now disagrees.
        List<QuoteEntity> kept = quotes.listByArticle(articleId).stream()
                .filter(q -> q.reviewState != null)
                .toList();
        List<QuoteRemovals.RejectedSpan> rejected = removals.rejectedSpans(articleId);
        quotes.deleteUnreviewed(articleId);
        EntityManager em = articles.getEntityManager();
        em.flush();
        List<Quote> found = response.quotes();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Quote quote = found.get(i);
            boolean decided = kept.stream().anyMatch(k -> overlap(k.startOffset, k.endOffset, quote) > 0)
                    || rejected.stream().anyMatch(r -> overlap(r.start(), r.end(), quote) > 0);
            if (!decided) {
                fresh.add(i);
            }
        }
        for (QuoteEntity decision : kept) {
            decision.engineNote = EngineDisagreement.note(decision, found, speakerIds, response.engineVersion());
        }
        em.flush();
        em.clear();
        for (int n = 0; n < fresh.size(); n++) {
            int i = fresh.get(n);
            // far above any kept position; renumber puts every quote in text order afterwards
            quotes.persist(toEntity(
                    em.getReference(ArticleEntity.class, articleId),
                    FRESH_POSITIONS + n,
                    found.get(i),
                    speakerIds.get(i),
                    response.engineVersion()));
            if ((n + 1) % INSERT_CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        quotes.renumber(articleId);
        articles.recount(articleId);
        return true;
    }

    /**
     * Records a failed attempt. A PENDING article becomes due again after a backoff that grows with its attempts, or
     * FAILED when the failure is permanent or its attempts are used up; an attributed article keeps its quotes.
     *
     * @return the article's status afterwards (PENDING also when the article is gone)
     */
    @Transactional
    public AttributionStatus recordFailedAttempt(
            long articleId, String error, boolean permanent, OffsetDateTime now, IngestConfig.Retry retry) {
        ArticleEntity article = articles.findById(articleId);
        if (article == null) {
            return AttributionStatus.PENDING;
        }
        article.lastError = ColumnWidths.cut(error, ColumnWidths.LAST_ERROR);
        article.claimedUntil = null;
        if (article.status == AttributionStatus.PENDING) {
            if (permanent || article.attempts >= retry.maxAttempts()) {
                article.status = AttributionStatus.FAILED;
                article.nextAttemptAt = null;
            } else {
                article.nextAttemptAt =
                        now.plus(RetryBackoff.after(article.attempts, retry.firstBackoff(), retry.maxBackoff()));
            }
        }
        return article.status;
    }

    /**
     * Records an attempt during which the attribution service could not be reached at all (connection refused, open
     * circuit): the attempt does not count toward the article's maximum, since it says nothing about the article, and
     * the article is due again after the first backoff (the breaker's own delay is 10 s).
     */
    @Transactional
    public void recordUnreachable(long articleId, String error, OffsetDateTime now, IngestConfig.Retry retry) {
        ArticleEntity article = articles.findById(articleId);
        if (article == null) {
            return;
        }
        article.claimedUntil = null;
        if (article.status != AttributionStatus.PENDING) {
            return;
        }
        article.lastError = ColumnWidths.cut(error, ColumnWidths.LAST_ERROR);
        article.attempts = Math.max(0, article.attempts - 1);
        article.nextAttemptAt = now.plus(RetryBackoff.after(1, retry.firstBackoff(), retry.maxBackoff()));
    }

    /**
     * Makes a FAILED or PENDING article due now with a fresh attempt count; an attributed one is left alone.
     *
     * @return false when there is no such article
     */
    @Transactional
    public boolean requeue(long articleId, OffsetDateTime now) {
        ArticleEntity article = articles.findLive(articleId).orElse(null);
        if (article == null) {
            return false;
        }
        if (article.status != AttributionStatus.ATTRIBUTED) {
            article.status = AttributionStatus.PENDING;
            article.attempts = 0;
            article.nextAttemptAt = now;
        }
        return true;
    }

    /** The article with its quotes, as the API shows it. */
    @Transactional
    public Optional<ArticleView> view(long articleId) {
        return articles.findLive(articleId).map(article -> mapper.toView(article, quotes.listByArticle(articleId)));
    }

    /** A page of the quotes of an article, in text order; empty if there is no such article. */
    @Transactional
    public Optional<PageOf<StoredQuote>> quotesOf(long articleId, int page, int size) {
        return articles.findLive(articleId).map(article -> {
            // an article holds at most saywho.ingest.max-quotes-per-article quotes: a page is cut from them in memory
            List<QuoteEntity> all = quotes.listByArticle(articleId);
            int from = (int) Math.min((long) page * size, all.size());
            int to = Math.min(from + size, all.size());
            List<StoredQuote> items =
                    all.subList(from, to).stream().map(mapper::toStoredQuote).toList();
            return PageOf.of(items, page, size, all.size());
        });
    }

    /** A page of articles, optionally of one source and one status, sorted in the database. */
    @Transactional
    public PageOf<ArticleSummary> list(
            String source, AttributionStatus status, ArticleSort sort, SortDirection direction, int page, int size) {
        List<ArticleEntity> found = articles.listPage(source, status, sort, direction, page, size);
        Map<Long, Long> counts =
                articles.quoteCounts(found.stream().map(a -> a.id).toList());
        List<ArticleSummary> items = found.stream()
                .map(a -> mapper.toSummary(a, counts.getOrDefault(a.id, 0L)))
                .toList();
        return PageOf.of(items, page, size, articles.countBy(source, status));
    }

    /** The number of articles in each of these statuses. */
    @Transactional
    public Map<AttributionStatus, Long> countByStatus(Collection<AttributionStatus> statuses) {
        Map<AttributionStatus, Long> counts = new EnumMap<>(AttributionStatus.class);
        statuses.forEach(status -> counts.put(status, articles.countByStatus(status)));
        return counts;
    }

    /** Reads the article table once, within {@link #PROBE_TIMEOUT_SECONDS}; throws when it cannot be read. */
    @Transactional
    @TransactionConfiguration(timeout = PROBE_TIMEOUT_SECONDS)
    public void probe() {
        articles.probe(PROBE_TIMEOUT_SECONDS);
    }

    private QuoteEntity toEntity(
            ArticleEntity article, int position, Quote quote, Long speakerId, String engineVersion) {
        QuoteEntity entity = new QuoteEntity();
        entity.article = article;
        entity.position = position;
        entity.text = quote.text();
        entity.startOffset = quote.start();
        entity.endOffset = quote.end();
        entity.type = quote.type();
        entity.fragments = mapper.writeJson(quote.fragments());
        if (quote.cue() != null && quote.cue().text().length() <= ColumnWidths.LABEL) {
            entity.cueText = quote.cue().text();
            entity.cueStart = quote.cue().start();
            entity.cueEnd = quote.cue().end();
        }
        if (quote.speaker() != null && speakerId != null) {
            entity.speaker = speakers.getEntityManager().getReference(SpeakerEntity.class, speakerId);
            entity.speakerName = ColumnWidths.cut(quote.speaker().name(), ColumnWidths.LABEL);
            entity.role = ColumnWidths.cut(quote.speaker().role(), ColumnWidths.LABEL);
            entity.affiliation = ColumnWidths.cut(quote.speaker().affiliation(), ColumnWidths.LABEL);
            // A mention is kept only whole: its text must stay equal to the span of the article text.
            if (quote.speaker().mention() != null
                    && quote.speaker().mention().text().length() <= ColumnWidths.LABEL) {
                entity.mentionText = quote.speaker().mention().text();
                entity.mentionStart = quote.speaker().mention().start();
                entity.mentionEnd = quote.speaker().mention().end();
            }
            // evidence is kept only where it points into the stored text, like every offset we store
            Span role = quote.speaker().roleEvidence();
            if (role != null && within(article.text, role)) {
                entity.roleEvidence = role.text();
                entity.roleStart = role.start();
                entity.roleEnd = role.end();
            }
            Span affiliation = quote.speaker().affiliationEvidence();
            if (affiliation != null && within(article.text, affiliation)) {
                entity.affiliationEvidence = affiliation.text();
                entity.affiliationStart = affiliation.start();
                entity.affiliationEnd = affiliation.end();
            }
            SourceProfile profile = quote.speaker().profile();
            if (profile != null) {
                entity.gender = profile.gender();
                entity.sourceKind = profile.sourceKind();
                entity.roleClass = profile.roleClass();
                // evidence is kept only where every span points into the stored text
                List<GenderEvidence> evidence = profile.genderEvidence().stream()
                        .filter(e -> e.span() != null && within(article.text, e.span()))
                        .toList();
                entity.genderEvidence = evidence.isEmpty() ? null : mapper.writeJson(evidence);
            }
        }
        entity.confidence = quote.confidence();
        entity.sieve = ColumnWidths.cut(quote.sieve(), ColumnWidths.SIEVE);
        entity.rule = ColumnWidths.cut(quote.rule(), ColumnWidths.RULE);
        entity.engineVersion = ColumnWidths.cut(engineVersion, ColumnWidths.ENGINE_VERSION);
        return entity;
    }

    /** True when {@code span} lies inside {@code text} and its words are the text's there. */
    private static boolean within(String text, Span span) {
        return text != null
                && span.text() != null
                && span.text().length() <= ColumnWidths.LABEL
                && span.end() - span.start() == span.text().length()
                && span.end() <= text.length()
                && text.regionMatches(span.start(), span.text(), 0, span.text().length());
    }

    /** Characters two spans share. */
    static int overlap(int start, int end, Quote quote) {
        return Math.max(0, Math.min(end, quote.end()) - Math.max(start, quote.start()));
    }
}

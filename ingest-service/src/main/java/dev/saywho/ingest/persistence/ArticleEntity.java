package dev.saywho.ingest.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import dev.saywho.common.AttributionStatus;

/** A stored article: normalized text, metadata, original submission and attribution state. */
@Entity
@Table(name = "article")
public class ArticleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    @Column(name = "external_id", length = ColumnWidths.EXTERNAL_ID)
    public String externalId;

    @Column(name = "canonical_url", length = ColumnWidths.CANONICAL_URL)
    public String canonicalUrl;

    @Column(name = "content_hash", nullable = false, length = ColumnWidths.CONTENT_HASH)
    public String contentHash;

    @Column(length = ColumnWidths.TITLE)
    public String title;

    @Column(length = ColumnWidths.BYLINE)
    public String byline;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "site_name", length = ColumnWidths.SITE_NAME)
    public String siteName;

    @Column(length = ColumnWidths.SOURCE)
    public String source;

    @Column(nullable = false)
    public String text;

    @Column(name = "original_json", nullable = false)
    public String originalJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = ColumnWidths.ENUM)
    public AttributionStatus status;

    @Column(name = "engine_version", length = ColumnWidths.ENGINE_VERSION)
    public String engineVersion;

    public int attempts;

    @Column(name = "last_error", length = ColumnWidths.LAST_ERROR)
    public String lastError;

    /** For PENDING articles: when the next attribution attempt may start (also the claim lease). */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    /**
     * Until when an attribution attempt (the first, a retry or a re-attribution) owns the article; null when none
     * does. One attempt at a time per article: a second one would store a second set of quotes.
     */
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "attributed_at")
    public OffsetDateTime attributedAt;

    /** Quotes of the stored attribution that were over the per-article maximum and not stored. */
    @Column(name = "quotes_omitted", nullable = false)
    public int quotesOmitted;

    /** Stored quotes of each type, kept with the quotes so the dashboard need not count them (migration V4). */
    @Column(name = "direct_quotes")
    public int directQuotes;

    @Column(name = "indirect_quotes")
    public int indirectQuotes;

    @Column(name = "mixed_quotes")
    public int mixedQuotes;

    /** Who submitted the article: an API key's fingerprint or the client address. */
    @Column(name = "submitted_by", length = ColumnWidths.SUBMITTED_BY)
    public String submittedBy;

    /** When the article was deleted; it can be restored until the retention window ends. Null for a live one. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by", length = ColumnWidths.SUBMITTED_BY)
    public String deletedBy;

    @ElementCollection
    @CollectionTable(name = "article_removed_text", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<RemovedTextEmbeddable> removed = new ArrayList<>();
}

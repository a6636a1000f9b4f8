package dev.saywho.ingest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.ArticleSubmission;
import dev.saywho.common.ArticleSummary;
import dev.saywho.common.ArticleView;
import dev.saywho.common.AttributionStatus;
import dev.saywho.common.Gender;
import dev.saywho.common.GenderEvidence;
import dev.saywho.common.PublicationMetadata;
import dev.saywho.common.RemovedBoilerplate;
import dev.saywho.common.SourceProfile;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerSummary;
import dev.saywho.common.StoredQuote;
import dev.saywho.common.StoredSpeakerRef;
import dev.saywho.ingest.persistence.ArticleEntity;
import dev.saywho.ingest.persistence.QuoteEntity;
import dev.saywho.ingest.persistence.RemovedTextEmbeddable;
import dev.saywho.ingest.persistence.SpeakerEntity;
import dev.saywho.ingest.persistence.SpeakerRepository;

/** The one place where entities become API records (and JSON columns become values). */
@ApplicationScoped
public class ArticleMapper {

    private static final TypeReference<List<Span>> SPANS = new TypeReference<>() {};

    private final ObjectMapper objectMapper;

    public ArticleMapper(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public ArticleView toView(ArticleEntity article, List<QuoteEntity> quotes) {
        List<RemovedBoilerplate> removed = article.removed.stream()
                .map(r -> new RemovedBoilerplate(r.kind, r.text))
                .toList();
        return new ArticleView(
                article.id,
                article.status,
                article.engineVersion,
                article.text,
                metadata(article),
                removed,
                readJson(article.originalJson, ArticleSubmission.class),
                quotes.stream().map(this::toStoredQuote).toList(),
                article.createdAt,
                article.attributedAt,
                article.attempts,
                article.lastError,
                article.status == AttributionStatus.PENDING ? article.nextAttemptAt : null,
                article.quotesOmitted,
                article.submittedBy);
    }

    public ArticleSummary toSummary(ArticleEntity article, long quoteCount) {
        return new ArticleSummary(
                article.id,
                article.title,
                article.source,
                article.publishedAt,
                article.status,
                quoteCount,
                article.createdAt);
    }

    /** A stored evidence span, or null when none is stored. */
    private static Span evidence(String words, Integer start, Integer end) {
        return words == null || start == null || end == null ? null : new Span(words, start, end);
    }

    public StoredQuote toStoredQuote(QuoteEntity quote) {
        Span cue = quote.cueStart == null ? null : new Span(quote.cueText, quote.cueStart, quote.cueEnd);
        StoredSpeakerRef speaker = null;
        if (quote.speaker != null) {
            Span mention = quote.mentionStart == null
                    ? null
                    : new Span(quote.mentionText, quote.mentionStart, quote.mentionEnd);
            speaker = new StoredSpeakerRef(
                    quote.speaker.id,
                    quote.speakerName,
                    quote.speaker.kind,
                    quote.role,
                    quote.affiliation,
                    mention,
                    evidence(quote.roleEvidence, quote.roleStart, quote.roleEnd),
                    evidence(quote.affiliationEvidence, quote.affiliationStart, quote.affiliationEnd),
                    profile(quote));
        }
        return new StoredQuote(
                quote.id,
                quote.article.id,
                quote.text,
                quote.startOffset,
                quote.endOffset,
                quote.type,
                readJson(quote.fragments, SPANS),
                cue,
                speaker,
                quote.confidence,
                quote.sieve,
                quote.rule,
                quote.engineVersion,
                quote.article.source,
                quote.article.publishedAt,
                quote.article.title,
                quote.article.canonicalUrl,
                quote.reviewState,
                quote.engineNote,
                quote.version);
    }

    /** The stored source profile of a quote's speaker; null for quotes stored before engine 1.11.0. */
    private SourceProfile profile(QuoteEntity quote) {
        if (quote.sourceKind == null) {
            return null;
        }
        List<GenderEvidence> evidence =
                quote.genderEvidence == null ? List.of() : readJson(quote.genderEvidence, GENDER_EVIDENCE);
        return new SourceProfile(quote.gender, evidence, quote.sourceKind, quote.roleClass);
    }

    private static final TypeReference<List<GenderEvidence>> GENDER_EVIDENCE = new TypeReference<>() {};

    public SpeakerSummary toSummary(
            SpeakerEntity speaker,
            SpeakerRepository.Counts counts,
            Set<String> roles,
            Set<String> affiliations,
            Map<Gender, Long> genders) {
        return new SpeakerSummary(
                speaker.id,
                speaker.name,
                speaker.kind,
                counts == null ? 0 : counts.quotes(),
                counts == null ? 0 : counts.articles(),
                roles == null ? List.of() : new ArrayList<>(roles),
                affiliations == null ? List.of() : new ArrayList<>(affiliations),
                genders);
    }

    List<RemovedTextEmbeddable> toEmbeddables(List<RemovedBoilerplate> removed) {
        return removed.stream()
                .map(r -> new RemovedTextEmbeddable(r.kind(), r.text()))
                .toList();
    }

    String writeJson(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private static PublicationMetadata metadata(ArticleEntity article) {
        return new PublicationMetadata(
                article.title,
                article.byline,
                article.publishedAt,
                article.canonicalUrl,
                article.siteName,
                article.source,
                article.externalId);
    }

    private <T> T readJson(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getSimpleName(), e);
        }
    }

    private <T> T readJson(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}

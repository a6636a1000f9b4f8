package dev.saywho.ingest.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.Correction;
import dev.saywho.common.CorrectionAction;
import dev.saywho.common.Gender;
import dev.saywho.common.NewQuote;
import dev.saywho.common.PageOf;
import dev.saywho.common.QuoteCorrection;
import dev.saywho.common.QuoteType;
import dev.saywho.common.ReviewState;
import dev.saywho.common.SourceKind;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerCorrection;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.SpeakerSplit;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.ingest.persistence.ArticleEntity;
import dev.saywho.ingest.persistence.ArticleRepository;
import dev.saywho.ingest.persistence.ColumnWidths;
import dev.saywho.ingest.persistence.CorrectionEntity;
import dev.saywho.ingest.persistence.CorrectionRepository;
import dev.saywho.ingest.persistence.QuoteEntity;
import dev.saywho.ingest.persistence.QuoteRemovals;
import dev.saywho.ingest.persistence.QuoteRepository;
import dev.saywho.ingest.persistence.SpeakerEntity;
import dev.saywho.ingest.persistence.SpeakerNames;
import dev.saywho.ingest.persistence.SpeakerRepository;
import dev.saywho.ingest.persistence.StatisticsRepository;

/**
 * What people change about the engine's output: review, correct, reject and add quotes; rename, retype, merge and
 * split speakers; delete and restore articles. Every change is one transaction that also writes its entry in the
 * audit log, with the state before and after, and any entry can be undone while what it changed is as it left it.
 *
 * <p>Quotes and speakers carry a revision: a change names the revision it was made on, and a stale one is refused
 * ({@link CorrectionRefusedException.Reason#STALE}), so that two editors never silently overwrite each other.
 */
@ApplicationScoped
public class CorrectionService {

    /** Longest quotation a person may add or stretch one to, in characters. */
    public static final int MAX_QUOTE_CHARS = 20_000;
    /** Most quotes one split may move. */
    public static final int MAX_SPLIT_QUOTES = 1_000;

    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final SpeakerRepository speakers;
    private final QuoteRemovals removals;
    private final CorrectionRepository log;
    private final SpeakerRegistry registry;
    private final ArticleMapper mapper;
    private final ObjectMapper json;
    private final IngestConfig config;
    private final StatisticsRepository statistics;

    CorrectionService(
            ArticleRepository articles,
            QuoteRepository quotes,
            SpeakerRepository speakers,
            QuoteRemovals removals,
            CorrectionRepository log,
            SpeakerRegistry registry,
            ArticleMapper mapper,
            ObjectMapper json,
            IngestConfig config,
            StatisticsRepository statistics) {
        this.statistics = statistics;
        this.articles = articles;
        this.quotes = quotes;
        this.speakers = speakers;
        this.removals = removals;
        this.log = log;
        this.registry = registry;
        this.mapper = mapper;
        this.json = json;
        this.config = config;
    }

    // ---- quotes

    /** A stored quote of a live article. */
    @Transactional
    public StoredQuote quote(long quoteId) {
        return mapper.toStoredQuote(liveQuote(quoteId));
    }

    /** Accepts a quote as it is: it leaves the review queue and survives re-attribution. */
    @Transactional
    public StoredQuote review(long quoteId, long revision, String by) {
        QuoteEntity quote = currentQuote(quoteId, revision);
        QuoteState before = QuoteState.of(quote);
        if (quote.reviewState == null) {
            quote.reviewState = ReviewState.REVIEWED;
        }
        quote.reviewedBy = by;
        quote.reviewedAt = now();
        quote.engineNote = null;
        quotes.flush();
        record(
                CorrectionAction.QUOTE_REVIEWED,
                by,
                quote,
                null,
                "Reviewed: " + describe(quote),
                before,
                QuoteState.of(quote));
        return mapper.toStoredQuote(quote);
    }

    /** Changes what a quote says about its speaker, its kind or its boundaries. */
    @Transactional
    public StoredQuote correct(long quoteId, long revision, QuoteCorrection change, String by) {
        QuoteEntity quote = currentQuote(quoteId, revision);
        QuoteState before = QuoteState.of(quote);
        List<String> said = new ArrayList<>();
        if (Boolean.TRUE.equals(change.noSpeaker())) {
            if (change.speakerId() != null || change.speaker() != null) {
                throw new InvalidInputException("noSpeaker", "give no speaker along with noSpeaker");
            }
            setSpeaker(quote, null);
            said.add("no speaker");
        } else {
            SpeakerEntity speaker = speakerNamed(change.speakerId(), change.speaker(), change.speakerKind());
            if (speaker != null && (quote.speaker == null || !speaker.id.equals(quote.speaker.id))) {
                setSpeaker(quote, speaker);
                said.add("speaker " + speaker.name);
            }
        }
        if (change.role() != null) {
            quote.role = label("role", change.role());
            quote.roleEvidence = null;
            quote.roleStart = null;
            quote.roleEnd = null;
            // the class was the engine's reading of the old role; ingest has no lexicon to class the new one, so the
            // figures count it as unknown rather than under a class the person just corrected away
            quote.roleClass = null;
            said.add(quote.role == null ? "no role" : "role " + quote.role);
        }
        if (change.affiliation() != null) {
            quote.affiliation = label("affiliation", change.affiliation());
            quote.roleClass = null; // an office title took its class from the old employer
            quote.affiliationEvidence = null;
            quote.affiliationStart = null;
            quote.affiliationEnd = null;
            said.add(quote.affiliation == null ? "no affiliation" : "affiliation " + quote.affiliation);
        }
        if (change.type() != null && change.type() != quote.type) {
            quote.type = change.type();
            said.add("kind " + quote.type);
        }
        if (change.start() != null || change.end() != null) {
            if (change.start() == null || change.end() == null) {
                throw new InvalidInputException(change.start() == null ? "start" : "end", "give start and end");
            }
            ArticleEntity article = quote.article;
            checkSpan(article.text, change.start(), change.end());
            int[] span = trimmed(article.text, change.start(), change.end());
            if (span[0] != quote.startOffset || span[1] != quote.endOffset) {
                refuseOverlap(article.id, span[0], span[1], quote.id);
                quote.startOffset = span[0];
                quote.endOffset = span[1];
                quote.text = article.text.substring(span[0], span[1]);
                quote.fragments = fragments(quote.text, span[0], span[1]);
                said.add("boundaries " + span[0] + "–" + span[1]);
            }
        }
        if (said.isEmpty()) {
            throw new InvalidInputException("body", "the correction changes nothing");
        }
        quote.reviewState = quote.reviewState == ReviewState.ADDED ? ReviewState.ADDED : ReviewState.CORRECTED;
        quote.reviewedBy = by;
        quote.reviewedAt = now();
        quote.engineNote = null;
        quotes.flush();
        afterQuotesChanged(quote.article.id);
        QuoteEntity after = quotes.findById(quoteId);
        record(
                CorrectionAction.QUOTE_CORRECTED,
                by,
                after,
                null,
                "Corrected: " + String.join(", ", said),
                before,
                QuoteState.of(after));
        return mapper.toStoredQuote(after);
    }

    /**
     * A correction from the article page's form, which sends every field with its current value: only the fields
     * that differ are changed, and a form sent back unchanged accepts the quote as it is.
     */
    @Transactional
    public StoredQuote correctFromForm(long quoteId, long revision, QuoteCorrection form, String by) {
        QuoteEntity quote = currentQuote(quoteId, revision);
        boolean sameSpeaker = Boolean.TRUE.equals(form.noSpeaker())
                ? quote.speaker == null
                : form.speaker() == null
                        || (quote.speaker != null
                                && SpeakerNames.key(form.speaker()).equals(quote.speaker.nameKey)
                                && (form.speakerKind() == null || form.speakerKind() == quote.speaker.kind));
        QuoteCorrection change = new QuoteCorrection(
                null,
                sameSpeaker || Boolean.TRUE.equals(form.noSpeaker()) ? null : form.speaker(),
                sameSpeaker ? null : form.speakerKind(),
                sameSpeaker ? null : form.noSpeaker(),
                same(form.role(), quote.role) ? null : form.role(),
                same(form.affiliation(), quote.affiliation) ? null : form.affiliation(),
                form.type() == quote.type ? null : form.type(),
                form.start() != null
                                && form.start() == quote.startOffset
                                && form.end() != null
                                && form.end() == quote.endOffset
                        ? null
                        : form.start(),
                form.start() != null
                                && form.start() == quote.startOffset
                                && form.end() != null
                                && form.end() == quote.endOffset
                        ? null
                        : form.end());
        boolean changes = change.speaker() != null
                || change.noSpeaker() != null
                || change.role() != null
                || change.affiliation() != null
                || change.type() != null
                || change.start() != null
                || change.end() != null;
        return changes ? correct(quoteId, revision, change, by) : review(quoteId, revision, by);
    }

    private static boolean same(String formValue, String stored) {
        String value = formValue == null ? "" : formValue.strip();
        return value.equals(stored == null ? "" : stored);
    }

    /** Undoes a change of this article (a page's undo button names one of the article's changes). */
    @Transactional
    public Correction undoOnArticle(long correctionId, long articleId, String by) {
        CorrectionEntity done = log.findByIdOptional(correctionId)
                .filter(c -> c.articleId != null && c.articleId == articleId)
                .orElseThrow(() -> CorrectionRefusedException.notFound("No such change of this article."));
        return undo(done.id, by);
    }

    /** Undoes a change of this speaker (either side of a merge or split). */
    @Transactional
    public Correction undoOnSpeaker(long correctionId, long speakerId, String by) {
        CorrectionEntity done = log.findByIdOptional(correctionId)
                .filter(c -> Long.valueOf(speakerId).equals(c.speakerId)
                        || Long.valueOf(speakerId).equals(c.otherSpeakerId))
                .orElseThrow(() -> CorrectionRefusedException.notFound("No such change of this speaker."));
        return undo(done.id, by);
    }

    /**
     * Names for a speaker field's suggestions: the article's speakers first, then the most quoted stored ones (named
     * people and groups, and organisations: the dashboard's ranking).
     */
    @Transactional
    public List<String> speakerNames(List<String> articleNames) {
        LinkedHashSet<String> names = new LinkedHashSet<>(articleNames);
        // the dashboard's own ranking (index-only over every article): named people, groups and organisations
        statistics
                .topSpeakers(new StatisticsRepository.ArticleScope(null, null, null), SUGGESTED_SPEAKERS)
                .forEach(s -> names.add(s.name()));
        return List.copyOf(names);
    }

    /** Stored speakers suggested by a speaker field. */
    private static final int SUGGESTED_SPEAKERS = 100;

    /** Marks a quote "not a quotation": it leaves every list, and re-attribution leaves its span alone. */
    @Transactional
    public Correction reject(long quoteId, long revision, String by) {
        QuoteEntity quote = currentQuote(quoteId, revision);
        QuoteState before = QuoteState.of(quote);
        long articleId = quote.article.id;
        String summary = "Not a quotation: " + describe(quote);
        Long speakerId = quote.speaker == null ? null : quote.speaker.id;
        removals.removeQuote(quoteId, QuoteRemovals.Removal.REJECTED, now(), by);
        afterQuotesChanged(articleId);
        return view(record(
                CorrectionAction.QUOTE_REJECTED, by, articleId, quoteId, speakerId, null, summary, before, null));
    }

    /** Adds a quotation the engine missed. */
    @Transactional
    public StoredQuote add(long articleId, NewQuote added, String by) {
        ArticleEntity article = liveArticle(articleId);
        if (added.start() == null || added.end() == null) {
            throw new InvalidInputException(added.start() == null ? "start" : "end", "is required");
        }
        checkSpan(article.text, added.start(), added.end());
        int[] span = trimmed(article.text, added.start(), added.end());
        refuseOverlap(articleId, span[0], span[1], null);
        if (quotes.count("article.id", articleId) >= config.maxQuotesPerArticle()) {
            throw CorrectionRefusedException.conflict("Article " + articleId
                    + " holds the most quotations an article may (" + config.maxQuotesPerArticle() + ").");
        }
        QuoteEntity quote = new QuoteEntity();
        quote.article = article;
        quote.position = Integer.MAX_VALUE - 1; // renumbered below
        quote.startOffset = span[0];
        quote.endOffset = span[1];
        quote.text = article.text.substring(span[0], span[1]);
        quote.fragments = fragments(quote.text, span[0], span[1]);
        quote.type = added.type() != null ? added.type() : typeByMarks(quote.text);
        if (added.speakerId() != null && added.speaker() != null) {
            throw new InvalidInputException("speaker", "name the speaker by speakerId or by speaker, not both");
        }
        setSpeaker(quote, speakerNamed(added.speakerId(), added.speaker(), added.speakerKind()));
        if (quote.speaker != null) {
            quote.role = added.role() == null ? null : label("role", added.role());
            quote.affiliation = added.affiliation() == null ? null : label("affiliation", added.affiliation());
        }
        quote.confidence = 1.0;
        quote.engineVersion = "person";
        quote.reviewState = ReviewState.ADDED;
        quote.reviewedBy = by;
        quote.reviewedAt = now();
        quotes.persistAndFlush(quote);
        long quoteId = quote.id;
        afterQuotesChanged(articleId);
        QuoteEntity stored = quotes.findById(quoteId);
        record(
                CorrectionAction.QUOTE_ADDED,
                by,
                stored,
                null,
                "Added: " + describe(stored),
                null,
                QuoteState.of(stored));
        return mapper.toStoredQuote(stored);
    }

    /**
     * What most needs a look, first: quotes nobody has reviewed, without a speaker, then with an unresolved or one-word
     * speaker, then the least confident.
     */
    @Transactional
    public PageOf<StoredQuote> reviewQueue(int page, int size) {
        List<StoredQuote> items = quotes.reviewQueue(page, size).stream()
                .map(mapper::toStoredQuote)
                .toList();
        return PageOf.of(items, page, size, quotes.countUnreviewed());
    }

    // ---- speakers

    /** Renames a speaker or changes its kind. */
    @Transactional
    public SpeakerEntityView correctSpeaker(long speakerId, long revision, SpeakerCorrection change, String by) {
        SpeakerEntity speaker = currentSpeaker(speakerId, revision);
        SpeakerState before = SpeakerState.of(speaker);
        String name = change.name() == null ? speaker.name : label("name", change.name());
        if (name == null) {
            throw new InvalidInputException("name", "must have letters");
        }
        SpeakerKind kind = change.kind() == null ? speaker.kind : change.kind();
        String key = ColumnWidths.cut(SpeakerNames.key(name), ColumnWidths.LABEL);
        if (key.isEmpty()) {
            throw new InvalidInputException("name", "must have letters");
        }
        if (name.equals(speaker.name) && kind == speaker.kind) {
            throw new InvalidInputException("body", "the correction changes nothing");
        }
        Optional<SpeakerEntity> taken = speakers.findByKey(key, kind).filter(other -> !other.id.equals(speakerId));
        if (taken.isPresent()) {
            SpeakerEntity other = taken.get();
            long target = other.mergedInto != null ? other.mergedInto : other.id;
            throw CorrectionRefusedException.conflict("Another speaker is already called " + other.name + " ("
                    + kind + ", id " + target + "): merge this one into it instead (POST /api/v1/speakers/"
                    + speakerId + "/merge with {\"into\": " + target + "}).");
        }
        speaker.name = name;
        speaker.nameKey = key;
        speaker.kind = kind;
        speakers.flush();
        record(
                CorrectionAction.SPEAKER_CORRECTED,
                by,
                null,
                null,
                speakerId,
                null,
                "Speaker " + before.name() + " (" + before.kind() + ") is now " + name + " (" + kind + ")",
                write(before),
                write(SpeakerState.of(speaker)));
        return SpeakerEntityView.of(speaker);
    }

    /**
     * The speaker a form names: by id, or by name (of any kind, the most quoted first); a merged one stands for its
     * target.
     */
    @Transactional
    public long speakerIdByNameOrId(String nameOrId) {
        if (nameOrId == null) {
            throw new InvalidInputException("into", "name the speaker to merge into");
        }
        String value = nameOrId.strip();
        if (value.matches("\\d{1,18}")) {
            SpeakerEntity speaker = speakers.findByIdOptional(Long.parseLong(value))
                    .orElseThrow(() -> CorrectionRefusedException.notFound("No speaker with id " + value + "."));
            return speaker.mergedInto != null ? speaker.mergedInto : speaker.id;
        }
        String key = ColumnWidths.cut(SpeakerNames.key(value), ColumnWidths.LABEL);
        return speakers.findByKeys(List.of(key)).stream()
                .map(s -> s.mergedInto != null ? s.mergedInto : s.id)
                .findFirst()
                .orElseThrow(() -> CorrectionRefusedException.notFound("No speaker called " + value + "."));
    }

    /** Merges a speaker into another: every quote follows, and the merged name stays as an alias. */
    @Transactional
    public SpeakerEntityView merge(long speakerId, long intoId, String by) {
        if (speakerId == intoId) {
            throw new InvalidInputException("into", "a speaker cannot be merged into itself");
        }
        SpeakerEntity source = ownSpeaker(speakerId);
        SpeakerEntity target = ownSpeaker(intoId);
        SpeakerState before = SpeakerState.of(source);
        List<Long> moved = quotes.moveSpeaker(speakerId, intoId);
        List<Long> aliases = speakers.aliasesOf(speakerId);
        speakers.repointAliases(speakerId, intoId);
        source = speakers.findById(speakerId);
        source.mergedInto = intoId;
        speakers.flush();
        Moved after = new Moved(intoId, moved, aliases, false);
        CorrectionEntity entry = record(
                CorrectionAction.SPEAKER_MERGED,
                by,
                null,
                null,
                speakerId,
                intoId,
                "Merged " + before.name() + " into " + target.name + " (" + moved.size() + " quotations)",
                write(before),
                write(after));
        return SpeakerEntityView.of(speakers.findById(intoId), entry.id);
    }

    /** Moves some of a speaker's quotes to another speaker (found or created by name), undoing a wrong merge. */
    @Transactional
    public SpeakerEntityView split(long speakerId, SpeakerSplit split, String by) {
        SpeakerEntity source = ownSpeaker(speakerId);
        if (split.quotes() == null || split.quotes().isEmpty()) {
            throw new InvalidInputException("quotes", "name at least one of the speaker's quotations");
        }
        if (split.quotes().size() > MAX_SPLIT_QUOTES) {
            throw new InvalidInputException("quotes", "at most " + MAX_SPLIT_QUOTES + " quotations per split");
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(split.quotes()));
        for (Long id : ids) {
            QuoteEntity quote = id == null ? null : quotes.findById(id);
            if (quote == null || quote.speaker == null || !quote.speaker.id.equals(speakerId)) {
                throw new InvalidInputException("quotes", "quotation " + id + " is not one of this speaker's");
            }
        }
        String name = label("name", split.name());
        if (name == null) {
            throw new InvalidInputException("name", "is required");
        }
        SpeakerKind kind = split.kind() == null ? source.kind : split.kind();
        boolean existed = registryHas(name, kind);
        long toId =
                registry.resolve(name, kind).orElseThrow(() -> new InvalidInputException("name", "must have letters"));
        if (toId == speakerId) {
            throw new InvalidInputException("name", "names the speaker being split");
        }
        quotes.moveQuotes(ids, toId);
        SpeakerEntity to = speakers.findById(toId);
        for (Long id : ids) {
            QuoteEntity quote = quotes.findById(id);
            quote.speakerName = to.name;
        }
        quotes.flush();
        CorrectionEntity entry = record(
                CorrectionAction.SPEAKER_SPLIT,
                by,
                null,
                null,
                speakerId,
                toId,
                "Moved " + ids.size() + " quotation(s) of " + source.name + " to " + to.name,
                null,
                write(new Moved(toId, ids, List.of(), !existed)));
        return SpeakerEntityView.of(to, entry.id);
    }

    // ---- articles

    /** Deletes an article with its quotes; it can be restored until the retention window ends. */
    @Transactional
    public Correction deleteArticle(long articleId, String by) {
        return view(record(
                CorrectionAction.ARTICLE_DELETED, by, articleId, null, null, null, delete(articleId, by), null, null));
    }

    /** Restores a deleted article with the quotes it had. */
    @Transactional
    public Correction restoreArticle(long articleId, String by) {
        return view(record(
                CorrectionAction.ARTICLE_RESTORED, by, articleId, null, null, null, restore(articleId), null, null));
    }

    /** Deletes a live article; returns what happened, in words. */
    private String delete(long articleId, String by) {
        liveArticle(articleId);
        OffsetDateTime at = now();
        int quoteCount = removals.removeArticleQuotes(articleId, at, by);
        ArticleEntity article = articles.findById(articleId);
        article.deletedAt = at;
        article.deletedBy = ColumnWidths.cut(by, ColumnWidths.SUBMITTED_BY);
        article.claimedUntil = null;
        articles.flush();
        return "Deleted article " + titleOf(article) + " with " + quoteCount + " quotation(s); restorable until "
                + at.plus(config.deletion().retention()).toLocalDate();
    }

    /** Restores a deleted article; returns what happened, in words. */
    private String restore(long articleId) {
        ArticleEntity article = articles.findByIdOptional(articleId)
                .orElseThrow(() -> CorrectionRefusedException.notFound(
                        "No article with id " + articleId + " (a deletion past its retention window is final)."));
        if (article.deletedAt == null) {
            throw CorrectionRefusedException.conflict("Article " + articleId + " is not deleted.");
        }
        article.deletedAt = null;
        article.deletedBy = null;
        articles.flush();
        int quoteCount = removals.restoreArticleQuotes(articleId);
        afterQuotesChanged(articleId);
        return "Restored article " + titleOf(articles.findById(articleId)) + " with " + quoteCount + " quotation(s)";
    }

    /** When the article was deleted, if it was and can still be restored. */
    @Transactional
    public Optional<OffsetDateTime> deletedAt(long articleId) {
        return articles.findByIdOptional(articleId).map(a -> a.deletedAt);
    }

    /** Purges articles deleted longer ago than the retention window; returns how many. */
    @Transactional
    public int purgeExpired(int limit) {
        List<Long> expired =
                articles.deletedBefore(now().minus(config.deletion().retention()), limit);
        expired.forEach(articles::deleteById);
        return expired.size();
    }

    // ---- training data

    /** Ids of the live articles with a quote people reviewed, corrected, added or rejected, oldest first. */
    @Transactional
    public List<Long> correctedArticleIds() {
        return articles.withDecisions();
    }

    /** One article of the training corpus, as a JSON line; empty when it is gone meanwhile. */
    @Transactional
    public Optional<String> trainingLine(long articleId) {
        return articles.findLive(articleId)
                .map(article -> write(TrainingArticles.article(
                        article.id,
                        article.text,
                        article.title,
                        article.source,
                        article.publishedAt == null
                                ? null
                                : article.publishedAt.toLocalDate().toString(),
                        article.canonicalUrl,
                        quotes.listByArticle(articleId).stream()
                                .map(mapper::toStoredQuote)
                                .toList())));
    }

    // ---- the log

    /** The log, newest first, of an article, a quote or a speaker (any of them may be null: all changes). */
    @Transactional
    public PageOf<Correction> history(Long articleId, Long quoteId, Long speakerId, int page, int size) {
        List<Correction> items = log.page(articleId, quoteId, speakerId, page, size).stream()
                .map(CorrectionService::view)
                .toList();
        return PageOf.of(items, page, size, log.count(articleId, quoteId, speakerId));
    }

    /**
     * Undoes a change, if what it changed is still as it left it (else the later change must be undone first); the
     * undo is itself a change in the log.
     */
    @Transactional
    public Correction undo(long correctionId, String by) {
        CorrectionEntity done = log.findByIdOptional(correctionId)
                .orElseThrow(() -> CorrectionRefusedException.notFound("No change with id " + correctionId + "."));
        if (done.action == CorrectionAction.UNDO) {
            throw CorrectionRefusedException.conflict("An undo cannot be undone: make the change again.");
        }
        if (done.undoneBy != null) {
            throw CorrectionRefusedException.conflict(
                    "Change " + correctionId + " was already undone by change " + done.undoneBy + ".");
        }
        switch (done.action) {
            case QUOTE_REVIEWED, QUOTE_CORRECTED -> {
                QuoteState before = read(done.before, QuoteState.class);
                QuoteState after = read(done.after, QuoteState.class);
                QuoteEntity quote = unchangedQuote(done.quoteId, after.version());
                if (before.start() != quote.startOffset || before.end() != quote.endOffset) {
                    refuseOverlap(quote.article.id, before.start(), before.end(), quote.id);
                }
                before.applyTo(quote, before.speakerId() == null ? null : speakerOrItsMerge(before.speakerId()));
                quotes.flush();
                afterQuotesChanged(quote.article.id);
            }
            case QUOTE_ADDED -> {
                QuoteState after = read(done.after, QuoteState.class);
                QuoteEntity quote = unchangedQuote(done.quoteId, after.version());
                long articleId = quote.article.id;
                quotes.delete(quote);
                quotes.flush();
                afterQuotesChanged(articleId);
            }
            case QUOTE_REJECTED -> {
                liveArticle(done.articleId);
                if (!removals.isRemoved(done.quoteId, QuoteRemovals.Removal.REJECTED)) {
                    throw CorrectionRefusedException.conflict("The quotation is no longer set aside.");
                }
                QuoteState before = read(done.before, QuoteState.class);
                refuseOverlap(done.articleId, before.start(), before.end(), null);
                removals.restoreQuote(done.quoteId);
                afterQuotesChanged(done.articleId);
            }
            case SPEAKER_CORRECTED -> {
                SpeakerState before = read(done.before, SpeakerState.class);
                SpeakerState after = read(done.after, SpeakerState.class);
                SpeakerEntity speaker = speakers.findByIdOptional(done.speakerId)
                        .orElseThrow(() -> CorrectionRefusedException.notFound("The speaker is gone."));
                if (speaker.version != after.version()) {
                    throw changedSince("The speaker");
                }
                if (speakers.findByKey(before.nameKey(), before.kind())
                        .filter(other -> !other.id.equals(speaker.id))
                        .isPresent()) {
                    throw CorrectionRefusedException.conflict(
                            "Another speaker is called " + before.name() + " (" + before.kind() + ") now.");
                }
                speaker.name = before.name();
                speaker.nameKey = before.nameKey();
                speaker.kind = before.kind();
            }
            case SPEAKER_MERGED -> {
                Moved after = read(done.after, Moved.class);
                SpeakerEntity source = speakers.findById(done.speakerId);
                if (source.mergedInto == null || source.mergedInto != after.to()) {
                    throw changedSince("The merged speaker");
                }
                quotes.moveQuotes(quotes.stillWith(after.quotes(), after.to()), done.speakerId);
                speakers.repointAliases(after.to(), after.aliases(), done.speakerId);
                source = speakers.findById(done.speakerId);
                source.mergedInto = null;
            }
            case SPEAKER_SPLIT -> {
                Moved after = read(done.after, Moved.class);
                ownSpeaker(done.speakerId);
                List<Long> back = quotes.stillWith(after.quotes(), after.to());
                quotes.moveQuotes(back, done.speakerId);
                String name = speakers.findById(done.speakerId).name;
                for (Long id : back) {
                    quotes.findById(id).speakerName = name;
                }
            }
            case ARTICLE_DELETED -> restore(done.articleId);
            case ARTICLE_RESTORED -> delete(done.articleId, by);
            case UNDO -> throw new IllegalStateException("handled above");
        }
        CorrectionEntity undo = record(
                CorrectionAction.UNDO,
                by,
                done.articleId,
                done.quoteId,
                done.speakerId,
                done.otherSpeakerId,
                "Undid: " + done.summary,
                done.after,
                done.before);
        undo.undoOf = done.id;
        done = log.findById(correctionId);
        done.undoneBy = undo.id;
        return view(undo);
    }

    // ---- helpers

    /** A speaker as the API shows it after a change, with the log entry to undo it by. */
    @Schema(
            name = "SpeakerRevision",
            description = "A speaker after a change: its revision (ETag), and for a merge "
                    + "or a split the log entry to undo it by.")
    public record SpeakerEntityView(
            long id, String name, SpeakerKind kind, long version, Long mergedInto, Long correctionId) {
        static SpeakerEntityView of(SpeakerEntity speaker) {
            return of(speaker, null);
        }

        static SpeakerEntityView of(SpeakerEntity speaker, Long correctionId) {
            return new SpeakerEntityView(
                    speaker.id, speaker.name, speaker.kind, speaker.version, speaker.mergedInto, correctionId);
        }
    }

    /** The current revision of a speaker, for its ETag. */
    @Transactional
    public Optional<SpeakerEntityView> speaker(long speakerId) {
        return speakers.findByIdOptional(speakerId).map(SpeakerEntityView::of);
    }

    record SpeakerState(String name, String nameKey, SpeakerKind kind, Long mergedInto, long version) {
        static SpeakerState of(SpeakerEntity s) {
            return new SpeakerState(s.name, s.nameKey, s.kind, s.mergedInto, s.version);
        }
    }

    /** Quotes moved to a speaker by a merge or a split, the aliases a merge repointed, and whether it was new. */
    record Moved(long to, List<Long> quotes, List<Long> aliases, boolean created) {}

    private QuoteEntity liveQuote(long quoteId) {
        QuoteEntity quote = quotes.findByIdOptional(quoteId)
                .orElseThrow(() -> CorrectionRefusedException.notFound("No quotation with id " + quoteId + "."));
        if (quote.article.deletedAt != null) {
            throw CorrectionRefusedException.notFound("No quotation with id " + quoteId + ".");
        }
        return quote;
    }

    private QuoteEntity currentQuote(long quoteId, long revision) {
        QuoteEntity quote = liveQuote(quoteId);
        if (quote.version != revision) {
            throw CorrectionRefusedException.stale("Quotation " + quoteId, revision, quote.version);
        }
        return quote;
    }

    private QuoteEntity unchangedQuote(Long quoteId, long revision) {
        QuoteEntity quote = quoteId == null ? null : quotes.findById(quoteId);
        if (quote == null || quote.article.deletedAt != null) {
            throw CorrectionRefusedException.conflict("The quotation is gone.");
        }
        if (quote.version != revision) {
            throw changedSince("The quotation");
        }
        return quote;
    }

    private static CorrectionRefusedException changedSince(String what) {
        return CorrectionRefusedException.conflict(
                what + " has changed since: undo the later change first (see its history).");
    }

    private SpeakerEntity currentSpeaker(long speakerId, long revision) {
        SpeakerEntity speaker = ownSpeaker(speakerId);
        if (speaker.version != revision) {
            throw CorrectionRefusedException.stale("Speaker " + speakerId, revision, speaker.version);
        }
        return speaker;
    }

    /** A speaker in its own right (not merged into another). */
    private SpeakerEntity ownSpeaker(long speakerId) {
        SpeakerEntity speaker = speakers.findByIdOptional(speakerId)
                .orElseThrow(() -> CorrectionRefusedException.notFound("No speaker with id " + speakerId + "."));
        if (speaker.mergedInto != null) {
            throw CorrectionRefusedException.conflict(
                    speaker.name + " was merged into speaker " + speaker.mergedInto + ": correct that one.");
        }
        return speaker;
    }

    private SpeakerEntity speakerOrItsMerge(long speakerId) {
        SpeakerEntity speaker = speakers.findById(speakerId);
        return speaker != null && speaker.mergedInto != null ? speakers.findById(speaker.mergedInto) : speaker;
    }

    private ArticleEntity liveArticle(Long articleId) {
        ArticleEntity article = articleId == null ? null : articles.findById(articleId);
        if (article == null) {
            throw CorrectionRefusedException.notFound("No article with id " + articleId + ".");
        }
        if (article.deletedAt != null) {
            throw new CorrectionRefusedException(
                    CorrectionRefusedException.Reason.GONE,
                    "Article " + articleId + " was deleted; restore it first (POST /api/v1/articles/" + articleId
                            + "/restore).");
        }
        return article;
    }

    /** The speaker a correction names: by id (a merged one stands for its target), by name, or none. */
    private SpeakerEntity speakerNamed(Long speakerId, String name, SpeakerKind kind) {
        if (speakerId != null && name != null) {
            throw new InvalidInputException("speaker", "name the speaker by speakerId or by speaker, not both");
        }
        if (speakerId != null) {
            SpeakerEntity speaker = speakers.findByIdOptional(speakerId)
                    .orElseThrow(() -> new InvalidInputException("speakerId", "no speaker with id " + speakerId));
            return speaker.mergedInto != null ? speakers.findById(speaker.mergedInto) : speaker;
        }
        if (name == null) {
            return null;
        }
        String display = label("speaker", name);
        if (display == null) {
            throw new InvalidInputException("speaker", "must have letters");
        }
        long id = registry.resolve(display, kind == null ? SpeakerKind.PERSON : kind)
                .orElseThrow(() -> new InvalidInputException("speaker", "must have letters"));
        return speakers.findById(id);
    }

    private boolean registryHas(String name, SpeakerKind kind) {
        return speakers.findByKey(ColumnWidths.cut(SpeakerNames.key(name), ColumnWidths.LABEL), kind)
                .isPresent();
    }

    /** A new speaker: what the article said of the old one (mention, role and affiliation evidence) no longer holds. */
    private static void setSpeaker(QuoteEntity quote, SpeakerEntity speaker) {
        quote.speaker = speaker;
        quote.speakerName = speaker == null ? null : speaker.name;
        quote.mentionText = null;
        quote.mentionStart = null;
        quote.mentionEnd = null;
        if (speaker == null) {
            quote.role = null;
            quote.affiliation = null;
        }
        quote.roleEvidence = null;
        quote.roleStart = null;
        quote.roleEnd = null;
        quote.affiliationEvidence = null;
        quote.affiliationStart = null;
        quote.affiliationEnd = null;
        // what the article stated of the old speaker says nothing of the new one: its kind is all that is known
        quote.gender = speaker == null ? null : Gender.UNKNOWN;
        quote.genderEvidence = null;
        quote.sourceKind = speaker == null ? null : sourceKindOf(speaker.kind);
        quote.roleClass = null;
    }

    /** The source kind a person's choice of speaker kind stands for. */
    static SourceKind sourceKindOf(SpeakerKind kind) {
        return switch (kind) {
            case PERSON, GROUP -> SourceKind.PERSON;
            case ORGANIZATION -> SourceKind.ORGANISATION;
            case ANONYMOUS -> SourceKind.ANONYMOUS;
            case UNKNOWN -> SourceKind.UNKNOWN;
        };
    }

    /** A label from outside, trimmed and bounded; null when empty (which removes it). */
    private static String label(String field, String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > ColumnWidths.LABEL) {
            throw new InvalidInputException(field, "must be at most " + ColumnWidths.LABEL + " characters");
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidInputException(field, "must be one line of text");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static void checkSpan(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new InvalidInputException(
                    "start",
                    "start and end must satisfy 0 <= start < end <= " + text.length() + " (the text's length)");
        }
        if (end - start > MAX_QUOTE_CHARS) {
            throw new InvalidInputException("end", "a quotation is at most " + MAX_QUOTE_CHARS + " characters");
        }
        if (Character.isLowSurrogate(text.charAt(start))
                || (end < text.length() && Character.isLowSurrogate(text.charAt(end)))) {
            throw new InvalidInputException("start", "start and end must not split a character");
        }
        if (text.substring(start, end).isBlank()) {
            throw new InvalidInputException("start", "the span holds no words");
        }
    }

    /** A span without the spaces a selection often takes along at either end (checkSpan made sure words remain). */
    static int[] trimmed(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    private void refuseOverlap(long articleId, int start, int end, Long except) {
        for (QuoteEntity other : quotes.listByArticle(articleId)) {
            if ((except == null || !other.id.equals(except))
                    && Math.min(end, other.endOffset) > Math.max(start, other.startOffset)) {
                throw CorrectionRefusedException.conflict("The span " + start + "–" + end + " overlaps quotation "
                        + other.id + " (" + other.startOffset + "–" + other.endOffset + "): correct that one.");
            }
        }
    }

    private String fragments(String text, int start, int end) {
        return mapper.writeJson(List.of(new Span(text, start, end)));
    }

    /** DIRECT when the words are all inside quotation marks, MIXED when some are, else INDIRECT. */
    static QuoteType typeByMarks(String text) {
        String marks = "\"“”«»„";
        String trimmed = text.strip();
        boolean opens = !trimmed.isEmpty() && marks.indexOf(trimmed.charAt(0)) >= 0;
        boolean closes = trimmed.length() > 1 && marks.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
        long inside = trimmed.chars().filter(c -> marks.indexOf(c) >= 0).count();
        if (opens && closes && inside == 2) {
            return QuoteType.DIRECT;
        }
        return inside > 0 ? QuoteType.MIXED : QuoteType.INDIRECT;
    }

    /** Quotes changed in number, kind or place: positions in text order, merged speakers followed, counts kept. */
    private void afterQuotesChanged(long articleId) {
        quotes.followMerges(articleId);
        quotes.renumber(articleId);
        articles.recount(articleId);
    }

    private CorrectionEntity record(
            CorrectionAction action,
            String by,
            QuoteEntity quote,
            Long otherSpeakerId,
            String summary,
            QuoteState before,
            QuoteState after) {
        return record(
                action,
                by,
                quote.article.id,
                quote.id,
                quote.speaker == null ? null : quote.speaker.id,
                otherSpeakerId,
                summary,
                before == null ? null : write(before),
                after == null ? null : write(after));
    }

    private CorrectionEntity record(
            CorrectionAction action,
            String by,
            Long articleId,
            Long quoteId,
            Long speakerId,
            Long otherSpeakerId,
            String summary,
            Object before,
            Object after) {
        CorrectionEntity entry = new CorrectionEntity();
        entry.madeAt = now();
        entry.madeBy = ColumnWidths.cut(by, ColumnWidths.SUBMITTED_BY);
        entry.action = action;
        entry.articleId = articleId;
        entry.quoteId = quoteId;
        entry.speakerId = speakerId;
        entry.otherSpeakerId = otherSpeakerId;
        entry.summary = ColumnWidths.cut(summary, ColumnWidths.SUMMARY);
        entry.before = before == null ? null : before instanceof String s ? s : write(before);
        entry.after = after == null ? null : after instanceof String s ? s : write(after);
        log.persistAndFlush(entry);
        return entry;
    }

    static Correction view(CorrectionEntity c) {
        return new Correction(
                c.id,
                c.madeAt,
                c.madeBy,
                c.action,
                c.articleId,
                c.quoteId,
                c.speakerId,
                c.otherSpeakerId,
                c.summary,
                c.before,
                c.after,
                c.undoOf,
                c.undoneBy);
    }

    private static String describe(QuoteEntity quote) {
        String text = quote.text.length() > 80 ? quote.text.substring(0, 79) + "…" : quote.text;
        return "“" + text.strip() + "”" + (quote.speaker == null ? "" : " (" + quote.speakerName + ")");
    }

    private static String titleOf(ArticleEntity article) {
        return article.title == null ? String.valueOf(article.id) : "“" + article.title + "”";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the log holds an unreadable " + type.getSimpleName(), e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

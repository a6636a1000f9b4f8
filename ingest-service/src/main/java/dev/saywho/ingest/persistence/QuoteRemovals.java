package dev.saywho.ingest.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Moves quote rows between the quote table and removed_quote, whole and with their ids, so that a quote marked "not
 * a quotation" or the quotes of a deleted article can be put back exactly as they were. Queries of the quote table
 * (search, statistics, speaker counts) never see removed quotes, without a condition of their own.
 */
@ApplicationScoped
public class QuoteRemovals {

    /** Why a quote was taken out. */
    public enum Removal {
        /** Its article was deleted; restoring the article puts it back. */
        ARTICLE_DELETED,
        /** A person said it is not a quotation; re-attribution leaves its span alone. */
        REJECTED
    }

    /**
     * Every column of the quote table, in one list for both directions; {@code QuoteRemovalsTest} holds it to the
     * table, so a migration that adds a column to quote must add it here and to removed_quote.
     */
    public static final List<String> QUOTE_COLUMNS = List.of(
            "id",
            "article_id",
            "position",
            "text",
            "start_offset",
            "end_offset",
            "type",
            "fragments",
            "cue_text",
            "cue_start",
            "cue_end",
            "speaker_id",
            "speaker_name",
            "mention_text",
            "mention_start",
            "mention_end",
            "role",
            "affiliation",
            "confidence",
            "sieve",
            "engine_version",
            "rule",
            "role_evidence",
            "role_start",
            "role_end",
            "affiliation_evidence",
            "affiliation_start",
            "affiliation_end",
            "version",
            "review_state",
            "reviewed_by",
            "reviewed_at",
            "engine_note",
            "gender",
            "gender_evidence",
            "source_kind",
            "role_class");

    private static final String COLUMNS = String.join(", ", QUOTE_COLUMNS);

    private final EntityManager em;

    public QuoteRemovals(EntityManager em) {
        this.em = em;
    }

    /** Takes one quote out; returns false when there is no such quote. */
    public boolean removeQuote(long quoteId, Removal removal, OffsetDateTime at, String by) {
        return moveOut("id = :key", quoteId, removal, at, by) == 1;
    }

    /** Takes out every quote of an article; returns how many. */
    public int removeArticleQuotes(long articleId, OffsetDateTime at, String by) {
        return moveOut("article_id = :key", articleId, Removal.ARTICLE_DELETED, at, by);
    }

    /**
     * Puts back one removed quote at a free position (positions are renumbered by {@link
     * QuoteRepository#renumber}); returns false when there is no such removed quote.
     */
    public boolean restoreQuote(long quoteId) {
        return moveBack(COLUMNS.replace("position", "-id"), "id = :key", quoteId, null) == 1;
    }

    /** Puts back the quotes a deletion took out of an article; returns how many. */
    public int restoreArticleQuotes(long articleId) {
        return moveBack(COLUMNS, "article_id = :key and removal = :removal", articleId, Removal.ARTICLE_DELETED);
    }

    /** Moves the quote rows that {@code condition} selects (with {@code :key}) into removed_quote. */
    private int moveOut(String condition, long key, Removal removal, OffsetDateTime at, String by) {
        em.flush();
        int moved = em.createNativeQuery("insert into removed_quote (" + COLUMNS
                        + ", removal, removed_at, removed_by) select " + COLUMNS
                        + ", :removal, :at, :by from quote where " + condition)
                .setParameter("removal", removal.name())
                .setParameter("at", at)
                .setParameter("by", by)
                .setParameter("key", key)
                .executeUpdate();
        em.createNativeQuery("delete from quote where " + condition)
                .setParameter("key", key)
                .executeUpdate();
        em.clear();
        return moved;
    }

    /**
     * Moves the removed_quote rows that {@code condition} selects (with {@code :key}, and {@code :removal} when
     * given) back into quote, their columns read as {@code selected} lists them.
     */
    private int moveBack(String selected, String condition, long key, Removal removal) {
        em.flush();
        var insert = em.createNativeQuery("insert into quote (" + COLUMNS + ") select " + selected
                        + " from removed_quote where " + condition)
                .setParameter("key", key);
        var delete = em.createNativeQuery("delete from removed_quote where " + condition)
                .setParameter("key", key);
        if (removal != null) {
            insert.setParameter("removal", removal.name());
            delete.setParameter("removal", removal.name());
        }
        int moved = insert.executeUpdate();
        delete.executeUpdate();
        em.clear();
        return moved;
    }

    /** A span a person rejected, which re-attribution must not fill again. */
    public record RejectedSpan(long quoteId, int start, int end) {}

    /** The spans of an article's quotes marked "not a quotation". */
    public List<RejectedSpan> rejectedSpans(long articleId) {
        List<?> rows = em.createNativeQuery("select id, start_offset, end_offset from removed_quote "
                        + "where article_id = :article and removal = :removal order by start_offset")
                .setParameter("article", articleId)
                .setParameter("removal", Removal.REJECTED.name())
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new RejectedSpan(
                        ((Number) r[0]).longValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue()))
                .toList();
    }

    /** Whether an article has a removed quote with this id and removal. */
    public boolean isRemoved(long quoteId, Removal removal) {
        return ((Number) em.createNativeQuery(
                                        "select count(*) from removed_quote where id = :id and removal = :removal")
                                .setParameter("id", quoteId)
                                .setParameter("removal", removal.name())
                                .getSingleResult())
                        .longValue()
                > 0;
    }
}

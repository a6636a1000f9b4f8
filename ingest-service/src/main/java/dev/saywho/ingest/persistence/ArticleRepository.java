package dev.saywho.ingest.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import dev.saywho.common.ArticleSort;
import dev.saywho.common.AttributionStatus;
import dev.saywho.common.SortDirection;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Articles: identity look-ups for deduplication, listing, and claiming PENDING articles for retry. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<ArticleEntity> {

    /** The stored article with the same external id, canonical URL or content hash, if any (in that order). */
    public Optional<ArticleEntity> findDuplicate(String externalId, String canonicalUrl, String contentHash) {
        if (externalId != null) {
            Optional<ArticleEntity> byExternalId =
                    find("externalId", externalId).firstResultOptional();
            if (byExternalId.isPresent()) {
                return byExternalId;
            }
        }
        if (canonicalUrl != null) {
            Optional<ArticleEntity> byUrl = find("canonicalUrl", canonicalUrl).firstResultOptional();
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        return find("contentHash", contentHash).firstResultOptional();
    }

    /**
     * One page of articles, optionally of one source and one status, sorted in the database by {@code sort} in {@code
     * direction}; articles without the sorted value come last either way, and ties keep the order of their ids.
     */
    public List<ArticleEntity> listPage(
            String source, AttributionStatus status, ArticleSort sort, SortDirection direction, int page, int size) {
        Filter filter = Filter.of(source, status);
        TypedQuery<ArticleEntity> query = getEntityManager()
                .createQuery(
                        "from ArticleEntity where " + filter.query() + " order by " + orderBy(sort, direction),
                        ArticleEntity.class);
        filter.parameters().forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** The ORDER BY of a closed set of sorts: no text from the request reaches the query. */
    private static String orderBy(ArticleSort sort, SortDirection direction) {
        String way = direction == SortDirection.ASC ? " asc" : " desc";
        return switch (sort) {
            case CREATED -> "id" + way;
            case PUBLISHED -> "publishedAt" + way + " nulls last, id";
            case TITLE -> "lower(title)" + way + " nulls last, id";
            case SOURCE -> "lower(source)" + way + " nulls last, id";
            // the counts the article carries (migration common/V4), kept with its quotes
            case QUOTES -> "(directQuotes + indirectQuotes + mixedQuotes)" + way + ", id";
        };
    }

    /** Number of articles, optionally of one source and one status. */
    public long countBy(String source, AttributionStatus status) {
        Filter filter = Filter.of(source, status);
        return count(filter.query(), filter.parameters());
    }

    /** Number of articles in a status. */
    public long countByStatus(AttributionStatus status) {
        return count("status = ?1 and deletedAt is null", status);
    }

    private record Filter(String query, Map<String, Object> parameters) {

        static Filter of(String source, AttributionStatus status) {
            List<String> conditions = new ArrayList<>();
            conditions.add("deletedAt is null");
            Map<String, Object> parameters = new HashMap<>();
            if (source != null) {
                conditions.add("lower(source) = lower(:source)");
                parameters.put("source", source);
            }
            if (status != null) {
                conditions.add("status = :status");
                parameters.put("status", status);
            }
            return new Filter(String.join(" and ", conditions), parameters);
        }
    }

    /**
     * Counts an article's stored quotes again (after an attribution, or people added, removed or changed some): of each
     * type (migration V4), and those with a source profile by kind, gender and role class (V11, {@link
     * ProfileCountColumns}). The dashboard and the source figures read these instead of the quotes; the entity does not
     * map the V11 counts, so a stale entity can never write them back.
     */
    public void recount(long articleId) {
        StringBuilder set = new StringBuilder()
                .append("direct_quotes = ")
                .append(count("q.type = 'DIRECT'"))
                .append(", indirect_quotes = ")
                .append(count("q.type = 'INDIRECT'"))
                .append(", mixed_quotes = ")
                .append(count("q.type = 'MIXED'"));
        for (ProfileCountColumns.Column column : ProfileCountColumns.ALL) {
            set.append(", ").append(column.name()).append(" = ").append(count(column.condition()));
        }
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery("update article set " + set + " where id = :id")
                .setParameter("id", articleId)
                .executeUpdate();
        getEntityManager().clear();
    }

    private static String count(String condition) {
        return "(select count(*) from quote q where q.article_id = article.id and " + condition + ")";
    }

    /** Ids of live articles with a quote people reviewed, corrected or added, or one they rejected; oldest first. */
    public List<Long> withDecisions() {
        List<?> ids = getEntityManager()
                .createNativeQuery("select a.id from article a where a.deleted_at is null and (exists (select 1 from "
                        + "quote q where q.article_id = a.id and q.review_state is not null) or exists (select 1 from "
                        + "removed_quote r where r.article_id = a.id and r.removal = 'REJECTED')) order by a.id")
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The live (not deleted) article with this id. */
    public Optional<ArticleEntity> findLive(long id) {
        return findByIdOptional(id).filter(a -> a.deletedAt == null);
    }

    /** Ids of articles deleted before {@code cutoff}, oldest first: past the retention window. */
    public List<Long> deletedBefore(OffsetDateTime cutoff, int limit) {
        return getEntityManager()
                .createQuery(
                        "select a.id from ArticleEntity a where a.deletedAt < :cutoff order by a.deletedAt", Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Number of quotes per article id. */
    public Map<Long, Long> quoteCounts(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select q.article.id, count(q) from QuoteEntity q where q.article.id in :ids group by "
                                + "q.article.id",
                        Object[].class)
                .setParameter("ids", articleIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Runs a query that reads the article table's index and finds nothing; throws when the table cannot be read. */
    public void probe(int timeoutSeconds) {
        getEntityManager()
                .createQuery("select count(a.id) from ArticleEntity a where a.id = -1", Long.class)
                .setHint("jakarta.persistence.query.timeout", timeoutSeconds * 1000)
                .getSingleResult();
    }

    /** Ids of PENDING articles whose next attempt is due, oldest first. */
    public List<Long> findDuePendingIds(OffsetDateTime now, int limit) {
        return getEntityManager()
                .createQuery(
                        "select a.id from ArticleEntity a where a.status = :pending and a.deletedAt is null "
                                + "and (a.nextAttemptAt is null or a.nextAttemptAt <= :now) order by a.id",
                        Long.class)
                .setParameter("pending", AttributionStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims a due PENDING article for one attempt by moving its next attempt to {@code leaseUntil}.
     * The conditional UPDATE is atomic on every database, so of two replicas racing for a row exactly one wins.
     *
     * @return whether this caller now owns the attempt
     */
    public boolean claim(long id, OffsetDateTime now, OffsetDateTime leaseUntil) {
        int updated = update(
                "nextAttemptAt = :leaseUntil, claimedUntil = :leaseUntil, attempts = attempts + 1 where id = :id "
                        + "and status = :pending and deletedAt is null "
                        + "and (nextAttemptAt is null or nextAttemptAt <= :now) "
                        + "and (claimedUntil is null or claimedUntil <= :now)",
                Map.of("leaseUntil", leaseUntil, "id", id, "pending", AttributionStatus.PENDING, "now", now));
        return updated == 1;
    }

    /**
     * Claims an article, whatever its status, for a re-attribution until {@code leaseUntil}, unless another attempt
     * owns it now; atomic like {@link #claim}.
     *
     * @return whether this caller now owns the attempt
     */
    public boolean claimAny(long id, OffsetDateTime now, OffsetDateTime leaseUntil) {
        int updated = update(
                "claimedUntil = :leaseUntil where id = :id and deletedAt is null "
                        + "and (claimedUntil is null or claimedUntil <= :now)",
                Map.of("leaseUntil", leaseUntil, "id", id, "now", now));
        return updated == 1;
    }

    /** Gives up the claim on an article (its attempt ended without recording anything). */
    public void release(long id) {
        update("claimedUntil = null where id = ?1", id);
    }

    /**
     * The article, its row locked until the transaction ends, so that two attributions are recorded one by one. Plain
     * {@code FOR UPDATE}: Hibernate's PostgreSQL lock clause ({@code FOR NO KEY UPDATE}) is one H2 does not know.
     */
    public Optional<ArticleEntity> findForUpdate(long id) {
        List<?> locked = getEntityManager()
                .createNativeQuery("select id from article where id = :id for update")
                .setParameter("id", id)
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(id);
    }
}

package dev.saywho.ingest.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.saywho.ingest.config.IngestConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Quotes: per article, and the filtered search behind the query and export API. */
@ApplicationScoped
public class QuoteRepository implements PanacheRepository<QuoteEntity> {

    private static final String QUERY_TIMEOUT = "jakarta.persistence.query.timeout";

    private final AgroalDataSource dataSource;
    /** Statement timeout of a search, in milliseconds (saywho.ingest.query.search-timeout). */
    private final int searchTimeoutMillis;

    private volatile DatabaseVendor vendor;

    @Inject
    public QuoteRepository(AgroalDataSource dataSource, IngestConfig config) {
        this.dataSource = dataSource;
        this.searchTimeoutMillis =
                (int) Math.min(Integer.MAX_VALUE, config.query().searchTimeout().toMillis());
    }

    /** The quotes of one article in text order, with their speakers. */
    public List<QuoteEntity> listByArticle(long articleId) {
        return find(
                        "from QuoteEntity q left join fetch q.speaker where q.article.id = ?1 order by q.position",
                        articleId)
                .list();
    }

    /** Removes every quote of an article (before storing a new attribution). */
    public long deleteByArticle(long articleId) {
        return delete("article.id", articleId);
    }

    /** Removes the quotes of an article that no person has reviewed, corrected or added (before a new attribution). */
    public long deleteUnreviewed(long articleId) {
        return delete("article.id = ?1 and reviewState is null", articleId);
    }

    /**
     * Numbers an article's quotes 0, 1, … in text order. Two steps, since positions are unique per article: first
     * each to minus its id (free, as ids are positive), then to its place.
     */
    public void renumber(long articleId) {
        EntityManager em = getEntityManager();
        em.flush();
        em.createNativeQuery("update quote set position = -id where article_id = :article")
                .setParameter("article", articleId)
                .executeUpdate();
        List<?> ids = em.createNativeQuery(
                        "select id from quote where article_id = :article order by start_offset, end_offset, id")
                .setParameter("article", articleId)
                .getResultList();
        int position = 0;
        for (Object id : ids) {
            em.createNativeQuery("update quote set position = :position where id = :id")
                    .setParameter("position", position++)
                    .setParameter("id", ((Number) id).longValue())
                    .executeUpdate();
        }
        em.clear();
    }

    /** Points an article's quotes whose speaker has been merged since at the speaker it was merged into. */
    public void followMerges(long articleId) {
        getEntityManager()
                .createNativeQuery("update quote set speaker_id = (select s.merged_into from speaker s where s.id = "
                        + "quote.speaker_id) where article_id = :article and speaker_id in (select s.id from speaker s "
                        + "where s.merged_into is not null)")
                .setParameter("article", articleId)
                .executeUpdate();
    }

    /** Moves every quote of one speaker to another; returns the ids of the quotes moved. */
    public List<Long> moveSpeaker(long fromSpeakerId, long toSpeakerId) {
        List<Long> moved = ids(getEntityManager()
                .createNativeQuery("select id from quote where speaker_id = :from order by id")
                .setParameter("from", fromSpeakerId)
                .getResultList());
        moveQuotes(moved, toSpeakerId);
        return moved;
    }

    /** Gives these quotes another speaker (bumping their revision: an editor's If-Match must see the change). */
    public void moveQuotes(List<Long> quoteIds, long toSpeakerId) {
        if (quoteIds.isEmpty()) {
            return;
        }
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery("update quote set speaker_id = :to, version = version + 1 where id in (:ids)")
                .setParameter("to", toSpeakerId)
                .setParameter("ids", quoteIds)
                .executeUpdate();
        getEntityManager().clear();
    }

    /** Those of these quotes that still have this speaker. */
    public List<Long> stillWith(List<Long> quoteIds, long speakerId) {
        if (quoteIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select q.id from QuoteEntity q where q.id in :ids and q.speaker.id = :speaker "
                                + "order by q.id",
                        Long.class)
                .setParameter("ids", quoteIds)
                .setParameter("speaker", speakerId)
                .getResultList();
    }

    /**
     * One page of the review queue: quotes nobody has reviewed, what most needs a look first (no speaker, then a
     * speaker that is a pronoun, unresolved or named by one word, then the least confident).
     */
    public List<QuoteEntity> reviewQueue(int page, int size) {
        return getEntityManager()
                .createQuery(
                        "select q from QuoteEntity q join fetch q.article left join fetch q.speaker s "
                                + "where q.reviewState is null order by "
                                + REVIEW_PRIORITY + ", q.confidence, q.id",
                        QuoteEntity.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    /** How many quotes wait for review. */
    public long countUnreviewed() {
        return count("reviewState is null");
    }

    private static final String REVIEW_PRIORITY = "case when s.id is null then 0 "
            + "when s.kind = dev.saywho.common.SpeakerKind.UNKNOWN then 1 "
            + "when locate(' ', trim(s.name)) = 0 then 2 else 3 end";

    /** Ids of one page of matching quotes, newest first. */
    public List<Long> searchIds(QuoteCriteria filter, int page, int size) {
        SqlWhere where = where(filter);
        Query query = getEntityManager()
                .createNativeQuery(
                        "select q.id" + where + " order by q.id desc limit " + size + " offset " + ((long) page * size))
                .setHint(QUERY_TIMEOUT, searchTimeoutMillis);
        where.bind(query);
        return ids(query.getResultList());
    }

    /** Number of matching quotes. */
    public long count(QuoteCriteria filter) {
        SqlWhere where = where(filter);
        Query query = getEntityManager()
                .createNativeQuery("select count(*)" + where)
                .setHint(QUERY_TIMEOUT, searchTimeoutMillis);
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Ids of up to {@code limit} matching quotes with an id above {@code afterId}, ascending: keyset paging for
     * exports.
     */
    public List<Long> searchIdsAfter(QuoteCriteria filter, long afterId, int limit) {
        SqlWhere where = where(filter);
        Query query = getEntityManager()
                .createNativeQuery("select q.id" + where + " and q.id > :afterId order by q.id limit " + limit)
                .setHint(QUERY_TIMEOUT, searchTimeoutMillis);
        where.bind(query);
        query.setParameter("afterId", afterId);
        return ids(query.getResultList());
    }

    /** The quotes with these ids, with article and speaker, in the order of {@code ids}. */
    public List<QuoteEntity> findWithArticleAndSpeaker(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<QuoteEntity> quotes = find(
                        "from QuoteEntity q join fetch q.article left join fetch q.speaker where q.id in ?1", ids)
                .list();
        Map<Long, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        List<QuoteEntity> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparing(q -> order.get(q.id)));
        return sorted;
    }

    private DatabaseVendor vendor() {
        DatabaseVendor detected = vendor;
        if (detected == null) {
            detected = DatabaseVendor.of(dataSource);
            vendor = detected;
        }
        return detected;
    }

    private SqlWhere where(QuoteCriteria filter) {
        SqlWhere where = new SqlWhere(
                " from quote q join article a on a.id = q.article_id left join speaker s on s.id = q.speaker_id "
                        + "where 1 = 1");
        if (filter.speaker() != null) {
            where.and(
                    "(s.name_key like :speakerLike escape '\\' or exists (select 1 from speaker merged where "
                            + "merged.merged_into = s.id and merged.name_key like :speakerLike escape '\\'))",
                    "speakerLike",
                    Likes.contains(SpeakerNames.key(filter.speaker())));
        }
        if (filter.speakerId() != null) {
            where.and("q.speaker_id = :speakerId", "speakerId", filter.speakerId());
        }
        if (filter.organization() != null) {
            where.and(
                    "(lower(q.affiliation) like :orgLike escape '\\' or (s.kind = 'ORGANIZATION' and s.name_key "
                            + "like :orgKeyLike escape '\\'))",
                    "orgLike",
                    Likes.contains(filter.organization().toLowerCase(Locale.ROOT)));
            where.parameter("orgKeyLike", Likes.contains(SpeakerNames.key(filter.organization())));
        }
        if (filter.type() != null) {
            where.and("q.type = :type", "type", filter.type().name());
        }
        if (filter.gender() != null) {
            where.and("q.gender = :gender", "gender", filter.gender().name());
        }
        if (filter.sourceKind() != null) {
            where.and(
                    "q.source_kind = :sourceKind",
                    "sourceKind",
                    filter.sourceKind().name());
        }
        if (filter.roleClass() != null) {
            where.and(
                    "q.role_class = :roleClass", "roleClass", filter.roleClass().name());
        }
        if (filter.source() != null) {
            where.and("lower(a.source) = :source", "source", filter.source().toLowerCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            where.and("a.published_at >= :publishedFrom", "publishedFrom", filter.from());
        }
        if (filter.to() != null) {
            where.and("a.published_at < :publishedTo", "publishedTo", filter.to());
        }
        if (filter.text() != null) {
            if (vendor() == DatabaseVendor.POSTGRESQL) {
                // Matches the GIN expression index of migration postgresql/V2.
                where.and(
                        "to_tsvector('english', q.text) @@ websearch_to_tsquery('english', :text)",
                        "text",
                        filter.text());
            } else {
                // H2 has no full-text operator of this kind: every word must occur, case-insensitively.
                String[] words = filter.text()
                        .toLowerCase(Locale.ROOT)
                        .replace("\"", " ")
                        .trim()
                        .split("\\s+");
                int index = 0;
                for (String word :
                        Arrays.stream(words).filter(w -> !w.isBlank()).toList()) {
                    String name = "word" + index++;
                    where.and("lower(q.text) like :" + name + " escape '\\'", name, Likes.contains(word));
                }
            }
        }
        return where;
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    /** FROM and WHERE clauses under construction, with their named parameters. */
    private static final class SqlWhere {
        private final StringBuilder sql;
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        SqlWhere(String fromAndWhere) {
            this.sql = new StringBuilder(fromAndWhere);
        }

        void and(String condition, String parameter, Object value) {
            sql.append(" and ").append(condition);
            parameters.put(parameter, value);
        }

        void parameter(String parameter, Object value) {
            parameters.put(parameter, value);
        }

        @Override
        public String toString() {
            return sql.toString();
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}

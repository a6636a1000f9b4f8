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
                    "s.name_key like :speakerLike escape '\\'",
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

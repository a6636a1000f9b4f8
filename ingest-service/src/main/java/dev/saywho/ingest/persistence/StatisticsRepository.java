package dev.saywho.ingest.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.saywho.common.AttributionStatus;
import dev.saywho.common.QuoteType;

/**
 * Aggregates for the web pages: the dashboard's totals, rankings and quotes per day over the articles of a source and
 * publication period, and a speaker's names, roles and affiliations with counts. Plain SQL that runs on PostgreSQL and
 * H2; the indexes it relies on are in migration common/V4.
 */
@ApplicationScoped
public class StatisticsRepository {

    /** Which articles count: all when every field is null. {@code to} is exclusive. */
    public record ArticleScope(String source, OffsetDateTime from, OffsetDateTime to) {
    }

    public record LabelCount(String label, long count) {
    }

    public record IdLabelCount(long id, String label, long count) {
    }

    public record DayTypeCount(LocalDate day, QuoteType type, long count) {
    }

    public record ArticleCounts(long articles, Map<AttributionStatus, Long> byStatus) {
    }

    public record QuoteCounts(long quotes, long speakers, long undated) {
    }

    /** An article in the recent list, with its number of quotes. */
    public record RecentArticle(long id, String title, String source, OffsetDateTime publishedAt, AttributionStatus status,
            long quotes) {
    }

    private final EntityManager em;

    public StatisticsRepository(EntityManager em) {
        this.em = em;
    }

    public ArticleCounts articleCounts(ArticleScope scope) {
        Map<AttributionStatus, Long> byStatus = new LinkedHashMap<>();
        long total = 0;
        for (Object[] row : rows("select a.status, count(*) from article a" + where(scope) + " group by a.status", scope)) {
            long count = number(row[1]);
            byStatus.put(AttributionStatus.valueOf((String) row[0]), count);
            total += count;
        }
        return new ArticleCounts(total, byStatus);
    }

    public QuoteCounts quoteCounts(ArticleScope scope) {
        Object[] row = rows("select count(*), count(distinct q.speaker_id), "
                + "sum(case when a.published_at is null then 1 else 0 end)" + QUOTES + where(scope), scope).get(0);
        return new QuoteCounts(number(row[0]), number(row[1]), row[2] == null ? 0 : number(row[2]));
    }

    /** The most quoted people and groups (organisation speakers are ranked with the organisations). */
    public List<IdLabelCount> topSpeakers(ArticleScope scope, int limit) {
        return rows("select s.id, s.name, count(*) as quoted" + QUOTES + " join speaker s on s.id = q.speaker_id"
                + where(scope) + " and s.kind <> 'ORGANIZATION' group by s.id, s.name order by quoted desc, s.name limit "
                + limit, scope).stream().map(r -> new IdLabelCount(number(r[0]), (String) r[1], number(r[2]))).toList();
    }

    /** The most quoted organisations: an organisation speaking, or the affiliation of the person who speaks. */
    public List<LabelCount> topOrganisations(ArticleScope scope, int limit) {
        return rows("select o.organisation, count(*) as quoted from (select case when s.kind = 'ORGANIZATION' then s.name "
                + "else q.affiliation end as organisation" + QUOTES + " left join speaker s on s.id = q.speaker_id"
                + where(scope) + ") o where o.organisation is not null group by o.organisation "
                + "order by quoted desc, o.organisation limit " + limit, scope)
                .stream().map(r -> new LabelCount((String) r[0], number(r[1]))).toList();
    }

    /** Quotes per publication day and type (articles without a publication date are left out). */
    public List<DayTypeCount> quotesPerDay(ArticleScope scope) {
        return dayTypeCounts(rows("select cast(a.published_at as date) as published_day, q.type, count(*)" + QUOTES + where(scope)
                + " and a.published_at is not null group by cast(a.published_at as date), q.type order by published_day", scope));
    }

    public List<RecentArticle> recentArticles(ArticleScope scope, int limit) {
        return rows("select a.id, a.title, a.source, a.published_at, a.status, "
                + "(select count(*) from quote q where q.article_id = a.id) from article a" + where(scope)
                + " order by a.id desc limit " + limit, scope).stream()
                .map(r -> new RecentArticle(number(r[0]), (String) r[1], (String) r[2], time(r[3]),
                        AttributionStatus.valueOf((String) r[4]), number(r[5])))
                .toList();
    }

    /** Every source that has articles, sorted. */
    @SuppressWarnings("unchecked")
    public List<String> sources() {
        return em.createNativeQuery("select distinct a.source from article a where a.source is not null order by a.source")
                .getResultList();
    }

    /** Values of a quote column ({@code speaker_name}, {@code mention_text}, {@code role}, {@code affiliation}) among a speaker's quotes, most frequent first. */
    public List<LabelCount> speakerValues(long speakerId, String column) {
        if (!List.of("speaker_name", "mention_text", "role", "affiliation").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        List<?> rows = em.createNativeQuery("select q." + column + ", count(*) as seen from quote q where q.speaker_id = :id and q."
                + column + " is not null group by q." + column + " order by seen desc, q." + column)
                .setParameter("id", speakerId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new LabelCount((String) r[0], number(r[1]))).toList();
    }

    /** A speaker's quotes per publication day and type. */
    public List<DayTypeCount> speakerQuotesPerDay(long speakerId) {
        List<?> rows = em.createNativeQuery("select cast(a.published_at as date) as published_day, q.type, count(*)" + QUOTES
                + " where q.speaker_id = :id and a.published_at is not null group by cast(a.published_at as date), q.type "
                + "order by published_day").setParameter("id", speakerId).getResultList();
        return dayTypeCounts(rows.stream().map(r -> (Object[]) r).toList());
    }

    private static final String QUOTES = " from quote q join article a on a.id = q.article_id";

    private static String where(ArticleScope scope) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (scope.source() != null) {
            sql.append(" and a.source = :source");
        }
        if (scope.from() != null) {
            sql.append(" and a.published_at >= :publishedFrom");
        }
        if (scope.to() != null) {
            sql.append(" and a.published_at < :publishedTo");
        }
        return sql.toString();
    }

    private List<Object[]> rows(String sql, ArticleScope scope) {
        Query query = em.createNativeQuery(sql);
        if (scope.source() != null) {
            query.setParameter("source", scope.source());
        }
        if (scope.from() != null) {
            query.setParameter("publishedFrom", scope.from());
        }
        if (scope.to() != null) {
            query.setParameter("publishedTo", scope.to());
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> r instanceof Object[] array ? array : new Object[] {r}).toList();
    }

    private static List<DayTypeCount> dayTypeCounts(List<Object[]> rows) {
        return rows.stream().map(r -> new DayTypeCount(day(r[0]), QuoteType.valueOf((String) r[1]), number(r[2]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return ((java.time.Instant) value).atOffset(ZoneOffset.UTC);
    }
}

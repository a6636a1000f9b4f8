package dev.saywho.ingest.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.saywho.common.AttributionStatus;
import dev.saywho.common.Gender;
import dev.saywho.common.QuoteType;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;
import dev.saywho.common.SpeakerKind;

/**
 * Aggregates for the web pages: the dashboard's totals, rankings and quotes per day over the articles of a source and
 * publication period, the source figures, and a speaker's names, roles and affiliations with counts. Plain SQL that runs
 * on PostgreSQL and H2; the indexes and per-article quote counts it relies on are those of migrations common/V4, V10
 * and V11.
 */
@ApplicationScoped
public class StatisticsRepository {

    /** Which articles count: all when every field is null. {@code to} is exclusive. */
    public record ArticleScope(String source, OffsetDateTime from, OffsetDateTime to, boolean reviewedOnly) {

        public ArticleScope(String source, OffsetDateTime from, OffsetDateTime to) {
            this(source, from, to, false);
        }

        public boolean all() {
            return source == null && from == null && to == null && !reviewedOnly;
        }

        /** The condition on quotes: those people reviewed, corrected or added, when only those count. */
        String quoteCondition() {
            return reviewedOnly ? " and q.review_state is not null" : "";
        }
    }

    public record LabelCount(String label, long count) {}

    public record DayTypeCount(LocalDate day, QuoteType type, long count) {}

    /** Articles (all, and by status), their stored quotes, the speakers quoted, and quotes of undated articles. */
    public record Totals(
            long articles, Map<AttributionStatus, Long> byStatus, long quotes, long speakers, long undatedQuotes) {}

    /** A speaker's number of quotes. */
    public record SpeakerCount(long id, String name, SpeakerKind kind, long count) {}

    /** An article in the recent list, with its number of quotes. */
    public record RecentArticle(
            long id, String title, String source, OffsetDateTime publishedAt, AttributionStatus status, long quotes) {}

    private final EntityManager em;

    public StatisticsRepository(EntityManager em) {
        this.em = em;
    }

    public Totals totals(ArticleScope scope) {
        Map<AttributionStatus, Long> byStatus = new LinkedHashMap<>();
        long articles = 0;
        long quotes = 0;
        long undated = 0;
        // Answered from ix_article_published_counts alone: the articles carry their quote counts. Reviewed quotes only
        // are counted from the quotes themselves, and the articles are those with one.
        String byStatusSql = scope.reviewedOnly()
                ? "select a.status, count(distinct a.id), count(*), sum(case when a.published_at is null then 1 else 0 "
                        + "end)" + QUOTES + where(scope) + scope.quoteCondition() + " group by a.status"
                : "select a.status, count(*), sum(" + QUOTE_COUNT + "), sum(case when a.published_at is null then "
                        + QUOTE_COUNT + " else 0 end) from article a" + where(scope) + " group by a.status";
        for (Object[] row : rows(byStatusSql, scope)) {
            long count = number(row[1]);
            byStatus.put(AttributionStatus.valueOf((String) row[0]), count);
            articles += count;
            quotes += number(row[2]);
            undated += number(row[3]);
        }
        // Over every article, one index probe per speaker beats reading every quote.
        String speakers = scope.all()
                ? "select count(*) from speaker s where exists (select 1 from quote q where q.speaker_id = s.id)"
                : "select count(distinct q.speaker_id)" + QUOTES + where(scope) + scope.quoteCondition();
        return new Totals(
                articles, byStatus, quotes, number(rows(speakers, scope).get(0)[0]), undated);
    }

    /**
     * The {@code limit} most quoted speakers of each side: people and groups, and organisations speaking for
     * themselves. Over every article the quotes are counted from ix_quote_speaker_article alone.
     */
    public List<SpeakerCount> topSpeakers(ArticleScope scope, int limit) {
        String counted = "select q.speaker_id, count(*) as quoted" + quotesOf(scope)
                + " and q.speaker_id is not null group by q.speaker_id";
        return rows(
                        "select r.id, r.name, r.kind, r.quoted from (select s.id, s.name, s.kind, c.quoted, "
                                + "row_number() over (partition by case when s.kind = 'ORGANIZATION' then 1 else 0 "
                                + "end order by c.quoted desc, s.name) as place "
                                + "from (" + counted + ") c join speaker s on s.id = c.speaker_id "
                                // unnamed sources and unresolved words are no one to rank (issue 20)
                                + "where s.kind in ('PERSON', 'GROUP', 'ORGANIZATION')) r where r.place <= "
                                + limit
                                + " order by r.quoted desc, r.name",
                        scope)
                .stream()
                .map(r ->
                        new SpeakerCount(number(r[0]), (String) r[1], SpeakerKind.valueOf((String) r[2]), number(r[3])))
                .toList();
    }

    /**
     * The most frequent affiliations of quoted speakers; from ix_quote_affiliation_article alone over every article.
     */
    public List<LabelCount> topAffiliations(ArticleScope scope, int limit) {
        return rows(
                        "select q.affiliation, count(*) as quoted"
                                + quotesOf(scope)
                                + " and q.affiliation is not null group by q.affiliation order by quoted desc, "
                                + "q.affiliation limit "
                                + limit,
                        scope)
                .stream()
                .map(r -> new LabelCount((String) r[0], number(r[1])))
                .toList();
    }

    /** Quotes per publication day and type, from the articles' counts (undated articles are left out). */
    public List<DayTypeCount> quotesPerDay(ArticleScope scope) {
        if (scope.reviewedOnly()) {
            return dayTypeCounts(rows(
                    "select cast(a.published_at as date) as published_day, q.type, count(*)" + QUOTES + where(scope)
                            + scope.quoteCondition() + " and a.published_at is not null group by "
                            + "cast(a.published_at as date), q.type order by published_day",
                    scope));
        }
        List<DayTypeCount> counts = new ArrayList<>();
        for (Object[] row : rows(
                "select cast(a.published_at as date) as published_day, sum(a.direct_quotes), "
                        + "sum(a.indirect_quotes), sum(a.mixed_quotes) from article a" + where(scope)
                        + " and a.published_at is not null group by cast(a.published_at as date) order by "
                        + "published_day",
                scope)) {
            LocalDate day = day(row[0]);
            QuoteType[] types = {QuoteType.DIRECT, QuoteType.INDIRECT, QuoteType.MIXED};
            for (int i = 0; i < types.length; i++) {
                long count = number(row[i + 1]);
                if (count > 0) {
                    counts.add(new DayTypeCount(day, types[i], count));
                }
            }
        }
        return counts;
    }

    public List<RecentArticle> recentArticles(ArticleScope scope, int limit) {
        return rows(
                        "select a.id, a.title, a.source, a.published_at, a.status, " + QUOTE_COUNT + " from article a"
                                + where(scope) + " order by a.id desc limit " + limit,
                        scope)
                .stream()
                .map(r -> new RecentArticle(
                        number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        time(r[3]),
                        AttributionStatus.valueOf((String) r[4]),
                        number(r[5])))
                .toList();
    }

    /** Every source that has articles, sorted. */
    @SuppressWarnings("unchecked")
    public List<String> sources() {
        return em.createNativeQuery(
                        "select distinct a.source from article a where a.source is not null and a.deleted_at is null "
                                + "order by a.source")
                .getResultList();
    }

    /**
     * Values of a quote column ({@code speaker_name}, {@code mention_text}, {@code role}, {@code affiliation}) among a
     * speaker's quotes, most frequent first.
     */
    public List<LabelCount> speakerValues(long speakerId, String column) {
        if (!List.of("speaker_name", "mention_text", "role", "affiliation").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        List<?> rows = em.createNativeQuery(
                        "select q." + column + ", count(*) as seen from quote q where q.speaker_id = :id and q."
                                + column + " is not null group by q." + column + " order by seen desc, q." + column)
                .setParameter("id", speakerId)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new LabelCount((String) r[0], number(r[1])))
                .toList();
    }

    /** A speaker's quotes per publication day and type. */
    public List<DayTypeCount> speakerQuotesPerDay(long speakerId) {
        List<?> rows = em.createNativeQuery(
                        "select cast(a.published_at as date) as published_day, q.type, count(*)" + QUOTES
                                + " where q.speaker_id = :id and a.published_at is not null group by "
                                + "cast(a.published_at as date), q.type "
                                + "order by published_day")
                .setParameter("id", speakerId)
                .getResultList();
        return dayTypeCounts(rows.stream().map(r -> (Object[]) r).toList());
    }

    /**
     * The quotes with a source profile: how many, by kind of source, and the quotes of people by the gender stated and
     * by role class (those with none left out). Only counts above zero are in the maps.
     */
    public record ProfileTotals(
            long quotes, Map<SourceKind, Long> byKind, Map<Gender, Long> byGender, Map<RoleClass, Long> byRole) {}

    /** A day's quotes with a source profile: all of them, those of women, of men and of anonymous sources. */
    public record DaySourceCount(LocalDate day, long quotes, long women, long men, long anonymous) {}

    /**
     * The quotes of the scope that carry a source profile, counted by kind, gender and role class: from the articles'
     * counts (ix_article_published_sources alone); reviewed quotes only are counted from the quotes themselves.
     */
    public ProfileTotals profileTotals(ArticleScope scope) {
        Map<SourceKind, Long> byKind = new EnumMap<>(SourceKind.class);
        Map<Gender, Long> byGender = new EnumMap<>(Gender.class);
        Map<RoleClass, Long> byRole = new EnumMap<>(RoleClass.class);
        if (scope.reviewedOnly()) {
            long quotes = 0;
            for (Object[] r : rows(
                    "select q.source_kind, q.gender, q.role_class, count(*)" + quotesOf(scope)
                            + " and q.source_kind is not null group by q.source_kind, q.gender, q.role_class",
                    scope)) {
                long count = number(r[3]);
                quotes += count;
                SourceKind kind = SourceKind.valueOf((String) r[0]);
                byKind.merge(kind, count, Long::sum);
                if (kind == SourceKind.PERSON) {
                    byGender.merge(r[1] == null ? Gender.UNKNOWN : Gender.valueOf((String) r[1]), count, Long::sum);
                    if (r[2] != null) {
                        byRole.merge(RoleClass.valueOf((String) r[2]), count, Long::sum);
                    }
                }
            }
            return new ProfileTotals(quotes, byKind, byGender, byRole);
        }
        List<String> columns = new ArrayList<>(List.of(
                ProfileCountColumns.PROFILED,
                ProfileCountColumns.PERSON,
                ProfileCountColumns.WOMEN,
                ProfileCountColumns.MEN));
        List.of(SourceKind.values()).forEach(k -> columns.add(ProfileCountColumns.kind(k)));
        List.of(RoleClass.values()).forEach(r -> columns.add(ProfileCountColumns.role(r)));
        Object[] sums = rows(
                        "select "
                                + String.join(
                                        ", ",
                                        columns.stream()
                                                .map(c -> "coalesce(sum(a." + c + "), 0)")
                                                .toList())
                                + " from article a" + where(scope),
                        scope)
                .get(0);
        long person = number(sums[1]);
        long women = number(sums[2]);
        long men = number(sums[3]);
        // a person's gender is FEMALE, MALE, or else (UNKNOWN, or none stated) unknown
        positive(byGender, Gender.FEMALE, women);
        positive(byGender, Gender.MALE, men);
        positive(byGender, Gender.UNKNOWN, person - women - men);
        int i = 4;
        for (SourceKind kind : SourceKind.values()) {
            positive(byKind, kind, number(sums[i++]));
        }
        for (RoleClass role : RoleClass.values()) {
            positive(byRole, role, number(sums[i++]));
        }
        return new ProfileTotals(number(sums[0]), byKind, byGender, byRole);
    }

    private static <K> void positive(Map<K, Long> map, K key, long count) {
        if (count > 0) {
            map.put(key, count);
        }
    }

    /** Quotes of women and of men per source (outlet), the most quoted outlets first. */
    public record OutletGenders(String source, long women, long men) {}

    /**
     * From the articles' counts (ix_article_published_sources alone); reviewed quotes only are counted from the quotes
     * themselves. Outlets with no quote of a person are left out either way.
     */
    public List<OutletGenders> gendersBySource(ArticleScope scope, int limit) {
        String sql = scope.reviewedOnly()
                ? "select a.source, sum(case when q.gender = 'FEMALE' then 1 else 0 end), sum(case when q.gender = "
                        + "'MALE' then 1 else 0 end)" + QUOTES + where(scope) + scope.quoteCondition()
                        + " and q.source_kind = 'PERSON' and a.source is not null group by a.source order by count(*) "
                        + "desc, a.source limit " + limit
                : "select a.source, sum(a.women_quotes), sum(a.men_quotes) from article a" + where(scope)
                        + " and a.source is not null group by a.source having sum(a.person_quotes) > 0 order by "
                        + "sum(a.person_quotes) desc, a.source limit " + limit;
        return rows(sql, scope).stream()
                .map(r -> new OutletGenders((String) r[0], number(r[1]), number(r[2])))
                .toList();
    }

    /** Distinct people quoted in the scope, by the gender stated. */
    public List<LabelCount> peopleByGender(ArticleScope scope) {
        return rows(
                        "select q.gender, count(distinct q.speaker_id)" + quotesOf(scope)
                                + " and q.source_kind = 'PERSON' and q.gender is not null group by q.gender",
                        scope)
                .stream()
                .map(r -> new LabelCount((String) r[0], number(r[1])))
                .toList();
    }

    /**
     * Quotes with a source profile per publication day (undated articles left out, and days without such quotes): from
     * the articles' counts (ix_article_published_sources alone); reviewed quotes only are counted from the quotes.
     */
    public List<DaySourceCount> sourcesPerDay(ArticleScope scope) {
        String sql = scope.reviewedOnly()
                ? "select cast(a.published_at as date) as published_day, count(*), sum(case when q.source_kind = "
                        + "'PERSON' and q.gender = 'FEMALE' then 1 else 0 end), sum(case when q.source_kind = "
                        + "'PERSON' and q.gender = 'MALE' then 1 else 0 end), sum(case when q.source_kind = "
                        + "'ANONYMOUS' then 1 else 0 end)" + QUOTES + where(scope) + scope.quoteCondition()
                        + " and q.source_kind is not null and a.published_at is not null group by "
                        + "cast(a.published_at as date) order by published_day"
                : "select cast(a.published_at as date) as published_day, sum(a.profiled_quotes), "
                        + "sum(a.women_quotes), sum(a.men_quotes), sum(a.anonymous_quotes) from article a"
                        + where(scope) + " and a.published_at is not null group by cast(a.published_at as date) "
                        + "having sum(a.profiled_quotes) > 0 order by published_day";
        return rows(sql, scope).stream()
                .map(r -> new DaySourceCount(day(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4])))
                .toList();
    }

    private static final String QUOTES = " from quote q join article a on a.id = q.article_id";

    /**
     * The quotes of a scope: over every article the quote table alone (the quotes of deleted articles are out of it),
     * which the profile index answers without reading the rows; else joined with their articles.
     */
    private static String quotesOf(ArticleScope scope) {
        return scope.all() ? " from quote q where 1 = 1" : QUOTES + where(scope) + scope.quoteCondition();
    }

    private static final String QUOTE_COUNT = "a.direct_quotes + a.indirect_quotes + a.mixed_quotes";

    private static String where(ArticleScope scope) {
        // deleted articles wait in the table for the retention window; their quotes are out of the quote table
        StringBuilder sql = new StringBuilder(" where a.deleted_at is null");
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
        return rows.stream()
                .map(r -> r instanceof Object[] array ? array : new Object[] {r})
                .toList();
    }

    private static List<DayTypeCount> dayTypeCounts(List<Object[]> rows) {
        return rows.stream()
                .map(r -> new DayTypeCount(day(r[0]), QuoteType.valueOf((String) r[1]), number(r[2])))
                .toList();
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

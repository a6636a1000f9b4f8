package dev.saywho.ingest.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import dev.saywho.common.Gender;
import dev.saywho.common.SortDirection;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.SpeakerSort;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Speakers across articles, with their quote statistics. */
@ApplicationScoped
public class SpeakerRepository implements PanacheRepository<SpeakerEntity> {

    /** Quote and article counts of one speaker. */
    public record Counts(long quotes, long articles) {}

    /** The speaker with this name key and kind. */
    public Optional<SpeakerEntity> findByKey(String nameKey, SpeakerKind kind) {
        return find("nameKey = ?1 and kind = ?2", nameKey, kind).firstResultOptional();
    }

    /** The speakers with any of these name keys (of any kind). */
    public List<SpeakerEntity> findByKeys(Collection<String> nameKeys) {
        return nameKeys.isEmpty() ? List.of() : list("nameKey in ?1", nameKeys);
    }

    /**
     * One page of the speakers that match {@code criteria}, sorted in the database by {@code sort} in {@code
     * direction}; ties keep the order of their ids.
     */
    public List<SpeakerEntity> search(
            SpeakerCriteria criteria, SpeakerSort sort, SortDirection direction, int page, int size) {
        Where where = Where.of(criteria);
        String way = direction == SortDirection.ASC ? " asc" : " desc";
        // Sorting by a count groups the speakers with their quotes; sorting by name needs no quote at all.
        String select = switch (sort) {
            case NAME -> "select s.id from SpeakerEntity s" + where.clause() + " order by s.nameKey" + way + ", s.id";
            case QUOTES ->
                "select s.id from SpeakerEntity s left join QuoteEntity c on c.speaker = s" + where.clause()
                        + " group by s.id order by count(c.id)" + way + ", s.id";
            case ARTICLES ->
                "select s.id from SpeakerEntity s left join QuoteEntity c on c.speaker = s" + where.clause()
                        + " group by s.id order by count(distinct c.article.id)" + way + ", s.id";
        };
        TypedQuery<Long> query = getEntityManager().createQuery(select, Long.class);
        where.bind(query);
        List<Long> ids = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SpeakerEntity> byId = list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, s -> s));
        return ids.stream().map(byId::get).toList();
    }

    /** Number of speakers {@link #search} would page through. */
    public long countSearch(SpeakerCriteria criteria) {
        Where where = Where.of(criteria);
        TypedQuery<Long> query =
                getEntityManager().createQuery("select count(s) from SpeakerEntity s" + where.clause(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    /** The WHERE clause of a search, with only the conditions its criteria ask for, and their parameters. */
    private record Where(String clause, Map<String, Object> parameters) {

        static Where of(SpeakerCriteria criteria) {
            List<String> conditions = new ArrayList<>();
            // a merged speaker is an alias of the one it was merged into: its name finds that one
            conditions.add("s.mergedInto is null");
            Map<String, Object> parameters = new HashMap<>();
            if (criteria.nameKeyPart() != null) {
                conditions.add("(s.nameKey like :nameLike escape '\\' or exists (select 1 from SpeakerEntity merged "
                        + "where merged.mergedInto = s.id and merged.nameKey like :nameLike escape '\\'))");
                parameters.put("nameLike", Likes.contains(criteria.nameKeyPart()));
            }
            if (criteria.nameKeyPrefix() != null) {
                conditions.add("s.nameKey like :prefixLike escape '\\'");
                parameters.put("prefixLike", Likes.startsWith(criteria.nameKeyPrefix()));
            }
            if (criteria.organization() != null) {
                conditions.add("(exists (select 1 from QuoteEntity q where q.speaker = s "
                        + "and lower(q.affiliation) like :orgLike escape '\\') "
                        + "or (s.kind = dev.saywho.common.SpeakerKind.ORGANIZATION and s.nameKey like :orgKeyLike "
                        + "escape '\\'))");
                parameters.put("orgLike", Likes.contains(criteria.organization().toLowerCase(Locale.ROOT)));
                parameters.put("orgKeyLike", Likes.contains(SpeakerNames.key(criteria.organization())));
            }
            if (criteria.kind() != null) {
                conditions.add("s.kind = :kind");
                parameters.put("kind", criteria.kind());
            }
            return new Where(" where " + String.join(" and ", conditions), Map.copyOf(parameters));
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }

    /** Quote and article counts per speaker id. */
    public Map<Long, Counts> counts(List<Long> speakerIds) {
        if (speakerIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select q.speaker.id, count(q), count(distinct q.article.id) from QuoteEntity q "
                                + "where q.speaker.id in :ids group by q.speaker.id",
                        Object[].class)
                .setParameter("ids", speakerIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> new Counts((Long) r[1], (Long) r[2])));
    }

    /** Distinct, sorted values of a quote attribute ({@code role} or {@code affiliation}) per speaker id. */
    public Map<Long, SortedSet<String>> distinctValues(List<Long> speakerIds, String attribute) {
        if (speakerIds.isEmpty()) {
            return Map.of();
        }
        if (!attribute.equals("role") && !attribute.equals("affiliation")) {
            throw new IllegalArgumentException(attribute);
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select distinct q.speaker.id, q." + attribute + " from QuoteEntity q "
                                + "where q.speaker.id in :ids and q." + attribute + " is not null",
                        Object[].class)
                .setParameter("ids", speakerIds)
                .getResultList();
        return rows.stream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(r -> (String) r[1], Collectors.toCollection(TreeSet::new))));
    }

    /** Ids of the speakers merged into this one (its aliases). */
    public List<Long> aliasesOf(long speakerId) {
        return getEntityManager()
                .createQuery("select s.id from SpeakerEntity s where s.mergedInto = :id order by s.id", Long.class)
                .setParameter("id", speakerId)
                .getResultList();
    }

    /** Makes the aliases of one speaker aliases of another, so that a merge keeps every alias one hop away. */
    public void repointAliases(long fromSpeakerId, long toSpeakerId) {
        update("mergedInto = ?1 where mergedInto = ?2", toSpeakerId, fromSpeakerId);
    }

    /** Gives these aliases, where they are still aliases of {@code currentSpeakerId}, back to {@code speakerId}. */
    public void repointAliases(long currentSpeakerId, List<Long> aliasIds, long speakerId) {
        if (!aliasIds.isEmpty()) {
            update("mergedInto = ?1 where mergedInto = ?2 and id in ?3", speakerId, currentSpeakerId, aliasIds);
        }
    }

    /** Per speaker id, the genders their quotes' articles state, with the number of articles stating each. */
    public Map<Long, Map<Gender, Long>> gendersStated(List<Long> speakerIds) {
        if (speakerIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select q.speaker.id, q.gender, count(distinct q.article.id) from QuoteEntity q "
                                + "where q.speaker.id in :ids and q.gender in :stated group by q.speaker.id, q.gender",
                        Object[].class)
                .setParameter("ids", speakerIds)
                .setParameter("stated", List.of(Gender.FEMALE, Gender.MALE))
                .getResultList();
        Map<Long, Map<Gender, Long>> out = new java.util.HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((Long) r[0], k -> new java.util.EnumMap<>(Gender.class))
                    .put((Gender) r[1], (Long) r[2]);
        }
        return out;
    }
}

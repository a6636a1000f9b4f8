package dev.saywho.ingest.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import dev.saywho.common.SpeakerKind;
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

    private static final String SEARCH_WHERE =
            " from SpeakerEntity s where s.mergedInto is null and (:nameLike is null or s.nameKey like :nameLike "
                    + "escape '\\' or exists (select 1 from SpeakerEntity merged where merged.mergedInto = s.id "
                    + "and merged.nameKey like :nameLike escape '\\')) "
                    + "and (:orgLike is null or exists (select 1 from QuoteEntity q where q.speaker = s "
                    + "and lower(q.affiliation) like :orgLike escape '\\') "
                    + "or (s.kind = dev.saywho.common.SpeakerKind.ORGANIZATION and s.nameKey like :orgKeyLike "
                    + "escape '\\'))";

    /** Speakers whose name key contains {@code nameKeyPart} and who were quoted for {@code organization}. */
    public List<SpeakerEntity> search(String nameKeyPart, String organization, int page, int size) {
        TypedQuery<SpeakerEntity> query = getEntityManager()
                .createQuery("select s" + SEARCH_WHERE + " order by s.name, s.id", SpeakerEntity.class);
        bindSearch(query, nameKeyPart, organization);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Number of speakers {@link #search} would page through. */
    public long countSearch(String nameKeyPart, String organization) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(s)" + SEARCH_WHERE, Long.class);
        bindSearch(query, nameKeyPart, organization);
        return query.getSingleResult();
    }

    private static void bindSearch(TypedQuery<?> query, String nameKeyPart, String organization) {
        query.setParameter("nameLike", nameKeyPart == null ? null : Likes.contains(nameKeyPart));
        query.setParameter(
                "orgLike", organization == null ? null : Likes.contains(organization.toLowerCase(Locale.ROOT)));
        query.setParameter("orgKeyLike", organization == null ? null : Likes.contains(SpeakerNames.key(organization)));
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
}

package dev.saywho.ingest.persistence;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.saywho.common.OrganizationSort;
import dev.saywho.common.SortDirection;

/**
 * Organisations quoted, speaking for themselves (speakers of kind ORGANIZATION) and through their people (the
 * affiliation of who speaks), added up by name as the dashboard does; counted, sorted and paged in the database. Plain
 * SQL that runs on PostgreSQL and H2, over the indexes of migration common/V4.
 */
@ApplicationScoped
public class OrganizationRepository {

    /** An organisation with its quotes of each side, and its speaker id when it speaks for itself. */
    public record OrganizationCount(String name, long ownQuotes, long affiliationQuotes, Long speakerId) {}

    /** Both sides, one row per organisation speaker and one per affiliation, to be added up by name. */
    private static final String SIDES = "(select s.name as name, count(*) as own, 0 as affiliated, s.id as speaker_id "
            + "from quote q join speaker s on s.id = q.speaker_id where s.kind = 'ORGANIZATION' group by s.id, s.name "
            + "union all "
            + "select q.affiliation, 0, count(*), null from quote q where q.affiliation is not null "
            + "group by q.affiliation) o";

    private static final String BY_NAME = "select o.name, sum(o.own) as own, sum(o.affiliated) as affiliated, "
            + "sum(o.own) + sum(o.affiliated) as quoted, max(o.speaker_id) as speaker_id from " + SIDES;

    private final EntityManager em;

    public OrganizationRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of the organisations whose name contains {@code namePart} (ignoring case; null for all), sorted by
     * {@code sort} in {@code direction}; ties are in name order.
     */
    public List<OrganizationCount> list(
            String namePart, OrganizationSort sort, SortDirection direction, int page, int size) {
        String way = direction == SortDirection.ASC ? " asc" : " desc";
        String order = switch (sort) {
            case NAME -> "lower(o.name)" + way + ", o.name" + way;
            case QUOTES -> "quoted" + way + ", lower(o.name), o.name";
        };
        Query query = em.createNativeQuery(BY_NAME + where(namePart) + " group by o.name order by " + order);
        bind(query, namePart);
        List<?> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new OrganizationCount(
                        (String) r[0], number(r[1]), number(r[2]), r[4] == null ? null : number(r[4])))
                .toList();
    }

    /** Number of organisations {@link #list} pages through. */
    public long count(String namePart) {
        Query query = em.createNativeQuery(
                "select count(*) from (select o.name from " + SIDES + where(namePart) + " group by o.name) n");
        bind(query, namePart);
        return number(query.getSingleResult());
    }

    private static String where(String namePart) {
        return namePart == null ? "" : " where lower(o.name) like :nameLike escape '\\'";
    }

    private static void bind(Query query, String namePart) {
        if (namePart != null) {
            query.setParameter("nameLike", Likes.contains(namePart.toLowerCase(Locale.ROOT)));
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}

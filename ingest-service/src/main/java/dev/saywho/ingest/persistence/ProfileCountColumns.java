package dev.saywho.ingest.persistence;

import java.util.ArrayList;
import java.util.List;

import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;

/**
 * The counts of quotes with a source profile that each article keeps (migration V11): one column per figure the source
 * statistics show, with the condition on a quote ({@code q}) that it counts. A new kind of source or role class fails
 * to compile here until it has its column.
 */
final class ProfileCountColumns {

    /** A count column and the quotes it counts. */
    record Column(String name, String condition) {}

    static final String PROFILED = "profiled_quotes";
    static final String PERSON = kind(SourceKind.PERSON);
    static final String WOMEN = "women_quotes";
    static final String MEN = "men_quotes";

    /** Every count column, in the order of migration V11. */
    static final List<Column> ALL = all();

    private ProfileCountColumns() {}

    /** The column counting an article's quotes of this kind of source. */
    static String kind(SourceKind kind) {
        return switch (kind) {
            case PERSON -> "person_quotes";
            case ORGANISATION -> "organisation_quotes";
            case ANONYMOUS -> "anonymous_quotes";
            case DOCUMENT -> "document_quotes";
            case UNKNOWN -> "unknown_source_quotes";
        };
    }

    /** The column counting an article's quotes of people of this role class. */
    static String role(RoleClass role) {
        return switch (role) {
            case OFFICIAL -> "official_quotes";
            case EXPERT -> "expert_quotes";
            case BUSINESS -> "business_quotes";
            case SPOKESPERSON -> "spokesperson_quotes";
            case ADVOCATE -> "advocate_quotes";
            case CITIZEN -> "citizen_quotes";
            case OTHER -> "other_role_quotes";
        };
    }

    private static List<Column> all() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(PROFILED, "q.source_kind is not null"));
        for (SourceKind kind : SourceKind.values()) {
            columns.add(new Column(kind(kind), "q.source_kind = '" + kind.name() + "'"));
        }
        columns.add(new Column(WOMEN, "q.source_kind = 'PERSON' and q.gender = 'FEMALE'"));
        columns.add(new Column(MEN, "q.source_kind = 'PERSON' and q.gender = 'MALE'"));
        for (RoleClass role : RoleClass.values()) {
            columns.add(new Column(role(role), "q.source_kind = 'PERSON' and q.role_class = '" + role.name() + "'"));
        }
        return List.copyOf(columns);
    }
}

package dev.saywho.ingest.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.saywho.common.OrganizationSort;
import dev.saywho.common.OrganizationSummary;
import dev.saywho.common.PageOf;
import dev.saywho.common.SortDirection;
import dev.saywho.ingest.persistence.OrganizationRepository;

/** Organisations quoted, speaking for themselves and through their people, with their quote counts. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;

    public OrganizationService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /**
     * A page of the organisations whose name contains {@code name} (ignoring case; null for all), sorted in the
     * database by {@code sort} in {@code direction}.
     */
    @Transactional
    public PageOf<OrganizationSummary> list(
            String name, OrganizationSort sort, SortDirection direction, int page, int size) {
        List<OrganizationSummary> items = organizations.list(name, sort, direction, page, size).stream()
                .map(o -> new OrganizationSummary(
                        o.name(),
                        o.ownQuotes() + o.affiliationQuotes(),
                        o.ownQuotes(),
                        o.affiliationQuotes(),
                        o.speakerId()))
                .toList();
        return PageOf.of(items, page, size, organizations.count(name));
    }
}

package dev.saywho.ingest.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.saywho.common.OrganizationSort;
import dev.saywho.common.OrganizationSummary;
import dev.saywho.common.PageOf;
import dev.saywho.common.SortDirection;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.OrganizationService;
import io.quarkus.qute.TemplateInstance;

/**
 * Every organisation quoted, speaking for itself and through its people, sortable and paged; each leads to the search
 * of its quotes.
 */
@Path("/organisations")
public class OrganisationListPage {

    static final int PAGE_SIZE = 50;

    private final OrganizationService organisations;

    public OrganisationListPage(OrganizationService organisations) {
        this.organisations = organisations;
    }

    /** The list's filter and order as the form and the links carry them. */
    public record Form(String q, OrganizationSort sort, SortDirection direction) {

        QueryString query() {
            return filters().with("sort", sort.parameter()).with("direction", direction.parameter());
        }

        QueryString filters() {
            return new QueryString().with("q", q);
        }

        public boolean filtered() {
            return q != null;
        }

        public String sortParameter() {
            return sort.parameter();
        }

        public String directionParameter() {
            return direction.parameter();
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance list(
            @QueryParam("q") String q,
            @QueryParam("sort") String sort,
            @QueryParam("direction") String direction,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
        QueryParams.Sorting<OrganizationSort> sorting = QueryParams.sorting(
                sort,
                direction,
                OrganizationSort.values(),
                OrganizationSort.QUOTES,
                OrganizationSort::defaultDirection);
        Form form = new Form(QueryParams.boundedText("q", q), sorting.sort(), sorting.direction());
        PageOf<OrganizationSummary> found =
                organisations.list(form.q(), form.sort(), form.direction(), page, PAGE_SIZE);
        Pagination pagination = Pagination.of(
                page,
                PAGE_SIZE,
                found.total(),
                p -> "/organisations" + form.query().with("page", p == 0 ? null : p));
        List<SortableColumn> columns = List.of(
                column("Organisation", OrganizationSort.NAME, form),
                column("Quotes", OrganizationSort.QUOTES, form),
                SortableColumn.plain("Speaking itself"),
                SortableColumn.plain("Through its people"));
        return Pages.organisations(form, columns, found.items(), pagination);
    }

    private static SortableColumn column(String label, OrganizationSort key, Form form) {
        return SortableColumn.of(
                label,
                key,
                key.defaultDirection(),
                form.sort(),
                form.direction(),
                (k, d) -> "/organisations"
                        + form.filters().with("sort", k.parameter()).with("direction", d.parameter()));
    }
}

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

import dev.saywho.common.ArticleSort;
import dev.saywho.common.ArticleSummary;
import dev.saywho.common.AttributionStatus;
import dev.saywho.common.PageOf;
import dev.saywho.common.SortDirection;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.ArticleService;
import dev.saywho.ingest.service.DashboardService;
import io.quarkus.qute.TemplateInstance;

/** Every article, sortable by its columns, filtered by source and status, paged: GET /api/v1/articles as a table. */
@Path("/articles")
public class ArticleListPage {

    static final int PAGE_SIZE = 50;

    private final ArticleService articles;
    private final DashboardService dashboards;

    public ArticleListPage(ArticleService articles, DashboardService dashboards) {
        this.articles = articles;
        this.dashboards = dashboards;
    }

    /** The list's filters and order as the form and the links carry them. */
    public record Form(String source, AttributionStatus status, ArticleSort sort, SortDirection direction) {

        QueryString query() {
            return filters().with("sort", sort.parameter()).with("direction", direction.parameter());
        }

        QueryString filters() {
            return new QueryString().with("source", source).with("status", status);
        }

        public boolean filtered() {
            return source != null || status != null;
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
            @QueryParam("source") String source,
            @QueryParam("status") String status,
            @QueryParam("sort") String sort,
            @QueryParam("direction") String direction,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
        QueryParams.Sorting<ArticleSort> sorting = QueryParams.sorting(
                sort, direction, ArticleSort.values(), ArticleSort.CREATED, ArticleSort::defaultDirection);
        Form form = new Form(
                QueryParams.boundedText("source", source),
                QueryParams.status(status),
                sorting.sort(),
                sorting.direction());
        PageOf<ArticleSummary> found =
                articles.list(form.source(), form.status(), form.sort(), form.direction(), page, PAGE_SIZE);
        Pagination pagination = Pagination.of(
                page, PAGE_SIZE, found.total(), p -> "/articles" + form.query().with("page", p == 0 ? null : p));
        List<SortableColumn> columns = List.of(
                column("Title", ArticleSort.TITLE, form),
                column("Source", ArticleSort.SOURCE, form),
                column("Published", ArticleSort.PUBLISHED, form),
                column("Quotes", ArticleSort.QUOTES, form),
                SortableColumn.plain("Status"));
        return Pages.articles(
                form, dashboards.sources(), List.of(AttributionStatus.values()), columns, found.items(), pagination);
    }

    private static SortableColumn column(String label, ArticleSort key, Form form) {
        return SortableColumn.of(
                label,
                key,
                key.defaultDirection(),
                form.sort(),
                form.direction(),
                (k, d) ->
                        "/articles" + form.filters().with("sort", k.parameter()).with("direction", d.parameter()));
    }
}

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

import dev.saywho.common.PageOf;
import dev.saywho.common.SortDirection;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.SpeakerSort;
import dev.saywho.common.SpeakerSummary;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.SpeakerService;
import io.quarkus.qute.TemplateInstance;

/** Every speaker, sortable by name, quotes and articles, filtered by name prefix and kind, paged. */
@Path("/speakers")
public class SpeakerListPage {

    static final int PAGE_SIZE = 50;

    private final SpeakerService speakers;

    public SpeakerListPage(SpeakerService speakers) {
        this.speakers = speakers;
    }

    /** The list's filters and order as the form and the links carry them. */
    public record Form(String prefix, SpeakerKind kind, SpeakerSort sort, SortDirection direction) {

        QueryString query() {
            return filters().with("sort", sort.parameter()).with("direction", direction.parameter());
        }

        QueryString filters() {
            return new QueryString().with("prefix", prefix).with("kind", kind);
        }

        public boolean filtered() {
            return prefix != null || kind != null;
        }

        /** The kind filter as its form field's value: "" for any. */
        public String kindName() {
            return kind == null ? "" : kind.name();
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
            @QueryParam("prefix") String prefix,
            @QueryParam("kind") String kind,
            @QueryParam("sort") String sort,
            @QueryParam("direction") String direction,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
        QueryParams.Sorting<SpeakerSort> sorting = QueryParams.sorting(
                sort, direction, SpeakerSort.values(), SpeakerSort.NAME, SpeakerSort::defaultDirection);
        Form form = new Form(
                QueryParams.boundedText("prefix", prefix),
                QueryParams.speakerKind(kind),
                sorting.sort(),
                sorting.direction());
        PageOf<SpeakerSummary> found = speakers.search(
                new SpeakerService.SpeakerFilter(null, form.prefix(), null, form.kind()),
                form.sort(),
                form.direction(),
                page,
                PAGE_SIZE);
        Pagination pagination = Pagination.of(
                page, PAGE_SIZE, found.total(), p -> "/speakers" + form.query().with("page", p == 0 ? null : p));
        List<SortableColumn> columns = List.of(
                column("Name", SpeakerSort.NAME, form),
                SortableColumn.plain("Kind"),
                column("Quotes", SpeakerSort.QUOTES, form),
                column("Articles", SpeakerSort.ARTICLES, form));
        return Pages.speakers(form, columns, found.items(), pagination);
    }

    private static SortableColumn column(String label, SpeakerSort key, Form form) {
        return SortableColumn.of(
                label,
                key,
                key.defaultDirection(),
                form.sort(),
                form.direction(),
                (k, d) ->
                        "/speakers" + form.filters().with("sort", k.parameter()).with("direction", d.parameter()));
    }
}

package dev.saywho.ingest.web;

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
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.QuoteFilter;
import dev.saywho.ingest.service.QuoteQueryService;
import io.quarkus.qute.TemplateInstance;

/** Quote search as a form over GET /api/v1/quotes: the same filters, paged results, and its exports. */
@Path("/quotes")
public class QuoteSearchPage {

    static final int PAGE_SIZE = 25;

    private final QuoteQueryService quotes;

    public QuoteSearchPage(QuoteQueryService quotes) {
        this.quotes = quotes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance search(
            @QueryParam("speaker") String speaker,
            @QueryParam("organization") String organization,
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("source") String source,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("gender") String gender,
            @QueryParam("sourceKind") String sourceKind,
            @QueryParam("roleClass") String roleClass,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
        SearchForm form = new SearchForm(
                QueryParams.trimmed(speaker),
                QueryParams.trimmed(organization),
                QueryParams.trimmed(q),
                QueryParams.trimmed(type),
                QueryParams.trimmed(source),
                QueryParams.trimmed(from),
                QueryParams.trimmed(to),
                QueryParams.trimmed(gender),
                QueryParams.trimmed(sourceKind),
                QueryParams.trimmed(roleClass));
        QuoteFilter filter = QueryParams.who(
                QueryParams.quoteFilter(speaker, organization, q, type, source, from, to),
                gender,
                sourceKind,
                roleClass);
        PageOf<StoredQuote> found = quotes.search(filter, page, PAGE_SIZE);
        Pagination pagination = Pagination.of(
                page, PAGE_SIZE, found.total(), p -> "/quotes" + form.query().with("page", p == 0 ? null : p));
        // The exports are the API's own, with the same filters: every match, not only this page.
        String csv = "/api/v1/quotes" + form.query().with("format", "csv");
        String ndjson = "/api/v1/quotes" + form.query().with("format", "ndjson");
        return Pages.quotes(form, found.items(), pagination, found.total(), csv, ndjson, !form.empty());
    }
}

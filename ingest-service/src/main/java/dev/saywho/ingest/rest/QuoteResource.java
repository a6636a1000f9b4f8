package dev.saywho.ingest.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.saywho.common.Problem;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.http.PublicLinks;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.InvalidInputException;
import dev.saywho.ingest.service.QuoteExporter;
import dev.saywho.ingest.service.QuoteFilter;
import dev.saywho.ingest.service.QuoteQueryService;

/** Quote search, as JSON pages or as a full CSV / NDJSON export. */
@Path("/api/v1/quotes")
@Tag(name = "Quotes", description = "Search stored quotes; export them as CSV or NDJSON.")
public class QuoteResource {

    static final String CSV = "text/csv";

    private static final Variant JSON_VARIANT = new Variant(MediaType.APPLICATION_JSON_TYPE, (String) null, null);
    private static final Variant CSV_VARIANT = new Variant(
            new MediaType("text", "csv", Map.of("charset", "UTF-8", "header", "present")), (String) null, null);
    private static final Variant NDJSON_VARIANT =
            new Variant(MediaType.valueOf(ArticleResource.NDJSON), (String) null, null);
    private static final List<Variant> VARIANTS = List.of(JSON_VARIANT, CSV_VARIANT, NDJSON_VARIANT);

    private final QuoteQueryService queryService;
    private final QuoteExporter exporter;
    private final PublicLinks publicLinks;

    public QuoteResource(QuoteQueryService queryService, QuoteExporter exporter, PublicLinks publicLinks) {
        this.queryService = queryService;
        this.exporter = exporter;
        this.publicLinks = publicLinks;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, ArticleResource.NDJSON})
    @Operation(
            summary = "Search quotes",
            description =
                    "Filters combine with AND. With Accept: application/json (default) a page, newest first, with Link "
                            + "and X-Total-Count headers; with Accept: text/csv or application/x-ndjson every matching "
                            + "quote, oldest first, streamed without pagination.")
    @APIResponse(
            responseCode = "200",
            description = "Matching quotes.",
            headers = {
                @Header(
                        name = "X-Total-Count",
                        description = "Number of matching quotes (JSON only)",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(
                        name = "Link",
                        description = "RFC 8288 links: first, prev, next, last (JSON only)",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = StoredQuotePage.class)),
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = ApiExamples.QUOTES_CSV)),
                @Content(mediaType = ArticleResource.NDJSON, schema = @Schema(implementation = StoredQuote.class))
            })
    @APIResponse(
            responseCode = "400",
            description = "Invalid parameter (page, size, type, from, to, format).",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response search(
            @Parameter(description = "Part of the speaker's name (case and accents ignored), for example Varga")
                    @QueryParam("speaker")
                    String speaker,
            @Parameter(
                            description =
                                    "Part of the speaker's affiliation, or of an organization speaker's name, for example Port Tessaly")
                    @QueryParam("organization")
                    String organization,
            @Parameter(
                            description =
                                    "Full-text query on the quote text (web-search syntax on PostgreSQL), for example bridge")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "DIRECT, INDIRECT or MIXED") @QueryParam("type") String type,
            @Parameter(description = "Source of the article, for example tessaly-herald") @QueryParam("source")
                    String source,
            @Parameter(description = "Articles published at or after (date or date-time), for example 2026-03-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Articles published before (a date includes that day), for example 2026-03-31")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "Only speakers whose article states this gender: FEMALE, MALE or UNKNOWN")
                    @QueryParam("gender")
                    String gender,
            @Parameter(description = "Only this kind of source: PERSON, ORGANISATION, ANONYMOUS, DOCUMENT or UNKNOWN")
                    @QueryParam("sourceKind")
                    String sourceKind,
            @Parameter(
                            description = "Only people of this role class: OFFICIAL, EXPERT, BUSINESS, SPOKESPERSON, "
                                    + "ADVOCATE, CITIZEN or OTHER")
                    @QueryParam("roleClass")
                    String roleClass,
            @Parameter(description = "Page number, from 0 (JSON only)")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(QueryParams.MAX_PAGE)
                    int page,
            @Parameter(description = "Page size, 1 to 200 (JSON only)")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(200)
                    int size,
            @Parameter(
                            description =
                                    "csv or ndjson: export every match as a download, whatever Accept says (for links, "
                                            + "which cannot set Accept)")
                    @QueryParam("format")
                    String format,
            @Context Request request,
            @Context UriInfo uriInfo) {
        QuoteFilter filter = QueryParams.who(
                QueryParams.quoteFilter(speaker, organization, q, type, source, from, to),
                gender,
                sourceKind,
                roleClass);
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> download(export(filter, CSV_VARIANT), "quotes.csv");
                case "ndjson" -> download(export(filter, NDJSON_VARIANT), "quotes.ndjson");
                default -> throw new InvalidInputException("format", "must be csv or ndjson");
            };
        }
        // The client's Accept (with its q-values) picks the variant; JSON, listed first, wins ties and */*.
        Variant chosen = request.selectVariant(VARIANTS);
        if (CSV_VARIANT.equals(chosen) || NDJSON_VARIANT.equals(chosen)) {
            return export(filter, chosen);
        }
        return PageLinks.ok(queryService.search(filter, page, size), uriInfo, publicLinks);
    }

    private Response export(QuoteFilter filter, Variant variant) {
        return Response.ok(new QuoteExport(sink -> exporter.forEachMatching(filter, sink)), variant)
                .build();
    }

    private static Response download(Response export, String fileName) {
        return Response.fromResponse(export)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** OpenAPI schema of a page of quotes. */
    @Schema(name = "StoredQuotePage")
    static final class StoredQuotePage extends PageSchema<StoredQuote> {}
}

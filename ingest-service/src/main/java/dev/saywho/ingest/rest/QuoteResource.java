package dev.saywho.ingest.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.Problem;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.service.InvalidInputException;
import dev.saywho.ingest.service.QuoteExporter;
import dev.saywho.ingest.service.QuoteFilter;
import dev.saywho.ingest.service.QuoteQueryService;

/** Quote search, as JSON pages or as a full CSV / NDJSON export. */
@Path("/api/v1/quotes")
@Tag(name = "Quotes", description = "Search stored quotes; export them as CSV or NDJSON.")
public class QuoteResource {

    static final String CSV = "text/csv";

    private final QuoteQueryService queryService;
    private final QuoteExporter exporter;
    private final ObjectMapper objectMapper;
    private final PublicLinks publicLinks;

    public QuoteResource(QuoteQueryService queryService, QuoteExporter exporter, ObjectMapper objectMapper,
            PublicLinks publicLinks) {
        this.queryService = queryService;
        this.exporter = exporter;
        this.publicLinks = publicLinks;
        this.objectMapper = objectMapper;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, ArticleResource.NDJSON})
    @Operation(summary = "Search quotes",
            description = "Filters combine with AND. With Accept: application/json (default) a page, newest first, with "
                    + "Link and X-Total-Count headers; with Accept: text/csv or application/x-ndjson every matching quote, "
                    + "oldest first, streamed without pagination.")
    @APIResponse(responseCode = "200", description = "Matching quotes.",
            headers = {@Header(name = "X-Total-Count", description = "Number of matching quotes (JSON only)", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "RFC 8288 links: first, prev, next, last (JSON only)", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoredQuotePage.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ApiExamples.QUOTES_CSV)),
                    @Content(mediaType = ArticleResource.NDJSON, schema = @Schema(implementation = StoredQuote.class))})
    @APIResponse(responseCode = "400", description = "Invalid parameter (page, size, type, from, to, format).",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response search(
            @Parameter(description = "Part of the speaker's name (case and accents ignored)", example = "Varga") @QueryParam("speaker") String speaker,
            @Parameter(description = "Part of the speaker's affiliation, or of an organization speaker's name", example = "Port Tessaly") @QueryParam("organization") String organization,
            @Parameter(description = "Full-text query on the quote text (web-search syntax on PostgreSQL)", example = "bridge") @QueryParam("q") String q,
            @Parameter(description = "DIRECT, INDIRECT or MIXED") @QueryParam("type") String type,
            @Parameter(description = "Source of the article", example = "tessaly-herald") @QueryParam("source") String source,
            @Parameter(description = "Articles published at or after (date or date-time)", example = "2026-03-01") @QueryParam("from") String from,
            @Parameter(description = "Articles published before (a date includes that day)", example = "2026-03-31") @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0 (JSON only)") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(QueryParams.MAX_PAGE) int page,
            @Parameter(description = "Page size, 1 to 200 (JSON only)") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Parameter(description = "csv or ndjson: export every match as a download, whatever Accept says (for links, "
                    + "which cannot set Accept)") @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        QuoteFilter filter = QueryParams.quoteFilter(speaker, organization, q, type, source, from, to);
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> download(export(filter, CSV, true), "quotes.csv");
                case "ndjson" -> download(export(filter, ArticleResource.NDJSON, false), "quotes.ndjson");
                default -> throw new InvalidInputException("format", "must be csv or ndjson");
            };
        }
        MediaType negotiated = negotiate(headers.getAcceptableMediaTypes());
        if (negotiated.isCompatible(MediaType.valueOf(CSV))) {
            return export(filter, CSV, true);
        }
        if (negotiated.isCompatible(MediaType.valueOf(ArticleResource.NDJSON))) {
            return export(filter, ArticleResource.NDJSON, false);
        }
        return PageLinks.ok(queryService.search(filter, page, size), uriInfo, publicLinks);
    }

    private Response export(QuoteFilter filter, String mediaType, boolean csv) {
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try {
                if (csv) {
                    QuoteExportWriter.csvHeader(writer);
                }
                exporter.forEachMatching(filter, quote -> {
                    if (csv) {
                        QuoteExportWriter.csvRow(writer, quote);
                    } else {
                        QuoteExportWriter.ndjsonLine(writer, objectMapper, quote);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        String type = csv ? CSV + "; charset=UTF-8; header=present" : mediaType;
        return Response.ok(body, type).build();
    }

    private static Response download(Response export, String fileName) {
        return Response.fromResponse(export).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** The first acceptable format in the client's order of preference; JSON when the client accepts anything. */
    private static MediaType negotiate(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType()) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            for (String offered : List.of(MediaType.APPLICATION_JSON, CSV, ArticleResource.NDJSON)) {
                if (accepted.isCompatible(MediaType.valueOf(offered))) {
                    return MediaType.valueOf(offered);
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    /** OpenAPI schema of a page of quotes. */
    @Schema(name = "StoredQuotePage")
    static final class StoredQuotePage extends PageSchema<StoredQuote> {
    }
}

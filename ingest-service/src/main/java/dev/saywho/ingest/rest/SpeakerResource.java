package dev.saywho.ingest.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

import dev.saywho.common.Problem;
import dev.saywho.common.SpeakerSort;
import dev.saywho.common.SpeakerSummary;
import dev.saywho.ingest.http.PublicLinks;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.CorrectionService;
import dev.saywho.ingest.service.QuoteFilter;
import dev.saywho.ingest.service.QuoteQueryService;
import dev.saywho.ingest.service.SpeakerService;

/** Speakers across articles and their quotes. */
@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "People and organizations quoted, identified across articles.")
public class SpeakerResource {

    private static final String PAGE_HEADERS_DOC = "RFC 8288 links: first, prev, next, last";

    private final SpeakerService speakerService;
    private final QuoteQueryService quoteQueryService;
    private final PublicLinks publicLinks;

    private final CorrectionService corrections;

    public SpeakerResource(
            SpeakerService speakerService,
            QuoteQueryService quoteQueryService,
            PublicLinks publicLinks,
            CorrectionService corrections) {
        this.corrections = corrections;
        this.speakerService = speakerService;
        this.publicLinks = publicLinks;
        this.quoteQueryService = quoteQueryService;
    }

    @GET
    @Operation(
            summary = "Search speakers",
            description = "By name, name prefix, organization and kind, with quote and article counts and the roles "
                    + "and affiliations seen; sorted by name unless sort says otherwise (in the database, ties in id "
                    + "order), paginated.")
    @APIResponse(
            responseCode = "200",
            description = "A page of speakers.",
            headers = {
                @Header(
                        name = "X-Total-Count",
                        description = "Number of matching speakers",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = PAGE_HEADERS_DOC, schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SpeakerSummaryPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid page, size, kind, sort or direction (the problem names the allowed values).",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response search(
            @Parameter(description = "Part of the name (case and accents ignored), for example varga") @QueryParam("q")
                    String q,
            @Parameter(description = "Part of an affiliation the speaker was quoted with, for example Port Tessaly")
                    @QueryParam("organization")
                    String organization,
            @Parameter(description = "Start of the name (case and accents ignored), for example ilse")
                    @QueryParam("prefix")
                    String prefix,
            @Parameter(
                            description = "Only speakers of this kind",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"PERSON", "ORGANIZATION", "GROUP", "ANONYMOUS", "UNKNOWN"}))
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "Sort by name (A to Z), quotes or articles (most first); the default is name",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"name", "quotes", "articles"}))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            description = "asc or desc; without it, the sort's own direction",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"asc", "desc"}))
                    @QueryParam("direction")
                    String direction,
            @Parameter(description = "Page number, from 0")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(QueryParams.MAX_PAGE)
                    int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200)
                    int size,
            @Context UriInfo uriInfo) {
        SpeakerService.SpeakerFilter filter = new SpeakerService.SpeakerFilter(
                QueryParams.boundedText("q", q),
                QueryParams.boundedText("prefix", prefix),
                QueryParams.boundedText("organization", organization),
                QueryParams.speakerKind(kind));
        QueryParams.Sorting<SpeakerSort> sorting = QueryParams.sorting(
                sort, direction, SpeakerSort.values(), SpeakerSort.NAME, SpeakerSort::defaultDirection);
        return PageLinks.ok(
                speakerService.search(filter, sorting.sort(), sorting.direction(), page, size), uriInfo, publicLinks);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a speaker")
    @APIResponse(
            responseCode = "200",
            description = "The speaker.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SpeakerSummary.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such speaker.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = ApiExamples.PROBLEM_404)))
    @APIResponse(
            responseCode = "301",
            description = "The speaker was merged into another: Location names the speaker that remains.")
    public Response get(@Parameter(description = "Speaker id") @PathParam("id") long id) {
        CorrectionService.SpeakerEntityView revision = corrections.speaker(id).orElseThrow(() -> notFound(id));
        if (revision.mergedInto() != null) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .header(HttpHeaders.LOCATION, publicLinks.to("/api/v1/speakers/" + revision.mergedInto()))
                    .build();
        }
        SpeakerSummary speaker = speakerService.find(id).orElseThrow(() -> notFound(id));
        return Response.ok(speaker).tag(Revisions.tag(revision.version())).build();
    }

    @GET
    @Path("{id}/quotes")
    @Operation(summary = "Get a speaker's quotes", description = "Newest first, paginated.")
    @APIResponse(
            responseCode = "200",
            description = "A page of quotes.",
            headers = {
                @Header(
                        name = "X-Total-Count",
                        description = "Number of quotes",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = PAGE_HEADERS_DOC, schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteResource.StoredQuotePage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid page or size.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such speaker.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response quotes(
            @Parameter(description = "Speaker id") @PathParam("id") long id,
            @Parameter(description = "Page number, from 0")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(QueryParams.MAX_PAGE)
                    int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200)
                    int size,
            @Context UriInfo uriInfo) {
        if (speakerService.find(id).isEmpty()) {
            throw notFound(id);
        }
        return PageLinks.ok(quoteQueryService.search(QuoteFilter.ofSpeaker(id), page, size), uriInfo, publicLinks);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No speaker with id " + id + ".");
    }

    /** OpenAPI schema of a page of speakers. */
    @Schema(name = "SpeakerSummaryPage")
    static final class SpeakerSummaryPage extends PageSchema<SpeakerSummary> {}
}

package dev.saywho.ingest.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.saywho.common.OrganizationSort;
import dev.saywho.common.OrganizationSummary;
import dev.saywho.common.Problem;
import dev.saywho.ingest.http.PublicLinks;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.OrganizationService;

/** Organisations quoted, speaking for themselves and as the affiliation of those who speak. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "People and organizations quoted, identified across articles.")
public class OrganizationResource {

    private final OrganizationService organizationService;
    private final PublicLinks publicLinks;

    public OrganizationResource(OrganizationService organizationService, PublicLinks publicLinks) {
        this.organizationService = organizationService;
        this.publicLinks = publicLinks;
    }

    @GET
    @Operation(
            summary = "List organizations",
            description = "Organizations quoted speaking for themselves (speakers of kind ORGANIZATION) and through "
                    + "their people (the affiliation of who speaks), added up by name, with both counts; most quoted "
                    + "first unless sort says otherwise (sorted in the database, ties in name order), paginated. "
                    + "GET /api/v1/quotes?organization= finds their quotes.")
    @APIResponse(
            responseCode = "200",
            description = "A page of organizations.",
            headers = {
                @Header(
                        name = "X-Total-Count",
                        description = "Number of matching organizations",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(
                        name = "Link",
                        description = "RFC 8288 links: first, prev, next, last",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganizationSummaryPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid page, size, q, sort or direction (the problem names the allowed values).",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Part of the name (case ignored), for example harbour") @QueryParam("q") String q,
            @Parameter(
                            description = "Sort by quotes (most first) or name (A to Z); the default is quotes",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"quotes", "name"}))
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
        String name = QueryParams.boundedText("q", q);
        QueryParams.Sorting<OrganizationSort> sorting = QueryParams.sorting(
                sort,
                direction,
                OrganizationSort.values(),
                OrganizationSort.QUOTES,
                OrganizationSort::defaultDirection);
        return PageLinks.ok(
                organizationService.list(name, sorting.sort(), sorting.direction(), page, size), uriInfo, publicLinks);
    }

    /** OpenAPI schema of a page of organizations. */
    @Schema(name = "OrganizationSummaryPage")
    static final class OrganizationSummaryPage extends PageSchema<OrganizationSummary> {}
}

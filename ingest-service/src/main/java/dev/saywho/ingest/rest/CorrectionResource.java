package dev.saywho.ingest.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.saywho.common.Correction;
import dev.saywho.common.NewQuote;
import dev.saywho.common.Problem;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.http.Caller;
import dev.saywho.ingest.http.PublicLinks;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.CorrectionService;
import dev.saywho.ingest.service.InvalidInputException;
import dev.saywho.ingest.service.TrainingExport;

/**
 * Article deletion, additions, the review queue, the log and the export. Corrections by people: review, correct, reject and add quotes; rename, retype, merge and split speakers; delete and
 * restore articles; the log of every change, its undo, and the corrected articles as training data. Writes need the
 * API key when keys are configured (the access filter), and those on a quote or a speaker name its revision in
 * If-Match.
 */
@Path("/api/v1")
@Tag(name = "Corrections", description = "Fix what the engine got wrong, with an audit log and undo")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

    private final CorrectionService corrections;
    private final TrainingExport export;
    private final Caller caller;
    private final PublicLinks publicLinks;

    public CorrectionResource(
            CorrectionService corrections, TrainingExport export, Caller caller, PublicLinks publicLinks) {
        this.corrections = corrections;
        this.export = export;
        this.caller = caller;
        this.publicLinks = publicLinks;
    }

    @POST
    @Path("articles/{id}/quotes")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Add a quote the engine missed",
            description = "Offsets into the article's stored text; the quote is ADDED and survives re-attribution.")
    @APIResponse(
            responseCode = "201",
            description = "The new quote.",
            content = @Content(schema = @Schema(implementation = StoredQuote.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid offsets or speaker.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The span overlaps a quote.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "410",
            description = "The article was deleted.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response add(
            @Parameter(description = "Article id") @PathParam("id") long id,
            @RequestBody(required = true) NewQuote quote) {
        if (quote == null) {
            throw new InvalidInputException("body", "send the quote to add");
        }
        StoredQuote added = corrections.add(id, quote, caller.identity());
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, publicLinks.to("/api/v1/quotes/" + added.id()))
                .tag(Revisions.tag(added.version()))
                .entity(added)
                .build();
    }

    @GET
    @Path("review-queue")
    @Operation(
            summary = "What most needs a look",
            description = "Quotes nobody has reviewed: without a speaker first, then with an unresolved or one-word "
                    + "speaker, then the least confident.")
    @APIResponse(
            responseCode = "200",
            description = "A page of quotes.",
            content = @Content(schema = @Schema(implementation = QuoteResource.StoredQuotePage.class)))
    public Response reviewQueue(
            @Parameter(description = "Page number, from 0")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(QueryParams.MAX_PAGE)
                    int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200)
                    int size,
            @Context UriInfo uriInfo) {
        return PageLinks.ok(corrections.reviewQueue(page, size), uriInfo, publicLinks);
    }

    @DELETE
    @Path("articles/{id}")
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Delete an article",
            description = "With its quotes (a takedown, a duplicate). It can be restored within the retention window "
                    + "(saywho.ingest.deletion.retention, 30 days by default), then it is purged.")
    @APIResponse(
            responseCode = "200",
            description = "The log entry of the deletion.",
            content = @Content(schema = @Schema(implementation = Correction.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such article.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "410",
            description = "Deleted already.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Correction delete(@Parameter(description = "Article id") @PathParam("id") long id) {
        return corrections.deleteArticle(id, caller.identity());
    }

    @POST
    @Path("articles/{id}/restore")
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(summary = "Restore a deleted article", description = "With the quotes it had.")
    @APIResponse(
            responseCode = "200",
            description = "The log entry of the restoration.",
            content = @Content(schema = @Schema(implementation = Correction.class)))
    @APIResponse(
            responseCode = "409",
            description = "The article is not deleted.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Correction restore(@Parameter(description = "Article id") @PathParam("id") long id) {
        return corrections.restoreArticle(id, caller.identity());
    }

    @GET
    @Path("corrections")
    @Operation(
            summary = "The log of changes",
            description = "Newest first: who, when, what, and the state before and after; of one article, quote or "
                    + "speaker, or all.")
    @APIResponse(
            responseCode = "200",
            description = "A page of log entries.",
            content = @Content(schema = @Schema(implementation = CorrectionPage.class)))
    public Response history(
            @Parameter(description = "Only changes of this article") @QueryParam("article") Long articleId,
            @Parameter(description = "Only changes of this quote") @QueryParam("quote") Long quoteId,
            @Parameter(description = "Only changes of this speaker, by its id, for example 7") @QueryParam("speaker")
                    Long speakerId,
            @Parameter(description = "Page number, from 0")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(QueryParams.MAX_PAGE)
                    int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200)
                    int size,
            @Context UriInfo uriInfo) {
        return PageLinks.ok(corrections.history(articleId, quoteId, speakerId, page, size), uriInfo, publicLinks);
    }

    @POST
    @Path("corrections/{id}/undo")
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Undo a change",
            description = "Puts back the state before it, if what it changed is still as it left it (else undo the "
                    + "later change first: 409). The undo is a change in the log too.")
    @APIResponse(
            responseCode = "200",
            description = "The log entry of the undo.",
            content = @Content(schema = @Schema(implementation = Correction.class)))
    @APIResponse(
            responseCode = "409",
            description = "Changed since, or undone already.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Correction undo(@Parameter(description = "Log entry id") @PathParam("id") long id) {
        return corrections.undo(id, caller.identity());
    }

    @GET
    @Path("corrections/export")
    @Produces(ArticleResource.NDJSON)
    @Operation(
            summary = "Corrected articles as training data",
            description = "Every article with a reviewed, corrected, added or rejected quote, one JSON object per "
                    + "line, in the corpus format of ./saywho train (shared/eval/README.md): its text and the quotes "
                    + "people decided on or left as the engine found them, offsets in Unicode code points.")
    @APIResponse(
            responseCode = "200",
            description = "One article per line.",
            content = @Content(mediaType = ArticleResource.NDJSON, schema = @Schema(type = SchemaType.STRING)))
    public Response exportCorrected() {
        return Response.ok(export.streamingOutput())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"saywho-corrections.jsonl\"")
                .build();
    }

    /** OpenAPI schema of a page of log entries. */
    @Schema(name = "CorrectionPage")
    static final class CorrectionPage extends PageSchema<Correction> {}
}

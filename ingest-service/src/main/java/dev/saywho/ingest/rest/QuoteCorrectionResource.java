package dev.saywho.ingest.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.saywho.common.Correction;
import dev.saywho.common.Problem;
import dev.saywho.common.QuoteCorrection;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.http.Caller;
import dev.saywho.ingest.service.CorrectionService;
import dev.saywho.ingest.service.InvalidInputException;

/**
 * The quote corrections. Corrections by people: review, correct, reject and add quotes; rename, retype, merge and split speakers; delete and
 * restore articles; the log of every change, its undo, and the corrected articles as training data. Writes need the
 * API key when keys are configured (the access filter), and those on a quote or a speaker name its revision in
 * If-Match.
 */
@Path("/api/v1/quotes")
@Tag(name = "Corrections", description = "Fix what the engine got wrong, with an audit log and undo")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteCorrectionResource {

    private static final String IF_MATCH_DOC = "The quote's ETag (its revision), from GET /api/v1/quotes/{id}.";
    private static final String STALE_DOC =
            "Someone changed it since the revision named in If-Match: reload and " + "make the change again.";
    private static final String NO_IF_MATCH_DOC = "If-Match is missing or names no revision.";

    private final CorrectionService corrections;
    private final Caller caller;

    public QuoteCorrectionResource(CorrectionService corrections, Caller caller) {
        this.corrections = corrections;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a quote", description = "The quote, with its revision as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The quote.",
            headers = @Header(name = "ETag", description = "The revision", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StoredQuote.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such quote.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response quote(@Parameter(description = "Quote id") @PathParam("id") long id) {
        return withTag(corrections.quote(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Correct a quote",
            description =
                    "Changes its speaker, role, affiliation, kind or boundaries (fields left out stay). The quote "
                            + "becomes CORRECTED: it leaves the review queue and survives re-attribution.")
    @APIResponse(
            responseCode = "200",
            description = "The corrected quote, with its new ETag.",
            content = @Content(schema = @Schema(implementation = StoredQuote.class)))
    @APIResponse(
            responseCode = "400",
            description = "An invalid field.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such quote.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "New boundaries overlap another quote.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = STALE_DOC,
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = NO_IF_MATCH_DOC,
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response correct(
            @Parameter(description = "Quote id") @PathParam("id") long id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) QuoteCorrection correction) {
        long revision = Revisions.required(ifMatch, "quote");
        if (correction == null) {
            throw new InvalidInputException("body", "send a correction object");
        }
        return withTag(corrections.correct(id, revision, correction, caller.identity()));
    }

    @POST
    @Path("{id}/review")
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Accept a quote as it is",
            description = "Marks it REVIEWED: it leaves the review queue and survives re-attribution.")
    @APIResponse(
            responseCode = "200",
            description = "The reviewed quote, with its new ETag.",
            content = @Content(schema = @Schema(implementation = StoredQuote.class)))
    @APIResponse(
            responseCode = "412",
            description = STALE_DOC,
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = NO_IF_MATCH_DOC,
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response review(
            @Parameter(description = "Quote id") @PathParam("id") long id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(corrections.review(id, Revisions.required(ifMatch, "quote"), caller.identity()));
    }

    @DELETE
    @Path("{id}")
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Mark a quote \"not a quotation\"",
            description = "Takes it out of every list, search and export; re-attribution leaves its span alone. The "
                    + "answer is the log entry: POST /api/v1/corrections/{id}/undo puts the quote back.")
    @APIResponse(
            responseCode = "200",
            description = "The log entry of the change.",
            content = @Content(schema = @Schema(implementation = Correction.class)))
    @APIResponse(
            responseCode = "412",
            description = STALE_DOC,
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = NO_IF_MATCH_DOC,
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Correction reject(
            @Parameter(description = "Quote id") @PathParam("id") long id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return corrections.reject(id, Revisions.required(ifMatch, "quote"), caller.identity());
    }

    private static Response withTag(StoredQuote quote) {
        return Response.ok(quote).tag(Revisions.tag(quote.version())).build();
    }
}

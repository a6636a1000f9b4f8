package dev.saywho.ingest.rest;

import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.saywho.common.Problem;
import dev.saywho.common.SpeakerCorrection;
import dev.saywho.common.SpeakerMerge;
import dev.saywho.common.SpeakerSplit;
import dev.saywho.ingest.http.Caller;
import dev.saywho.ingest.service.CorrectionService;
import dev.saywho.ingest.service.CorrectionService.SpeakerEntityView;
import dev.saywho.ingest.service.InvalidInputException;

/**
 * The speaker corrections. Corrections by people: review, correct, reject and add quotes; rename, retype, merge and split speakers; delete and
 * restore articles; the log of every change, its undo, and the corrected articles as training data. Writes need the
 * API key when keys are configured (the access filter), and those on a quote or a speaker name its revision in
 * If-Match.
 */
@Path("/api/v1/speakers")
@Tag(name = "Corrections", description = "Fix what the engine got wrong, with an audit log and undo")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerCorrectionResource {

    private static final String STALE_DOC =
            "Someone changed it since the revision named in If-Match: reload and " + "make the change again.";
    private static final String NO_IF_MATCH_DOC = "If-Match is missing or names no revision.";

    private final CorrectionService corrections;
    private final Caller caller;

    public SpeakerCorrectionResource(CorrectionService corrections, Caller caller) {
        this.corrections = corrections;
        this.caller = caller;
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Rename a speaker or change its kind",
            description = "If-Match names the speaker's revision (the ETag of GET /api/v1/speakers/{id}). A name and "
                    + "kind another speaker has already is refused (409): merge the two instead.")
    @APIResponse(
            responseCode = "200",
            description = "The speaker.",
            content = @Content(schema = @Schema(implementation = SpeakerEntityView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another speaker has that name and kind.",
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
    public Response correctSpeaker(
            @Parameter(description = "Speaker id") @PathParam("id") long id,
            @Parameter(description = "The speaker's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) SpeakerCorrection correction) {
        long revision = Revisions.required(ifMatch, "speaker");
        if (correction == null) {
            throw new InvalidInputException("body", "send a correction object");
        }
        SpeakerEntityView speaker = corrections.correctSpeaker(id, revision, correction, caller.identity());
        return Response.ok(speaker).tag(Revisions.tag(speaker.version())).build();
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Merge a speaker into another",
            description = "Every quote follows; the merged name stays as an alias (searches by it find the speaker "
                    + "that remains, and the engine's later quotes under it go there).")
    @APIResponse(
            responseCode = "200",
            description = "The speaker that remains, and the log entry to undo by.",
            content = @Content(schema = @Schema(implementation = SpeakerEntityView.class)))
    @APIResponse(
            responseCode = "409",
            description = "A speaker was merged already.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public SpeakerEntityView merge(
            @Parameter(description = "Speaker id") @PathParam("id") long id,
            @RequestBody(required = true) SpeakerMerge merge) {
        if (merge == null || merge.into() == null) {
            throw new InvalidInputException("into", "is required");
        }
        return corrections.merge(id, merge.into(), caller.identity());
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Split quotes off a speaker",
            description = "Moves the listed quotes of the speaker to the speaker named (found or created).")
    @APIResponse(
            responseCode = "200",
            description = "The speaker they now belong to, and the log entry to undo by.",
            content = @Content(schema = @Schema(implementation = SpeakerEntityView.class)))
    public SpeakerEntityView split(
            @Parameter(description = "Speaker id") @PathParam("id") long id,
            @RequestBody(required = true) SpeakerSplit split) {
        if (split == null) {
            throw new InvalidInputException("body", "send the quotes to split off and who said them");
        }
        return corrections.split(id, split, caller.identity());
    }
}

package dev.saywho.ingest.rest;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.saywho.common.BatchResult;
import dev.saywho.common.Problem;
import dev.saywho.ingest.http.Caller;
import dev.saywho.ingest.service.BatchIngestService;

/** NDJSON batch ingestion: {@code POST /api/v1/articles:batch} (the colon must be sent literally, not as %3A). */
@Path("/api/v1/articles:batch")
@Tag(name = "Articles")
public class ArticleBatchResource {

    private final BatchIngestService batchService;
    private final Caller caller;

    public ArticleBatchResource(BatchIngestService batchService, Caller caller) {
        this.batchService = batchService;
        this.caller = caller;
    }

    @POST
    @Consumes(ArticleResource.NDJSON)
    @Produces(ArticleResource.NDJSON)
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Submit articles in bulk (NDJSON)",
            description =
                    "One article JSON object per line, streamed: each line is stored as it is read and its result "
                            + "written at once, one NDJSON result per non-blank input line (created, duplicate or "
                            + "rejected with a problem). A bad line never affects the others. Attribution runs "
                            + "concurrently in the background; the response ends when this batch's attributions have "
                            + "finished (failed ones stay PENDING).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = ArticleResource.NDJSON,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "two lines", value = ApiExamples.BATCH_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "One result per input line.",
            content =
                    @Content(
                            mediaType = ArticleResource.NDJSON,
                            schema = @Schema(implementation = BatchResult.class),
                            examples = @ExampleObject(name = "results", value = ApiExamples.BATCH_RESPONSE)))
    @APIResponse(
            responseCode = "401",
            description = "API keys are configured and X-API-Key is missing or wrong.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unauthorized", value = ApiExamples.PROBLEM_401)))
    @APIResponse(
            responseCode = "415",
            description = "The body is not application/x-ndjson.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unsupported", value = ApiExamples.PROBLEM_415)))
    public Response submitBatch(InputStream body, @Context UriInfo uriInfo) {
        String instance = uriInfo.getPath();
        String submitter = caller.identity();
        StreamingOutput results = out -> batchService.ingest(body, out, instance, submitter);
        return Response.ok(results, ArticleResource.NDJSON).build();
    }
}

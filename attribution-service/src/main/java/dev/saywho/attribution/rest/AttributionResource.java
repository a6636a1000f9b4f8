package dev.saywho.attribution.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.config.AttributionConfig;
import dev.saywho.attribution.service.AttributionService;
import dev.saywho.attribution.service.BatchAttributionService;
import dev.saywho.attribution.service.BatchItem;
import dev.saywho.common.AttributionRequest;
import dev.saywho.common.AttributionResponse;
import dev.saywho.common.Problem;
import dev.saywho.web.BoundedInputStream;
import dev.saywho.web.MediaTypes;
import dev.saywho.web.StrictUtf8;

/** Finds the quotations in a text and says who said them. */
@Path("/api/v1")
@Tag(name = "Attribution", description = "Quotations, speakers and affiliations in a text")
public class AttributionResource {

    static final String NDJSON = MediaTypes.NDJSON;

    private final AttributionService attribution;
    private final BatchAttributionService batch;
    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    AttributionResource(
            AttributionService attribution,
            BatchAttributionService batch,
            ObjectMapper mapper,
            AttributionConfig config) {
        this.attribution = attribution;
        this.batch = batch;
        this.mapper = mapper;
        this.maxBodyBytes = BoundedInputStream.jsonBodyLimit(config.maxTextLength());
    }

    @POST
    @Path("/attributions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Attribute the quotations of one text",
            description =
                    "Returns every direct, indirect and mixed quotation with its cue, speaker, role and affiliation. "
                            + "Offsets are Java String indices into the submitted text.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttributionRequest.class),
                            examples = @ExampleObject(name = "article", value = OpenApiExamples.REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The quotations found (possibly none)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttributionResponse.class),
                            examples = @ExampleObject(name = "article", value = OpenApiExamples.RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "Empty body, invalid JSON or no text",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "missing text", value = OpenApiExamples.PROBLEM_400)))
    @APIResponse(
            responseCode = "401",
            description = "API keys are configured and none of them was sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Text longer than the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "500",
            description = "The engine failed on this text (logged and counted; never answered as no quotes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttributionResponse attribute(InputStream body) throws IOException {
        // Read through a bound, so a body without Content-Length (chunked) is limited as strictly as one with it.
        // Decoded strictly: bytes that are not UTF-8 are malformed JSON, never read leniently (StrictUtf8).
        return attribution.attribute(mapper.readValue(
                StrictUtf8.reader(new BoundedInputStream(body, maxBodyBytes)), AttributionRequest.class));
    }

    @POST
    @Path("/attributions:batch")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(
            summary = "Attribute many texts in one streamed call",
            description = "Takes NDJSON, one {\"id\", \"text\"} object per line, and streams back one result line per "
                    + "non-blank input line, in input order. A bad line yields a result with a `problem`; the other "
                    + "lines are unaffected. Memory use is bounded whatever the size of the batch.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = NDJSON,
                            examples = @ExampleObject(name = "two texts", value = OpenApiExamples.BATCH_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "One result per input line",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = BatchItem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Body is not NDJSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamingOutput attributeBatch(InputStream body) {
        return out -> batch.attribute(body, out);
    }
}

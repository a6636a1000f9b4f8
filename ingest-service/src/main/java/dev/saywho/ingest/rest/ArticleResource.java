package dev.saywho.ingest.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.ArticleSort;
import dev.saywho.common.ArticleSubmission;
import dev.saywho.common.ArticleSummary;
import dev.saywho.common.ArticleView;
import dev.saywho.common.AttributionStatus;
import dev.saywho.common.PageOf;
import dev.saywho.common.Problem;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.config.IngestConfig;
import dev.saywho.ingest.http.Caller;
import dev.saywho.ingest.http.PublicLinks;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.ArticleService;
import dev.saywho.ingest.service.CorrectionRefusedException;
import dev.saywho.ingest.service.CorrectionService;
import dev.saywho.web.BoundedInputStream;
import dev.saywho.web.MediaTypes;
import dev.saywho.web.StrictUtf8;

/** Article ingestion (single and NDJSON batch), retrieval and re-attribution. */
@Path("/api/v1")
@Tag(name = "Articles", description = "Submit articles, read them back with their quotes, re-run attribution.")
public class ArticleResource {

    static final String NDJSON = MediaTypes.NDJSON;

    private final ArticleService articleService;
    private final ObjectMapper objectMapper;
    private final PublicLinks publicLinks;
    private final Caller caller;
    private final CorrectionService corrections;
    private final long maxBodyBytes;

    public ArticleResource(
            ArticleService articleService,
            ObjectMapper objectMapper,
            PublicLinks publicLinks,
            Caller caller,
            CorrectionService corrections,
            IngestConfig config) {
        this.articleService = articleService;
        this.objectMapper = objectMapper;
        this.publicLinks = publicLinks;
        this.caller = caller;
        this.corrections = corrections;
        this.maxBodyBytes = BoundedInputStream.jsonBodyLimit(config.maxArticleChars());
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Submit an article",
            description =
                    "Normalizes and stores the article, then has it attributed. A submission with the external id, "
                            + "canonical URL or normalized text of a stored article is a duplicate: the stored article "
                            + "is returned with 200. When the attribution service is unavailable the article is stored "
                            + "as PENDING and attributed later.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleSubmission.class),
                            examples = @ExampleObject(name = "article", value = ApiExamples.SUBMISSION)))
    @APIResponse(
            responseCode = "201",
            description = "Stored (and attributed, unless status is PENDING).",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the stored article",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class),
                            examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE)))
    @APIResponse(
            responseCode = "200",
            description = "Duplicate of a stored article, which is returned unchanged.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Empty body, malformed JSON, neither or both of text and html, invalid field.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "both", value = ApiExamples.PROBLEM_400)))
    @APIResponse(
            responseCode = "401",
            description = "API keys are configured and X-API-Key is missing or wrong.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unauthorized", value = ApiExamples.PROBLEM_401)))
    @APIResponse(
            responseCode = "413",
            description = "The article exceeds saywho.ingest.max-article-chars.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too large", value = ApiExamples.PROBLEM_413)))
    @APIResponse(
            responseCode = "415",
            description = "The body is not application/json.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unsupported", value = ApiExamples.PROBLEM_415)))
    public Response submit(InputStream body) throws IOException {
        // Read through a bound, so a body without Content-Length (chunked) is limited as strictly as one with it.
        ArticleSubmission submission;
        // Decoded strictly: bytes that are not UTF-8 are malformed JSON, never read leniently (StrictUtf8).
        try (JsonParser parser =
                objectMapper.createParser(StrictUtf8.reader(new BoundedInputStream(body, maxBodyBytes)))) {
            // An empty body is no JSON at all: it reaches validation as a missing article, not as malformed JSON.
            submission = parser.nextToken() == null ? null : objectMapper.readValue(parser, ArticleSubmission.class);
        }
        ArticleService.IngestOutcome outcome = articleService.ingest(submission, caller.identity());
        if (!outcome.created()) {
            return Response.ok(outcome.article()).build();
        }
        return Response.status(Response.Status.CREATED)
                .entity(outcome.article())
                .header(
                        HttpHeaders.LOCATION,
                        publicLinks.to("/api/v1/articles/" + outcome.article().id()))
                .build();
    }

    @GET
    @Path("articles/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Get an article",
            description = "Normalized text, metadata, removed boilerplate, original input, "
                    + "attribution status and engine version, and the quotes.")
    @APIResponse(
            responseCode = "200",
            description = "The article.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class),
                            examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE)))
    @APIResponse(
            responseCode = "404",
            description = "No such article.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = ApiExamples.PROBLEM_404)))
    public ArticleView get(@Parameter(description = "Article id") @PathParam("id") long id) {
        return articleService.find(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("articles/{id}/quotes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Get the quotes of an article",
            description = "In text order, paginated like every list (Link and X-Total-Count headers); empty while the "
                    + "article is PENDING.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the article's quotes.",
            headers = {
                @Header(
                        name = "X-Total-Count",
                        description = "Number of quotes of the article",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(
                        name = "Link",
                        description = "RFC 8288 links: first, prev, next, last",
                        schema = @Schema(type = SchemaType.STRING))
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
            description = "No such article.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = ApiExamples.PROBLEM_404)))
    public Response quotes(
            @Parameter(description = "Article id") @PathParam("id") long id,
            @Parameter(description = "Page number, from 0")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(QueryParams.MAX_PAGE)
                    int page,
            @Parameter(description = "Page size, 1 to 1000") @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000)
                    int size,
            @Context UriInfo uriInfo) {
        PageOf<StoredQuote> result = articleService.quotesOf(id, page, size).orElseThrow(() -> notFound(id));
        return PageLinks.ok(result, uriInfo, publicLinks);
    }

    @GET
    @Path("articles")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List articles",
            description =
                    "Newest first unless sort says otherwise (sorted in the database; articles without the sorted "
                            + "value last, ties in id order), paginated; Link and X-Total-Count headers.")
    @APIResponse(
            responseCode = "200",
            description = "A page of articles.",
            headers = {
                @Header(
                        name = "X-Total-Count",
                        description = "Number of matching articles",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(
                        name = "Link",
                        description = "RFC 8288 links: first, prev, next, last",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleSummaryPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid page, size, status, sort or direction (the problem names the allowed values).",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Page number, from 0")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(QueryParams.MAX_PAGE)
                    int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200)
                    int size,
            @Parameter(description = "Only articles of this source") @QueryParam("source") String source,
            @Parameter(description = "Only articles in this attribution status (PENDING, ATTRIBUTED, FAILED)")
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Sort by created (when stored), published, quotes (newest or most first), "
                                    + "title or source (A to Z); the default is created",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"created", "published", "title", "source", "quotes"}))
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
            @Context UriInfo uriInfo) {
        QueryParams.Sorting<ArticleSort> sorting = QueryParams.sorting(
                sort, direction, ArticleSort.values(), ArticleSort.CREATED, ArticleSort::defaultDirection);
        PageOf<ArticleSummary> result = articleService.list(
                QueryParams.boundedText("source", source),
                QueryParams.status(status),
                sorting.sort(),
                sorting.direction(),
                page,
                size);
        return PageLinks.ok(result, uriInfo, publicLinks);
    }

    @POST
    @Path("articles/{id}/attribution")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Re-run attribution",
            description = "Attributes the article again and replaces its quotes in one short transaction; the stored "
                    + "attribution records the engine version that made it.")
    @APIResponse(
            responseCode = "200",
            description = "The article with its new quotes.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "401",
            description = "API keys are configured and X-API-Key is missing or wrong.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unauthorized", value = ApiExamples.PROBLEM_401)))
    @APIResponse(
            responseCode = "404",
            description = "No such article.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = ApiExamples.PROBLEM_404)))
    @APIResponse(
            responseCode = "409",
            description = "Another attribution of this article (its first, a retry or a re-attribution) is under way; "
                    + "the stored quotes are kept. Repeat the request once it has ended.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "The attribution service is unavailable; the stored quotes are kept.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unavailable", value = ApiExamples.PROBLEM_503)))
    public ArticleView reattribute(@Parameter(description = "Article id") @PathParam("id") long id) {
        return articleService.reattribute(id).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("articles/{id}/requeue")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = IngestOpenApi.API_KEY)
    @Operation(
            summary = "Re-queue an article for attribution",
            description = "Puts a FAILED (or PENDING) article back in the retry queue with a fresh attempt count; the "
                    + "retry job attributes it on its next run. An ATTRIBUTED article is returned unchanged (use "
                    + "POST /api/v1/articles/{id}/attribution to attribute it again).")
    @APIResponse(
            responseCode = "202",
            description = "Queued; the article is PENDING.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already attributed; returned unchanged.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such article.",
            content =
                    @Content(
                            mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = ApiExamples.PROBLEM_404)))
    public Response requeue(@Parameter(description = "Article id") @PathParam("id") long id) {
        ArticleView article = articleService.requeue(id).orElseThrow(() -> notFound(id));
        return Response.status(
                        article.status() == AttributionStatus.PENDING ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(article)
                .build();
    }

    /** No live article: 410 for one deleted (and restorable), else 404. */
    private RuntimeException notFound(long id) {
        return corrections
                .deletedAt(id)
                .<RuntimeException>map(at -> new CorrectionRefusedException(
                        CorrectionRefusedException.Reason.GONE,
                        "Article " + id + " was deleted on " + at.toLocalDate() + "; POST /api/v1/articles/" + id
                                + "/restore restores it within the retention window."))
                .orElseGet(() -> new NotFoundException("No article with id " + id + "."));
    }

    /** OpenAPI schema of a page of articles (generic records have no schema of their own). */
    @Schema(name = "ArticleSummaryPage")
    static final class ArticleSummaryPage extends PageSchema<ArticleSummary> {}
}

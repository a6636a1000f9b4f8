package dev.saywho.ingest.web;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.saywho.ingest.rest.FormApiKey;
import dev.saywho.ingest.rest.FormKeyCheck;
import dev.saywho.ingest.rest.PublicLinks;
import dev.saywho.ingest.service.ArticleService;
import io.quarkus.qute.TemplateInstance;

/** An article with its quotations highlighted, and its re-attribute action. */
@Path("/articles/{id}")
public class ArticlePage {

    private final ArticleService articles;
    private final FormKeyCheck keyCheck;
    private final PublicLinks links;

    public ArticlePage(ArticleService articles, FormKeyCheck keyCheck, PublicLinks links) {
        this.articles = articles;
        this.keyCheck = keyCheck;
        this.links = links;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance article(
            @PathParam("id") long id,
            @QueryParam("reattribution") String reattribution,
            @QueryParam("submitted") String submitted) {
        ArticleReading reading = ArticleReading.of(articles.find(id).orElseThrow(() -> notFound(id)));
        String notice = Notices.reattribution(reattribution);
        return Pages.article(reading, notice != null ? notice : Notices.submission(submitted), keyCheck.keyRequired());
    }

    /**
     * Re-runs attribution, then shows the article again with what happened (Post/Redirect/Get); the redirect is relative,
     * or under the configured public URL, never built from the request's Host.
     */
    @POST
    @Path("reattribution")
    @FormApiKey
    @Operation(hidden = true)
    public Response reattribute(@PathParam("id") long id, @FormParam("apiKey") String apiKey) {
        String outcome;
        if (!keyCheck.accepts(apiKey)) {
            outcome = "key-refused";
        } else {
            outcome = switch (articles.reattributeForPage(id)) {
                case NOT_FOUND -> throw notFound(id);
                case DONE -> "done";
                case BUSY -> "busy";
                case UNAVAILABLE -> "unavailable";
                case REFUSED -> "refused";
            };
        }
        return Response.status(Response.Status.SEE_OTHER)
                .header(HttpHeaders.LOCATION, links.to("/articles/" + id + "?reattribution=" + outcome))
                .build();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No article with id " + id + ".");
    }
}

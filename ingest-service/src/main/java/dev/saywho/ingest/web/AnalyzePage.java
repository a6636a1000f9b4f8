package dev.saywho.ingest.web;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.saywho.common.ArticleSubmission;
import dev.saywho.ingest.http.Caller;
import dev.saywho.ingest.http.FormApiKey;
import dev.saywho.ingest.http.FormKeyCheck;
import dev.saywho.ingest.http.PublicLinks;
import dev.saywho.ingest.service.ArticleService;
import dev.saywho.ingest.service.ArticleTooLargeException;
import dev.saywho.ingest.service.InvalidInputException;

/**
 * Paste an article and have it stored and attributed through the same path as POST /api/v1/articles; success lands on
 * the article's page (Post/Redirect/Get), a refused submission shows the problem in the form.
 */
@Path("/analyze")
public class AnalyzePage {

    private final ArticleService articles;
    private final FormKeyCheck keyCheck;
    private final Caller caller;
    private final PublicLinks links;

    public AnalyzePage(ArticleService articles, FormKeyCheck keyCheck, Caller caller, PublicLinks links) {
        this.articles = articles;
        this.keyCheck = keyCheck;
        this.caller = caller;
        this.links = links;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String form() {
        return Pages.analyze(new AnalyzeForm(), null, List.of(), keyCheck.keyRequired())
                .render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @FormApiKey
    @Operation(hidden = true)
    public Response submit(@BeanParam AnalyzeForm form) {
        if (!keyCheck.accepts(form.apiKey)) {
            return refused(
                    form,
                    401,
                    "An API key is required to submit articles, and the one given was missing or wrong.",
                    List.of());
        }
        ArticleSubmission submission = new ArticleSubmission(
                form.title,
                form.html() ? null : form.content,
                form.html() ? form.content : null,
                form.url,
                form.source,
                form.publishedAt,
                null);
        try {
            var outcome = articles.ingest(submission, caller.identity());
            String article = "/articles/" + outcome.article().id();
            return links.seeOther(outcome.created() ? article : article + "?submitted=duplicate");
        } catch (InvalidInputException e) {
            return refused(
                    form,
                    400,
                    "The article was not accepted.",
                    e.violations().stream()
                            .map(v -> fieldLabel(v.field()) + ": " + v.message())
                            .toList());
        } catch (ArticleTooLargeException e) {
            return refused(form, 413, e.getMessage(), List.of());
        }
    }

    private Response refused(AnalyzeForm form, int status, String problem, List<String> violations) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Pages.analyze(form, problem, violations, keyCheck.keyRequired())
                        .render())
                .build();
    }

    /** The form's name for an API field. */
    private static String fieldLabel(String field) {
        return switch (field) {
            case "text", "html" -> "Article";
            case "publishedAt" -> "Published";
            case "url" -> "Address (URL)";
            case "title" -> "Title";
            case "source" -> "Source";
            default -> field;
        };
    }
}

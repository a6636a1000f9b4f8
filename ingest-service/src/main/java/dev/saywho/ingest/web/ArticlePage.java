package dev.saywho.ingest.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.saywho.common.Correction;
import dev.saywho.common.NewQuote;
import dev.saywho.common.QuoteCorrection;
import dev.saywho.ingest.http.FormApiKey;
import dev.saywho.ingest.http.FormKeyCheck;
import dev.saywho.ingest.http.PublicLinks;
import dev.saywho.ingest.service.ArticleService;
import dev.saywho.ingest.service.CorrectionService;
import io.quarkus.qute.TemplateInstance;

/**
 * An article with its quotations highlighted; its re-attribute action; and the corrections people make on it: review,
 * correct, reject and add quotations, delete and restore the article, undo a change. Each action is a form post that
 * redirects back (Post/Redirect/Get) with what became of it.
 */
@Path("/articles/{id}")
public class ArticlePage {

    /** Changes listed in the article's history on the page. */
    private static final int HISTORY_SHOWN = 20;

    private final ArticleService articles;
    private final CorrectionService corrections;
    private final FormKeyCheck keyCheck;
    private final PublicLinks links;

    public ArticlePage(
            ArticleService articles, CorrectionService corrections, FormKeyCheck keyCheck, PublicLinks links) {
        this.articles = articles;
        this.corrections = corrections;
        this.keyCheck = keyCheck;
        this.links = links;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response article(
            @PathParam("id") long id,
            @QueryParam("reattribution") String reattribution,
            @QueryParam("submitted") String submitted,
            @QueryParam("quote") Long selected,
            @QueryParam("done") String done) {
        var found = articles.find(id);
        if (found.isEmpty()) {
            var deletedAt = corrections.deletedAt(id).orElse(null);
            if (deletedAt == null) {
                throw notFound(id);
            }
            return Response.status(Response.Status.GONE)
                    .entity(Pages.deletedArticle(
                            id, deletedAt, CorrectionOutcome.noticeOf(done), keyCheck.keyRequired(), history(id)))
                    .build();
        }
        ArticleReading reading = ArticleReading.of(found.get());
        String notice = firstOf(
                CorrectionOutcome.noticeOf(done), Notices.reattribution(reattribution), Notices.submission(submitted));
        ArticleReading.QuoteCard quote = reading.quote(selected);
        TemplateInstance page = Pages.article(
                reading,
                notice,
                keyCheck.keyRequired(),
                quote,
                quote == null ? null : quote.id(),
                history(id),
                corrections.speakerNames(reading.speakers().stream()
                        .map(ArticleReading.SpeakerEntry::name)
                        .toList()));
        return Response.ok(page).build();
    }

    private List<Correction> history(long id) {
        return corrections.history(id, null, null, 0, HISTORY_SHOWN).items();
    }

    private static String firstOf(String... notices) {
        for (String notice : notices) {
            if (notice != null) {
                return notice;
            }
        }
        return null;
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
        return links.seeOther("/articles/" + id + "?reattribution=" + outcome);
    }

    @POST
    @Path("quotes/{quote}/review")
    @FormApiKey
    @Operation(hidden = true)
    public Response review(
            @PathParam("id") long id,
            @PathParam("quote") long quote,
            @FormParam("apiKey") String apiKey,
            @FormParam("revision") String revision) {
        return back(
                id,
                quote,
                apiKey,
                CorrectionOutcome.REVIEWED,
                () -> corrections.review(quote, FormValues.revision(revision), keyCheck.caller()));
    }

    @POST
    @Path("quotes/{quote}/correction")
    @FormApiKey
    @Operation(hidden = true)
    public Response correct(
            @PathParam("id") long id,
            @PathParam("quote") long quote,
            @FormParam("apiKey") String apiKey,
            @FormParam("revision") String revision,
            @FormParam("speaker") String speaker,
            @FormParam("speakerKind") String speakerKind,
            @FormParam("role") String role,
            @FormParam("affiliation") String affiliation,
            @FormParam("type") String type,
            @FormParam("start") String start,
            @FormParam("end") String end) {
        return back(
                id,
                quote,
                apiKey,
                CorrectionOutcome.SAVED,
                () -> corrections.correctFromForm(
                        quote,
                        FormValues.revision(revision),
                        new QuoteCorrection(
                                null,
                                FormValues.text(speaker),
                                FormValues.kind(speakerKind),
                                "none".equals(speakerKind) ? Boolean.TRUE : null,
                                role == null ? null : role,
                                affiliation == null ? null : affiliation,
                                FormValues.type(type),
                                FormValues.offset(start),
                                FormValues.offset(end)),
                        keyCheck.caller()));
    }

    @POST
    @Path("quotes/{quote}/rejection")
    @FormApiKey
    @Operation(hidden = true)
    public Response reject(
            @PathParam("id") long id,
            @PathParam("quote") long quote,
            @FormParam("apiKey") String apiKey,
            @FormParam("revision") String revision) {
        return back(
                id,
                null,
                apiKey,
                CorrectionOutcome.REJECTED,
                () -> corrections.reject(quote, FormValues.revision(revision), keyCheck.caller()));
    }

    @POST
    @Path("quotes")
    @FormApiKey
    @Operation(hidden = true)
    public Response add(
            @PathParam("id") long id,
            @FormParam("apiKey") String apiKey,
            @FormParam("start") String start,
            @FormParam("end") String end,
            @FormParam("type") String type,
            @FormParam("speaker") String speaker,
            @FormParam("speakerKind") String speakerKind,
            @FormParam("role") String role,
            @FormParam("affiliation") String affiliation) {
        return back(
                id,
                null,
                apiKey,
                CorrectionOutcome.ADDED,
                () -> corrections.add(
                        id,
                        new NewQuote(
                                FormValues.offset(start),
                                FormValues.offset(end),
                                FormValues.type(type),
                                null,
                                FormValues.text(speaker),
                                FormValues.kind(speakerKind),
                                FormValues.text(role),
                                FormValues.text(affiliation)),
                        keyCheck.caller()));
    }

    @POST
    @Path("deletion")
    @FormApiKey
    @Operation(hidden = true)
    public Response delete(@PathParam("id") long id, @FormParam("apiKey") String apiKey) {
        return back(
                id, null, apiKey, CorrectionOutcome.DELETED, () -> corrections.deleteArticle(id, keyCheck.caller()));
    }

    @POST
    @Path("restoration")
    @FormApiKey
    @Operation(hidden = true)
    public Response restore(@PathParam("id") long id, @FormParam("apiKey") String apiKey) {
        return back(
                id, null, apiKey, CorrectionOutcome.RESTORED, () -> corrections.restoreArticle(id, keyCheck.caller()));
    }

    @POST
    @Path("undo")
    @FormApiKey
    @Operation(hidden = true)
    public Response undo(
            @PathParam("id") long id, @FormParam("apiKey") String apiKey, @FormParam("change") String change) {
        return back(
                id,
                null,
                apiKey,
                CorrectionOutcome.UNDONE,
                () -> corrections.undoOnArticle(FormValues.revision(change), id, keyCheck.caller()));
    }

    /** Runs a correction if the form's key is accepted, then redirects to the article with what became of it. */
    private Response back(long id, Long quote, String apiKey, CorrectionOutcome success, Supplier<?> correction) {
        CorrectionOutcome outcome = CorrectionOutcome.attempt(keyCheck, apiKey, correction, success);
        String selected = quote != null && outcome != CorrectionOutcome.REJECTED ? "&quote=" + quote : "";
        String anchor = quote != null ? "#editor" : outcome == CorrectionOutcome.UNDONE ? "#history" : "";
        return links.seeOther("/articles/" + id + "?done=" + outcome.code() + selected + anchor);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No article with id " + id + ".");
    }
}

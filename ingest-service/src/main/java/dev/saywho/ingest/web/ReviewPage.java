package dev.saywho.ingest.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.saywho.common.PageOf;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.http.FormApiKey;
import dev.saywho.ingest.http.FormKeyCheck;
import dev.saywho.ingest.http.PublicLinks;
import dev.saywho.ingest.service.CorrectionService;
import io.quarkus.qute.TemplateInstance;

/**
 * The review queue: what most needs a look, first, with keyboard shortcuts to accept or reject a quotation and move on
 * (saywho.js), and a link to fix it in its article. After an action the page comes back with the focus on the same
 * place, which now holds the next quotation.
 */
@Path("/review")
public class ReviewPage {

    private static final int PAGE_SIZE = 20;
    /** Below this confidence a quotation is called out as doubtful. */
    private static final double DOUBTFUL = 0.5;

    private final CorrectionService corrections;
    private final FormKeyCheck keyCheck;
    private final PublicLinks links;

    public ReviewPage(CorrectionService corrections, FormKeyCheck keyCheck, PublicLinks links) {
        this.corrections = corrections;
        this.keyCheck = keyCheck;
        this.links = links;
    }

    /** A quotation in the queue and why it is there. */
    public record ReviewItem(StoredQuote quote, String why) {}

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance queue(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("focus") @DefaultValue("0") @Min(0) @Max(PAGE_SIZE) int focus,
            @QueryParam("done") String done) {
        PageOf<StoredQuote> queue = corrections.reviewQueue(page, PAGE_SIZE);
        List<ReviewItem> items =
                queue.items().stream().map(q -> new ReviewItem(q, why(q))).toList();
        return Pages.review(
                items,
                Pagination.of(page, PAGE_SIZE, queue.total(), p -> "/review?page=" + p),
                queue.total(),
                focus,
                CorrectionOutcome.noticeOf(done),
                keyCheck.keyRequired());
    }

    static String why(StoredQuote quote) {
        if (quote.speaker() == null) {
            return "No speaker found";
        }
        if (quote.speaker().kind() == SpeakerKind.UNKNOWN) {
            return "The speaker is a word the engine could not resolve (“"
                    + quote.speaker().name() + "”)";
        }
        if (!quote.speaker().name().strip().contains(" ")) {
            return "The speaker is named by one word";
        }
        return quote.confidence() < DOUBTFUL
                ? "Low confidence (" + String.format(Locale.ROOT, "%.0f", quote.confidence() * 100) + " %)"
                : "Not reviewed yet";
    }

    @POST
    @Path("{quote}/accept")
    @FormApiKey
    @Operation(hidden = true)
    public Response accept(
            @PathParam("quote") long quote,
            @FormParam("apiKey") String apiKey,
            @FormParam("revision") String revision,
            @FormParam("page") String page,
            @FormParam("focus") String focus) {
        return back(
                apiKey,
                page,
                focus,
                CorrectionOutcome.REVIEWED,
                () -> corrections.review(quote, FormValues.revision(revision), keyCheck.caller()));
    }

    @POST
    @Path("{quote}/reject")
    @FormApiKey
    @Operation(hidden = true)
    public Response reject(
            @PathParam("quote") long quote,
            @FormParam("apiKey") String apiKey,
            @FormParam("revision") String revision,
            @FormParam("page") String page,
            @FormParam("focus") String focus) {
        return back(
                apiKey,
                page,
                focus,
                CorrectionOutcome.REJECTED,
                () -> corrections.reject(quote, FormValues.revision(revision), keyCheck.caller()));
    }

    private Response back(
            String apiKey,
            String page,
            String focus,
            CorrectionOutcome success,
            java.util.function.Supplier<?> correction) {
        CorrectionOutcome outcome = CorrectionOutcome.attempt(keyCheck, apiKey, correction, success);
        return links.seeOther("/review?page=" + bounded(page, 10_000) + "&focus=" + bounded(focus, PAGE_SIZE) + "&done="
                + outcome.code());
    }

    /** A form's page or position, within its bounds (0 when missing or not a number). */
    private static int bounded(String value, int max) {
        try {
            return Math.max(0, Math.min(max, Integer.parseInt(value == null ? "0" : value.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

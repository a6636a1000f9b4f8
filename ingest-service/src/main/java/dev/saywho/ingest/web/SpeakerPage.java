package dev.saywho.ingest.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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

import dev.saywho.common.PageOf;
import dev.saywho.common.SpeakerCorrection;
import dev.saywho.common.SpeakerSplit;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.http.FormApiKey;
import dev.saywho.ingest.http.FormKeyCheck;
import dev.saywho.ingest.http.PublicLinks;
import dev.saywho.ingest.service.CorrectionService;
import dev.saywho.ingest.service.QuoteFilter;
import dev.saywho.ingest.service.QuoteQueryService;
import dev.saywho.ingest.service.SpeakerProfileService;
import dev.saywho.ingest.service.SpeakerProfileService.SpeakerProfile;

/** A speaker: names and mentions seen, roles and affiliations, quotes over time and every quote, paged. */
@Path("/speakers/{id}")
public class SpeakerPage {

    static final int PAGE_SIZE = 50;

    /** Changes listed in the speaker's history on the page. */
    private static final int HISTORY_SHOWN = 20;

    private final SpeakerProfileService profiles;
    private final QuoteQueryService quotes;
    private final CorrectionService corrections;
    private final FormKeyCheck keyCheck;
    private final PublicLinks links;

    public SpeakerPage(
            SpeakerProfileService profiles,
            QuoteQueryService quotes,
            CorrectionService corrections,
            FormKeyCheck keyCheck,
            PublicLinks links) {
        this.profiles = profiles;
        this.quotes = quotes;
        this.corrections = corrections;
        this.keyCheck = keyCheck;
        this.links = links;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response speaker(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("done") String done) {
        CorrectionService.SpeakerEntityView revision = corrections.speaker(id).orElse(null);
        if (revision != null && revision.mergedInto() != null) {
            // a merged speaker is an alias: its page is the one of the speaker it was merged into
            return links.seeOther("/speakers/" + revision.mergedInto());
        }
        SpeakerProfile profile =
                profiles.profile(id).orElseThrow(() -> new NotFoundException("No speaker with id " + id + "."));
        TimeChart overTime = TimeChart.of(
                "Quotes over time",
                profile.quotesPerDay().stream()
                        .map(c -> new TimeChart.DailyCount(c.day(), c.type(), c.count()))
                        .toList());
        PageOf<StoredQuote> found = quotes.search(QuoteFilter.ofSpeaker(id), page, PAGE_SIZE);
        Pagination pagination = Pagination.of(
                page,
                PAGE_SIZE,
                found.total(),
                p -> "/speakers/" + id + new QueryString().with("page", p == 0 ? null : p));
        return Response.ok(Pages.speaker(
                        profile,
                        overTime,
                        found.items(),
                        pagination,
                        revision == null ? 0 : revision.version(),
                        CorrectionOutcome.noticeOf(done),
                        keyCheck.keyRequired(),
                        corrections.history(null, null, id, 0, HISTORY_SHOWN).items(),
                        corrections.speakerNames(List.of())))
                .build();
    }

    @POST
    @Path("correction")
    @FormApiKey
    @Operation(hidden = true)
    public Response correct(
            @PathParam("id") long id,
            @FormParam("apiKey") String apiKey,
            @FormParam("revision") String revision,
            @FormParam("name") String name,
            @FormParam("kind") String kind) {
        return back(
                id,
                apiKey,
                CorrectionOutcome.RENAMED,
                () -> corrections.correctSpeaker(
                        id,
                        FormValues.revision(revision),
                        new SpeakerCorrection(FormValues.text(name), FormValues.kind(kind)),
                        keyCheck.caller()));
    }

    @POST
    @Path("merge")
    @FormApiKey
    @Operation(hidden = true)
    public Response merge(
            @PathParam("id") long id, @FormParam("apiKey") String apiKey, @FormParam("into") String into) {
        long[] target = {id};
        CorrectionOutcome outcome = CorrectionOutcome.attempt(
                keyCheck,
                apiKey,
                () -> {
                    target[0] = corrections.speakerIdByNameOrId(FormValues.text(into));
                    return corrections.merge(id, target[0], keyCheck.caller());
                },
                CorrectionOutcome.MERGED);
        return links.seeOther(
                "/speakers/" + (outcome == CorrectionOutcome.MERGED ? target[0] : id) + "?done=" + outcome.code());
    }

    @POST
    @Path("split")
    @FormApiKey
    @Operation(hidden = true)
    public Response split(
            @PathParam("id") long id,
            @FormParam("apiKey") String apiKey,
            @FormParam("quote") List<String> quoteIds,
            @FormParam("name") String name,
            @FormParam("kind") String kind) {
        return back(
                id,
                apiKey,
                CorrectionOutcome.SPLIT,
                () -> corrections.split(
                        id,
                        new SpeakerSplit(
                                quoteIds == null
                                        ? List.of()
                                        : quoteIds.stream()
                                                .limit(CorrectionService.MAX_SPLIT_QUOTES + 1L)
                                                .map(FormValues::revision)
                                                .toList(),
                                FormValues.text(name),
                                FormValues.kind(kind)),
                        keyCheck.caller()));
    }

    @POST
    @Path("undo")
    @FormApiKey
    @Operation(hidden = true)
    public Response undo(
            @PathParam("id") long id, @FormParam("apiKey") String apiKey, @FormParam("change") String change) {
        return back(
                id,
                apiKey,
                CorrectionOutcome.UNDONE,
                () -> corrections.undoOnSpeaker(FormValues.revision(change), id, keyCheck.caller()));
    }

    private Response back(long id, String apiKey, CorrectionOutcome success, Supplier<?> correction) {
        CorrectionOutcome outcome = CorrectionOutcome.attempt(keyCheck, apiKey, correction, success);
        return links.seeOther("/speakers/" + id + "?done=" + outcome.code());
    }
}

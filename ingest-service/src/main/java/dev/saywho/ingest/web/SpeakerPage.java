package dev.saywho.ingest.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.saywho.common.PageOf;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.service.QuoteFilter;
import dev.saywho.ingest.service.QuoteQueryService;
import dev.saywho.ingest.service.SpeakerProfileService;
import dev.saywho.ingest.service.SpeakerProfileService.SpeakerProfile;
import io.quarkus.qute.TemplateInstance;

/** A speaker: names and mentions seen, roles and affiliations, quotes over time and every quote, paged. */
@Path("/speakers/{id}")
public class SpeakerPage {

    static final int PAGE_SIZE = 50;

    private final SpeakerProfileService profiles;
    private final QuoteQueryService quotes;

    public SpeakerPage(SpeakerProfileService profiles, QuoteQueryService quotes) {
        this.profiles = profiles;
        this.quotes = quotes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance speaker(
            @PathParam("id") long id, @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
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
        return Pages.speaker(profile, overTime, found.items(), pagination);
    }
}

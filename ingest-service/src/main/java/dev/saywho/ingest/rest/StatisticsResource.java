package dev.saywho.ingest.rest;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.saywho.common.Problem;
import dev.saywho.common.SourceStatistics;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.InvalidInputException;
import dev.saywho.ingest.service.QuoteFilter;
import dev.saywho.ingest.service.SourceStatisticsService;

/** Source-diversity figures: whom the articles quote, by gender as stated, kind of source and role class. */
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Whom the articles quote")
public class StatisticsResource {

    private final SourceStatisticsService sources;

    public StatisticsResource(SourceStatisticsService sources) {
        this.sources = sources;
    }

    @GET
    @Path("sources")
    @Produces({MediaType.APPLICATION_JSON, QuoteResource.CSV})
    @Operation(
            summary = "Whom the articles quote",
            description = "Quotes and distinct people by the gender their articles state, quotes by kind of source "
                    + "and role class, the women's share among people of stated gender and the anonymous share, and "
                    + "the same over time, over the articles of a source and publication period. With Accept: "
                    + "text/csv (or format=csv) the figures over time as CSV.")
    @APIResponse(
            responseCode = "200",
            description = "The figures.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = SourceStatistics.class)),
                @Content(mediaType = QuoteResource.CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "400",
            description = "An invalid date, interval or format.",
            content =
                    @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response sourceFigures(
            @Parameter(description = "Only articles of this source, for example tessaly-courier") @QueryParam("source")
                    String source,
            @Parameter(description = "Published on or after this date (ISO), for example 2026-01-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Published on or before this date (ISO), for example 2026-12-31") @QueryParam("to")
                    String to,
            @Parameter(description = "Grouping over time: day, week or month (the default)") @QueryParam("interval")
                    String interval,
            @Parameter(description = "only: count only the quotations people reviewed, corrected or added")
                    @QueryParam("reviewed")
                    String reviewed,
            @Parameter(description = "csv for a download of the figures over time") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        QuoteFilter period = QueryParams.quoteFilter(null, null, null, null, source, from, to);
        SourceStatisticsService.Interval grouping = interval(interval);
        if (reviewed != null && !reviewed.isBlank() && !"only".equals(reviewed)) {
            throw new InvalidInputException("reviewed", "must be only, or left out");
        }
        boolean csv = csv(format, headers);
        SourceStatistics figures =
                sources.figures(period.source(), period.from(), period.to(), "only".equals(reviewed), grouping);
        if (!csv) {
            return Response.ok(figures, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StringBuilder out = new StringBuilder("period_start,quotes,women,men,anonymous,women_share\n");
        for (SourceStatistics.Period p : figures.overTime()) {
            out.append(p.start())
                    .append(',')
                    .append(p.quotes())
                    .append(',')
                    .append(p.women())
                    .append(',')
                    .append(p.men())
                    .append(',')
                    .append(p.anonymous())
                    .append(',')
                    .append(p.womenShare() == null ? "" : String.format(Locale.ROOT, "%.3f", p.womenShare()))
                    .append('\n');
        }
        return Response.ok(out.toString(), QuoteResource.CSV + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"saywho-sources.csv\"")
                .build();
    }

    private static SourceStatisticsService.Interval interval(String value) {
        if (value == null || value.isBlank()) {
            return SourceStatisticsService.Interval.MONTH;
        }
        try {
            return SourceStatisticsService.Interval.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("interval", "must be day, week or month");
        }
    }

    private static boolean csv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidInputException("format", "must be json or csv");
            };
        }
        return headers.getAcceptableMediaTypes().stream()
                .findFirst()
                .map(t -> t.isCompatible(MediaType.valueOf(QuoteResource.CSV)) && !t.isWildcardType())
                .orElse(false);
    }
}

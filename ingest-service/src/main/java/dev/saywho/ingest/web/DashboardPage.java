package dev.saywho.ingest.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.DashboardService;
import dev.saywho.ingest.service.DashboardService.Dashboard;
import dev.saywho.ingest.service.QuoteFilter;
import io.quarkus.qute.TemplateInstance;

/** The home page: totals, the most quoted, quotes per day and recent articles, for a source and period. */
@Path("/")
public class DashboardPage {

    private final DashboardService dashboards;

    public DashboardPage(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance dashboard(
            @QueryParam("source") String source,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("reviewed") String reviewed) {
        boolean reviewedOnly = "only".equals(reviewed);
        // The API's own parsing: a bad date is the same 400 problem as on GET /api/v1/quotes.
        QuoteFilter period = QueryParams.quoteFilter(null, null, null, null, source, from, to);
        Dashboard dashboard = dashboards.dashboard(period.source(), period.from(), period.to(), reviewedOnly);
        DashboardFilter filter = new DashboardFilter(
                period.source(), QueryParams.trimmed(from), QueryParams.trimmed(to), reviewedOnly, dashboard.sources());
        String scope = filter.searchQuery();
        String and = scope.isEmpty() ? "?" : scope + "&";
        BarChart speakers = BarChart.of(
                "Most quoted speakers",
                dashboard.topSpeakers().stream()
                        .map(s -> new BarChart.Item(s.name(), s.count(), "/speakers/" + s.id()))
                        .toList());
        BarChart organisations = BarChart.of(
                "Most quoted organisations",
                dashboard.topOrganisations().stream()
                        .map(o -> new BarChart.Item(
                                o.label(),
                                o.count(),
                                "/quotes" + and + "organization=" + TemplateExtensions.urlEncoded(o.label())))
                        .toList());
        TimeChart perDay = TimeChart.of(
                "Quotes per day by type",
                dashboard.quotesPerDay().stream()
                        .map(c -> new TimeChart.DailyCount(c.day(), c.type(), c.count()))
                        .toList());
        return Pages.dashboard(dashboard, filter, speakers, organisations, perDay);
    }
}

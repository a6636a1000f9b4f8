package dev.saywho.ingest.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;
import dev.saywho.common.SourceStatistics;
import dev.saywho.ingest.http.QueryParams;
import dev.saywho.ingest.service.DashboardService;
import dev.saywho.ingest.service.DashboardService.Dashboard;
import dev.saywho.ingest.service.QuoteFilter;
import dev.saywho.ingest.service.SourceStatisticsService;
import io.quarkus.qute.TemplateInstance;

/** The home page: totals, the most quoted, quotes per day and recent articles, for a source and period. */
@Path("/")
public class DashboardPage {

    /** Outlets in the Sources section's share by outlet. */
    private static final int OUTLETS = 10;

    private final DashboardService dashboards;
    private final SourceStatisticsService sources;

    public DashboardPage(DashboardService dashboards, SourceStatisticsService sources) {
        this.dashboards = dashboards;
        this.sources = sources;
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
        SourceStatistics who = sources.dashboardFigures(
                period.source(), period.from(), period.to(), reviewedOnly, SourceStatisticsService.Interval.MONTH);
        String quotes = "/quotes" + and;
        BarChart kinds = BarChart.of(
                "Quotes by kind of source",
                who.quotesByKind().entrySet().stream()
                        .sorted(java.util.Map.Entry.<SourceKind, Long>comparingByValue()
                                .reversed())
                        .map(e -> new BarChart.Item(
                                PlainWords.sourceKind(e.getKey()), e.getValue(), quotes + "sourceKind=" + e.getKey()))
                        .toList());
        BarChart roles = BarChart.of(
                "People quoted by role class",
                who.quotesByRoleClass().entrySet().stream()
                        .sorted(java.util.Map.Entry.<RoleClass, Long>comparingByValue()
                                .reversed())
                        .map(e -> new BarChart.Item(
                                PlainWords.roleClass(e.getKey()),
                                e.getValue(),
                                quotes + "sourceKind=PERSON&roleClass=" + e.getKey()))
                        .toList());
        ShareChart share = ShareChart.of("Women's share of people quoted, by month", who.overTime());
        return Pages.dashboard(
                dashboard,
                filter,
                speakers,
                organisations,
                perDay,
                who,
                kinds,
                roles,
                share,
                quotes + "sourceKind=PERSON&gender=FEMALE",
                quotes + "sourceKind=ANONYMOUS",
                sources.womenShareBySource(period.source(), period.from(), period.to(), reviewedOnly, OUTLETS));
    }
}

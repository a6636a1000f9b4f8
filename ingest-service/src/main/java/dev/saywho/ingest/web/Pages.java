package dev.saywho.ingest.web;

import java.time.OffsetDateTime;
import java.util.List;

import dev.saywho.common.ArticleSummary;
import dev.saywho.common.AttributionStatus;
import dev.saywho.common.Correction;
import dev.saywho.common.OrganizationSummary;
import dev.saywho.common.SourceStatistics;
import dev.saywho.common.SpeakerSummary;
import dev.saywho.common.StoredQuote;
import dev.saywho.ingest.service.DashboardService.Dashboard;
import dev.saywho.ingest.service.SourceStatisticsService;
import dev.saywho.ingest.service.SpeakerProfileService.SpeakerProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The web application's pages: Qute templates under templates/Pages, checked against these parameters at build time.
 */
@CheckedTemplate(basePath = "Pages")
public final class Pages {

    private Pages() {}

    static native TemplateInstance dashboard(
            Dashboard dashboard,
            DashboardFilter filter,
            BarChart speakers,
            BarChart organisations,
            TimeChart perDay,
            SourceStatistics who,
            BarChart kinds,
            BarChart roles,
            ShareChart share,
            String womenHref,
            String anonymousHref,
            List<SourceStatisticsService.OutletShare> outlets);

    static native TemplateInstance article(
            ArticleReading reading,
            String notice,
            boolean keyRequired,
            ArticleReading.QuoteCard selected,
            Long selectedId,
            List<Correction> history,
            List<String> speakerNames);

    static native TemplateInstance deletedArticle(
            long id, OffsetDateTime deletedAt, String notice, boolean keyRequired, List<Correction> history);

    static native TemplateInstance speaker(
            SpeakerProfile profile,
            TimeChart overTime,
            List<StoredQuote> quotes,
            Pagination pagination,
            long revision,
            String notice,
            boolean keyRequired,
            List<Correction> history,
            List<String> speakerNames);

    static native TemplateInstance quotes(
            SearchForm form,
            List<StoredQuote> quotes,
            Pagination pagination,
            long total,
            String csvHref,
            String ndjsonHref,
            boolean searched);

    static native TemplateInstance notFound(String message);

    static native TemplateInstance review(
            List<ReviewPage.ReviewItem> items,
            Pagination pagination,
            long total,
            int focus,
            String notice,
            boolean keyRequired);

    static native TemplateInstance articles(
            ArticleListPage.Form form,
            List<String> sources,
            List<AttributionStatus> statuses,
            List<SortableColumn> columns,
            List<ArticleSummary> articles,
            Pagination pagination);

    static native TemplateInstance speakers(
            SpeakerListPage.Form form,
            List<SortableColumn> columns,
            List<SpeakerSummary> speakers,
            Pagination pagination);

    static native TemplateInstance organisations(
            OrganisationListPage.Form form,
            List<SortableColumn> columns,
            List<OrganizationSummary> organisations,
            Pagination pagination);

    static native TemplateInstance analyze(
            AnalyzeForm form, String problem, List<String> violations, boolean keyRequired);
}

package dev.saywho.ingest.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.saywho.ingest.persistence.StatisticsRepository;
import dev.saywho.ingest.persistence.StatisticsRepository.ArticleScope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the dashboard shows over the articles of a source and publication period, read in one transaction. */
@ApplicationScoped
public class DashboardService {

    static final int TOP = 10;
    static final int RECENT = 10;

    /** The dashboard's figures; records of the persistence layer's aggregates, never entities. */
    public record Dashboard(StatisticsRepository.ArticleCounts articles, StatisticsRepository.QuoteCounts quotes,
            List<StatisticsRepository.IdLabelCount> topSpeakers, List<StatisticsRepository.LabelCount> topOrganisations,
            List<StatisticsRepository.DayTypeCount> quotesPerDay, List<StatisticsRepository.RecentArticle> recent,
            List<String> sources) {
    }

    private final StatisticsRepository statistics;

    public DashboardService(StatisticsRepository statistics) {
        this.statistics = statistics;
    }

    public Dashboard dashboard(ArticleScope scope) {
        return QuarkusTransaction.requiringNew().call(() -> new Dashboard(statistics.articleCounts(scope),
                statistics.quoteCounts(scope), statistics.topSpeakers(scope, TOP), statistics.topOrganisations(scope, TOP),
                statistics.quotesPerDay(scope), statistics.recentArticles(scope, RECENT), statistics.sources()));
    }
}

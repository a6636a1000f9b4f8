package dev.saywho.ingest.service;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.saywho.common.SpeakerKind;
import dev.saywho.ingest.persistence.StatisticsRepository;
import dev.saywho.ingest.persistence.StatisticsRepository.ArticleScope;

/** What the dashboard shows over the articles of a source and publication period, read in one transaction. */
@ApplicationScoped
public class DashboardService {

    static final int TOP = 10;
    static final int RECENT = 10;
    /**
     * Ranked per list before organisations speaking and affiliations are added up, so the sum stays right at the top.
     */
    static final int CANDIDATES = 50;

    /** The dashboard's figures; records of the persistence layer's aggregates, never entities. */
    public record Dashboard(
            StatisticsRepository.Totals totals,
            List<StatisticsRepository.SpeakerCount> topSpeakers,
            List<StatisticsRepository.LabelCount> topOrganisations,
            List<StatisticsRepository.DayTypeCount> quotesPerDay,
            List<StatisticsRepository.RecentArticle> recent,
            List<String> sources) {}

    private final StatisticsRepository statistics;

    public DashboardService(StatisticsRepository statistics) {
        this.statistics = statistics;
    }

    /**
     * The dashboard over the articles of {@code source} published in [{@code from}, {@code to}); nulls do not filter.
     */
    @Transactional
    public Dashboard dashboard(String source, OffsetDateTime from, OffsetDateTime to) {
        return dashboard(source, from, to, false);
    }

    /** As {@link #dashboard(String, OffsetDateTime, OffsetDateTime)}, counting only quotes people reviewed when asked. */
    @Transactional
    public Dashboard dashboard(String source, OffsetDateTime from, OffsetDateTime to, boolean reviewedOnly) {
        ArticleScope scope = new ArticleScope(source, from, to, reviewedOnly);
        List<StatisticsRepository.SpeakerCount> speakers = statistics.topSpeakers(scope, CANDIDATES);
        return new Dashboard(
                statistics.totals(scope),
                speakers.stream()
                        .filter(s -> s.kind() != SpeakerKind.ORGANIZATION)
                        .limit(TOP)
                        .toList(),
                topOrganisations(speakers, statistics.topAffiliations(scope, CANDIDATES)),
                statistics.quotesPerDay(scope),
                statistics.recentArticles(scope, RECENT),
                statistics.sources());
    }

    /** Every source that has articles, sorted: the choices of a source filter. */
    @Transactional
    public List<String> sources() {
        return statistics.sources();
    }

    /**
     * Organisations quoted speaking for themselves and through their people (the affiliation of who speaks), added up
     * by name, from the leading candidates of each list.
     */
    static List<StatisticsRepository.LabelCount> topOrganisations(
            List<StatisticsRepository.SpeakerCount> speakers, List<StatisticsRepository.LabelCount> affiliations) {
        Map<String, Long> byName = new HashMap<>();
        speakers.stream()
                .filter(s -> s.kind() == SpeakerKind.ORGANIZATION)
                .forEach(s -> byName.merge(s.name(), s.count(), Long::sum));
        affiliations.forEach(a -> byName.merge(a.label(), a.count(), Long::sum));
        return byName.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new StatisticsRepository.LabelCount(e.getKey(), e.getValue()))
                .toList();
    }
}

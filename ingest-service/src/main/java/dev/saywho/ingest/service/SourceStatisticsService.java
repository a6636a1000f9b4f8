package dev.saywho.ingest.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.saywho.common.Gender;
import dev.saywho.common.SourceKind;
import dev.saywho.common.SourceStatistics;
import dev.saywho.ingest.persistence.StatisticsRepository;
import dev.saywho.ingest.persistence.StatisticsRepository.ArticleScope;

/**
 * Whom the articles quote (issue 24): quotes and people by the gender their articles state, kind of source and role
 * class, the women's share and the anonymous share, over the dashboard's filters, over time and by outlet. From SQL
 * aggregates over the articles' counts of their quotes (migration V11), but for distinct people, which take the quote
 * table's profile index; a day's counts are rolled up to weeks and months here, the same on every database.
 */
@ApplicationScoped
public class SourceStatisticsService {

    /** How the figures over time are grouped. */
    public enum Interval {
        DAY,
        WEEK,
        MONTH
    }

    private final StatisticsRepository statistics;

    public SourceStatisticsService(StatisticsRepository statistics) {
        this.statistics = statistics;
    }

    /** Every figure over the articles of {@code source} published in [{@code from}, {@code to}); nulls do not filter. */
    @Transactional
    public SourceStatistics figures(
            String source, OffsetDateTime from, OffsetDateTime to, boolean reviewedOnly, Interval interval) {
        return figures(new ArticleScope(source, from, to, reviewedOnly), interval, true);
    }

    /**
     * The figures the dashboard shows: as {@link #figures}, but its people by gender are left empty. The page does
     * not show them, and distinct people, unlike quotes, cannot be added up from the articles' counts: they take a
     * scan of every quote of a person.
     */
    @Transactional
    public SourceStatistics dashboardFigures(
            String source, OffsetDateTime from, OffsetDateTime to, boolean reviewedOnly, Interval interval) {
        return figures(new ArticleScope(source, from, to, reviewedOnly), interval, false);
    }

    private SourceStatistics figures(ArticleScope scope, Interval interval, boolean countPeople) {
        StatisticsRepository.ProfileTotals totals = statistics.profileTotals(scope);
        Map<SourceKind, Long> byKind = totals.byKind();
        Map<Gender, Long> byGender = totals.byGender();
        long quotes = totals.quotes();
        Map<Gender, Long> people = new EnumMap<>(Gender.class);
        if (countPeople) {
            statistics.peopleByGender(scope).forEach(c -> people.put(Gender.valueOf(c.label()), c.count()));
        }
        long women = byGender.getOrDefault(Gender.FEMALE, 0L);
        long men = byGender.getOrDefault(Gender.MALE, 0L);
        long anonymous = byKind.getOrDefault(SourceKind.ANONYMOUS, 0L);
        return new SourceStatistics(
                quotes,
                byKind,
                byGender,
                people,
                totals.byRole(),
                share(women, women + men),
                share(anonymous, quotes),
                interval.name().toLowerCase(java.util.Locale.ROOT),
                overTime(statistics.sourcesPerDay(scope), interval));
    }

    /** The women's share of quoted people of stated gender at one outlet. */
    public record OutletShare(String source, long women, long men, Double share) {}

    /** The women's share at the most quoted outlets (at most {@code limit}). */
    @Transactional
    public List<OutletShare> womenShareBySource(
            String source, OffsetDateTime from, OffsetDateTime to, boolean reviewedOnly, int limit) {
        return statistics.gendersBySource(new ArticleScope(source, from, to, reviewedOnly), limit).stream()
                .map(o -> new OutletShare(o.source(), o.women(), o.men(), share(o.women(), o.women() + o.men())))
                .toList();
    }

    private static List<SourceStatistics.Period> overTime(
            List<StatisticsRepository.DaySourceCount> days, Interval interval) {
        Map<LocalDate, long[]> periods = new TreeMap<>();
        for (StatisticsRepository.DaySourceCount d : days) {
            long[] c = periods.computeIfAbsent(start(d.day(), interval), k -> new long[4]);
            c[0] += d.quotes();
            c[1] += d.women();
            c[2] += d.men();
            c[3] += d.anonymous();
        }
        List<SourceStatistics.Period> out = new ArrayList<>();
        periods.forEach((start, c) ->
                out.add(new SourceStatistics.Period(start, c[0], c[1], c[2], c[3], share(c[1], c[1] + c[2]))));
        return out;
    }

    static LocalDate start(LocalDate day, Interval interval) {
        return switch (interval) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }
}

package dev.saywho.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.common.QuoteType;
import dev.saywho.ingest.web.TimeChart.DailyCount;

class TimeChartTest {

    @Test
    void daysWithoutQuotesAreGapsAndTypesStackUp() {
        TimeChart chart = TimeChart.of(
                "t",
                List.of(
                        new DailyCount(LocalDate.of(2026, 3, 2), QuoteType.DIRECT, 3),
                        new DailyCount(LocalDate.of(2026, 3, 2), QuoteType.INDIRECT, 1),
                        new DailyCount(LocalDate.of(2026, 3, 5), QuoteType.MIXED, 2)));

        assertThat(chart.period()).isEqualTo("day");
        assertThat(chart.columns()).extracting(TimeChart.Column::total).containsExactly(4L, 0L, 0L, 2L);
        assertThat(chart.max()).isEqualTo(4);
        TimeChart.Column first = chart.columns().get(0);
        assertThat(first.count("DIRECT")).isEqualTo(3);
        // The tallest column fills the plot; its layers touch.
        assertThat(first.blocks().get(0).y() + first.blocks().get(0).height()).isEqualTo(TimeChart.PLOT_BOTTOM);
        assertThat(first.blocks().get(1).y()).isEqualTo(TimeChart.PLOT_TOP);
        assertThat(chart.ticks())
                .extracting(TimeChart.Tick::label)
                .startsWith("2026-03-02")
                .endsWith("2026-03-05");
        // the first label starts at its column and the last ends at its own, so neither runs off the chart
        TimeChart.Tick firstTick = chart.ticks().get(0);
        TimeChart.Tick lastTick = chart.ticks().get(chart.ticks().size() - 1);
        assertThat(firstTick.anchor()).isEqualTo("start");
        assertThat(firstTick.x()).isEqualTo(first.x());
        TimeChart.Column last = chart.columns().get(chart.columns().size() - 1);
        assertThat(lastTick.anchor()).isEqualTo("end");
        assertThat(lastTick.x()).isEqualTo(last.x() + last.width()).isLessThanOrEqualTo(TimeChart.WIDTH);
        assertThat(chart.ticks().subList(1, chart.ticks().size() - 1))
                .extracting(TimeChart.Tick::anchor)
                .containsOnly("middle");
    }

    @Test
    void longPeriodsAreCountedPerWeekThenPerMonth() {
        TimeChart weeks = TimeChart.of(
                "t",
                List.of(
                        new DailyCount(LocalDate.of(2026, 1, 1), QuoteType.DIRECT, 1),
                        new DailyCount(LocalDate.of(2026, 1, 2), QuoteType.DIRECT, 1),
                        new DailyCount(LocalDate.of(2026, 6, 30), QuoteType.DIRECT, 1)));
        assertThat(weeks.period()).isEqualTo("week");
        assertThat(weeks.columns().get(0).start()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(weeks.columns().get(0).total()).isEqualTo(2);

        TimeChart months = TimeChart.of(
                "t",
                List.of(
                        new DailyCount(LocalDate.of(2020, 1, 15), QuoteType.DIRECT, 1),
                        new DailyCount(LocalDate.of(2026, 6, 30), QuoteType.DIRECT, 1)));
        assertThat(months.period()).isEqualTo("month");
        assertThat(months.firstLabel()).isEqualTo("2020-01");
        assertThat(months.columns()).hasSize(78);
    }

    @Test
    void decadesAreCountedPerYear() {
        TimeChart years = TimeChart.of(
                "t",
                List.of(
                        new DailyCount(LocalDate.of(1850, 7, 1), QuoteType.DIRECT, 1),
                        new DailyCount(LocalDate.of(2026, 6, 30), QuoteType.INDIRECT, 2)));
        assertThat(years.period()).isEqualTo("year");
        assertThat(years.periodTitle()).isEqualTo("Year");
        assertThat(years.firstLabel()).isEqualTo("1850");
        assertThat(years.lastLabel()).isEqualTo("2026");
        assertThat(years.columns()).hasSize(177);
    }

    @Test
    void datesAtTheEndsOfTheCalendarDrawAtMostTheLatestColumns() {
        // One hostile date used to allocate a column per month from year -999,999,999 on: an OutOfMemoryError.
        TimeChart chart = TimeChart.of(
                "t",
                List.of(
                        new DailyCount(LocalDate.MIN, QuoteType.DIRECT, 1),
                        new DailyCount(LocalDate.of(2026, 6, 30), QuoteType.DIRECT, 3),
                        new DailyCount(LocalDate.MAX, QuoteType.MIXED, 2)));

        assertThat(chart.columns()).hasSize(TimeChart.MAX_COLUMNS);
        assertThat(chart.period()).isEqualTo("year");
        assertThat(chart.lastLabel()).isEqualTo(String.valueOf(LocalDate.MAX.getYear()));
        assertThat(chart.columns().get(TimeChart.MAX_COLUMNS - 1).total()).isEqualTo(2);
        assertThat(chart.columns().stream().mapToLong(TimeChart.Column::total).sum())
                .as("only the latest years are drawn")
                .isEqualTo(2);

        TimeChart early = TimeChart.of("t", List.of(new DailyCount(LocalDate.MIN, QuoteType.DIRECT, 1)));
        assertThat(early.columns()).hasSize(1);
        assertThat(early.columns().get(0).total()).isEqualTo(1);
    }
}

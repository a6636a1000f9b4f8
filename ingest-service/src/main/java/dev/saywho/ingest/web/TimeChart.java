package dev.saywho.ingest.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.saywho.common.QuoteType;

/**
 * Quotes over time as stacked columns, one stack per day (per week over more than three months, per month over more
 * than two years, per year over more than thirty), one layer per quote type, laid out for inline SVG. Periods without
 * quotes are drawn as gaps. However far apart the dates, the chart has at most {@link #MAX_COLUMNS} columns: over more
 * years than that, it shows the latest ones.
 */
public record TimeChart(
        String title,
        String period,
        List<Column> columns,
        List<Tick> ticks,
        List<LegendEntry> legend,
        long max,
        int width,
        int height,
        int plotBottom) {

    static final int WIDTH = 800;
    static final int HEIGHT = 200;
    static final int PLOT_BOTTOM = 172;
    /** Few periods still draw slim columns, not slabs. */
    static final int MAX_COLUMN_WIDTH = 40;

    /** More columns than the plot has pixels say nothing more, and each costs memory and markup. */
    static final int MAX_COLUMNS = 400;

    static final int PLOT_TOP = 10;
    static final int LEFT = 40;

    /** Quotes of one type on one day, as the database counts them. */
    public record DailyCount(LocalDate day, QuoteType type, long count) {}

    /** One layer of a column. */
    public record Block(String type, String typeLabel, long count, int y, int height) {}

    /** One period: its first day, label, total and layers. */
    public record Column(LocalDate start, String label, long total, int x, int width, List<Block> blocks) {

        /** The column's quotes of one type ({@code DIRECT}, {@code INDIRECT}, {@code MIXED}). */
        public long count(String type) {
            return blocks.stream()
                    .filter(b -> b.type().equals(type))
                    .mapToLong(Block::count)
                    .sum();
        }
    }

    /**
     * A label under the axis at {@code x}, aligned by {@code anchor} (SVG text-anchor): the first starts at its column
     * and the last ends at its column, so neither runs past the chart's edge.
     */
    public record Tick(String label, int x, String anchor) {}

    public record LegendEntry(String type, String label) {}

    public static TimeChart of(String title, List<DailyCount> counts) {
        List<LegendEntry> legend = new ArrayList<>();
        for (QuoteType type : QuoteType.values()) {
            legend.add(new LegendEntry(type.name(), PlainWords.typeLabel(type)));
        }
        if (counts.isEmpty()) {
            return new TimeChart(title, "day", List.of(), List.of(), legend, 0, WIDTH, HEIGHT, PLOT_BOTTOM);
        }
        LocalDate first =
                counts.stream().map(DailyCount::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last =
                counts.stream().map(DailyCount::day).max(LocalDate::compareTo).orElseThrow();
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        String period = days > 30 * 366 ? "year" : days > 730 ? "month" : days > 92 ? "week" : "day";
        LocalDate start = periodStart(first, period);
        LocalDate earliestShown = previous(periodStart(last, period), period, MAX_COLUMNS - 1);
        if (start.isBefore(earliestShown)) {
            start = earliestShown;
        }
        LocalDate lastStart = periodStart(last, period);
        TreeMap<LocalDate, Map<QuoteType, Long>> byPeriod = new TreeMap<>();
        for (LocalDate d = start; ; d = next(d, period)) {
            byPeriod.put(d, new EnumMap<>(QuoteType.class));
            if (!d.isBefore(lastStart)) {
                break; // not one step further: the step after the latest period may lie beyond the calendar
            }
        }
        for (DailyCount c : counts) {
            Map<QuoteType, Long> column = byPeriod.get(periodStart(c.day(), period));
            if (column != null) {
                column.merge(c.type(), c.count(), Long::sum);
            }
        }
        long max = byPeriod.values().stream()
                .mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
                .max()
                .orElse(1);
        double slot = (double) (WIDTH - LEFT) / byPeriod.size();
        int columnWidth = (int) Math.max(1, Math.min(MAX_COLUMN_WIDTH, Math.floor(slot * 0.8)));
        double scale = (double) (PLOT_BOTTOM - PLOT_TOP) / Math.max(1, max);
        List<Column> columns = new ArrayList<>();
        int index = 0;
        for (Map.Entry<LocalDate, Map<QuoteType, Long>> entry : byPeriod.entrySet()) {
            int x = LEFT + (int) Math.round(index++ * slot + (slot - columnWidth) / 2);
            int y = PLOT_BOTTOM;
            long total = 0;
            List<Block> blocks = new ArrayList<>();
            for (QuoteType type : QuoteType.values()) {
                long count = entry.getValue().getOrDefault(type, 0L);
                if (count == 0) {
                    continue;
                }
                total += count;
                // From the running total, so rounding never lets a stack outgrow the plot.
                int top = Math.min(y - 1, PLOT_BOTTOM - (int) Math.round(total * scale));
                blocks.add(new Block(type.name(), PlainWords.typeLabel(type), count, top, y - top));
                y = top;
            }
            columns.add(new Column(entry.getKey(), label(entry.getKey(), period), total, x, columnWidth, blocks));
        }
        return new TimeChart(title, period, columns, ticks(columns), legend, max, WIDTH, HEIGHT, PLOT_BOTTOM);
    }

    public boolean empty() {
        return columns.isEmpty();
    }

    public String firstLabel() {
        return columns.get(0).label();
    }

    public String lastLabel() {
        return columns.get(columns.size() - 1).label();
    }

    /** "Day", "Week", "Month" or "Year", for headings. */
    public String periodTitle() {
        return Character.toUpperCase(period.charAt(0)) + period.substring(1);
    }

    /** Up to five evenly spaced labels under the axis: the first and last period always. */
    private static List<Tick> ticks(List<Column> columns) {
        List<Tick> ticks = new ArrayList<>();
        int n = columns.size();
        int wanted = Math.min(5, n);
        for (int i = 0; i < wanted; i++) {
            int at = wanted == 1 ? 0 : (int) Math.round((double) i * (n - 1) / (wanted - 1));
            Column c = columns.get(at);
            if (i == 0) {
                ticks.add(new Tick(c.label(), c.x(), "start"));
            } else if (i == wanted - 1) {
                ticks.add(new Tick(c.label(), c.x() + c.width(), "end"));
            } else {
                ticks.add(new Tick(c.label(), c.x() + c.width() / 2, "middle"));
            }
        }
        return ticks;
    }

    private static LocalDate periodStart(LocalDate day, String period) {
        return switch (period) {
            case "year" -> day.withDayOfYear(1);
            case "month" -> day.withDayOfMonth(1);
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> day;
        };
    }

    private static LocalDate next(LocalDate start, String period) {
        return switch (period) {
            case "year" -> start.plusYears(1);
            case "month" -> start.plusMonths(1);
            case "week" -> start.plusWeeks(1);
            default -> start.plusDays(1);
        };
    }

    /** The start of the period {@code periods} before {@code start}, or the earliest date when that is further. */
    private static LocalDate previous(LocalDate start, String period, int periods) {
        long earliestYear = LocalDate.MIN.getYear() + (long) periods + 1;
        if (start.getYear() < earliestYear) {
            return LocalDate.MIN;
        }
        return switch (period) {
            case "year" -> start.minusYears(periods);
            case "month" -> start.minusMonths(periods);
            case "week" -> start.minusWeeks(periods);
            default -> start.minusDays(periods);
        };
    }

    private static String label(LocalDate start, String period) {
        return switch (period) {
            case "year" -> String.valueOf(start.getYear());
            case "month" -> start.toString().substring(0, 7);
            default -> start.toString();
        };
    }
}

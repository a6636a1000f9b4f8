package dev.saywho.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.saywho.common.SourceStatistics;

/**
 * The women's share of quoted people over time, drawn as a line against the 50 % mark: an SVG whose geometry is
 * computed here (the page's policy allows no inline style or script), with a table of the same figures beside it for
 * assistive technology. Periods without a person of stated gender leave a gap.
 */
public record ShareChart(String title, List<Point> points, String polyline, List<SourceStatistics.Period> periods) {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 240;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    /** A period's share at {@code (x, y)}, with its label. */
    public record Point(double x, double y, String label, String share, boolean labelled) {}

    public static ShareChart of(String title, List<SourceStatistics.Period> periods) {
        List<Point> points = new ArrayList<>();
        List<String> line = new ArrayList<>();
        int n = periods.size();
        int every = Math.max(1, (n + 7) / 8);
        for (int i = 0; i < n; i++) {
            SourceStatistics.Period p = periods.get(i);
            if (p.womenShare() == null) {
                continue;
            }
            double x = n == 1 ? LEFT + plotWidth() / 2.0 : LEFT + plotWidth() * i / (double) (n - 1);
            double y = yOf(p.womenShare());
            String share = String.format(Locale.ROOT, "%.0f %%", p.womenShare() * 100);
            points.add(new Point(x, y, p.start().toString(), share, i % every == 0 || i == n - 1));
            line.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return new ShareChart(title, points, String.join(" ", line), periods);
    }

    private static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    static double yOf(double share) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - share);
    }

    public boolean empty() {
        return points.isEmpty();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /** The y of the 50 % mark, and of the axis' ends. */
    public double half() {
        return yOf(0.5);
    }

    public double top() {
        return yOf(1);
    }

    public double bottom() {
        return yOf(0);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int labelX() {
        return LEFT - 6;
    }

    public double topLabelY() {
        return top() + 4;
    }

    public double halfLabelY() {
        return half() + 4;
    }

    public double bottomLabelY() {
        return bottom() + 4;
    }

    public double labelY() {
        return HEIGHT - 12.0;
    }
}

package dev.saywho.ingest.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A ranking drawn as a list of links with counts, each with a bar scaled to the largest value. The bar is a small
 * inline SVG (the page's policy allows no inline style, so its length goes in an SVG attribute); the list itself is
 * what assistive technology reads.
 */
public record BarChart(String title, List<Bar> bars) {

    /** One row: {@code href} is where its label leads (a speaker page, a search); {@code percent} of the largest. */
    public record Bar(String label, long value, String href, int percent) {}

    /** An item to chart. */
    public record Item(String label, long value, String href) {}

    public static BarChart of(String title, List<Item> items) {
        long max = Math.max(1, items.stream().mapToLong(Item::value).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (Item item : items) {
            bars.add(new Bar(item.label(), item.value(), item.href(), (int)
                    Math.max(1, Math.round(100.0 * item.value() / max))));
        }
        return new BarChart(title, bars);
    }

    public boolean empty() {
        return bars.isEmpty();
    }
}

package dev.saywho.ingest.normalize;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads title, byline, publication time, canonical URL and site name from an HTML page. */
final class HtmlMetadata {

    private final TextHygiene hygiene;
    private final JsonLdArticle.Reader jsonLdReader = new JsonLdArticle.Reader();

    HtmlMetadata(TextHygiene hygiene) {
        this.hygiene = hygiene;
    }

    /** Must run before scripts are stripped: JSON-LD lives in them. */
    ArticleMetadata read(Document doc) {
        JsonLdArticle ld = jsonLdReader.read(doc);
        String siteName = first(() -> meta(doc, "og:site_name"), () -> clean(ld.publisher()));
        String title = first(
                () -> meta(doc, "og:title"),
                () -> clean(ld.headline()),
                () -> text(doc.selectFirst("h1")),
                () -> withoutSiteSuffix(clean(doc.title()), siteName));
        String byline = first(
                () -> notUrl(clean(doc.select("meta[name=author]").attr("content"))),
                () -> clean(ld.author()),
                () -> text(doc.select("[rel=author]").stream()
                        .filter(Element::hasText)
                        .findFirst()
                        .orElse(null)),
                () -> text(doc.selectFirst(".byline")));
        OffsetDateTime publishedAt = Stream.of(
                        meta(doc, "article:published_time"),
                        ld.datePublished(),
                        doc.select("[itemprop=datePublished]").attr("content"),
                        doc.select("time[itemprop=datePublished]").attr("datetime"))
                .flatMap(value -> Timestamps.parse(value).stream())
                .findFirst()
                .orElse(null);
        String canonicalUrl = first(
                () -> clean(doc.select("link[rel=canonical]").attr("abs:href")),
                () -> clean(doc.select("link[rel=canonical]").attr("href")),
                () -> meta(doc, "og:url"),
                () -> clean(ld.url()));
        return new ArticleMetadata(title, withoutByPrefix(byline), publishedAt, canonicalUrl, siteName);
    }

    /** Open Graph and article properties, whether sites put them in {@code property} or in {@code name}. */
    private String meta(Document doc, String property) {
        Element element = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return element == null ? null : clean(element.attr("content"));
    }

    private String text(Element element) {
        return element == null ? null : clean(element.text());
    }

    private String clean(String s) {
        String cleaned = hygiene.inline(s);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    @SafeVarargs
    private static String first(Supplier<String>... candidates) {
        for (Supplier<String> candidate : candidates) {
            String value = candidate.get();
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    private static String withoutByPrefix(String byline) {
        if (byline != null && byline.length() > 3 && byline.regionMatches(true, 0, "by ", 0, 3)) {
            return byline.substring(3).strip();
        }
        return byline;
    }

    /** "Harbour Reopens | Tessaly Herald" becomes "Harbour Reopens" when the site name is known. */
    private static String withoutSiteSuffix(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lowerSite = siteName.toLowerCase(Locale.ROOT);
        for (String separator : new String[] {" | ", " - ", " – ", " — ", " · "}) {
            if (lowerTitle.endsWith(separator + lowerSite)) {
                return title.substring(0, title.length() - separator.length() - siteName.length())
                        .strip();
            }
        }
        return title;
    }
}

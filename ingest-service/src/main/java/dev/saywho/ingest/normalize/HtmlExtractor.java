package dev.saywho.ingest.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the article body of an HTML page as text with blank lines between blocks, drops page chrome (navigation,
 * share bars, related stories, ads, comments...) and records the dropped text. Metadata comes from
 * {@link HtmlMetadata}.
 */
final class HtmlExtractor {

    /** The body text (blocks separated by blank lines, not yet cleaned), the page metadata and the dropped chrome. */
    record Extraction(String text, ArticleMetadata metadata, List<RemovedText> removed) {}

    /** Code and widgets, not reader-visible prose: dropped without a trace. */
    private static final Set<String> CODE_TAGS = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "math",
            "canvas",
            "iframe",
            "object",
            "embed",
            "video",
            "audio",
            "picture",
            "source",
            "link",
            "meta",
            "button",
            "input",
            "select",
            "textarea",
            "label");

    private static final Set<String> CHROME_TAGS =
            Set.of("nav", "header", "footer", "aside", "form", "dialog", "menu", "figcaption");
    private static final Set<String> CHROME_ROLES =
            Set.of("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert");
    /** Whole class/id tokens; whole tokens so that "header", "shadow" or "commentary" do not look like ads. */
    private static final Set<String> CHROME_TOKENS = Set.of(
            "share",
            "shares",
            "sharing",
            "sharebar",
            "social",
            "socials",
            "related",
            "promo",
            "promos",
            "promotion",
            "promoted",
            "ad",
            "ads",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "adsbygoogle",
            "comment",
            "comments",
            "newsletter",
            "newsletters",
            "subscribe",
            "subscription",
            "signup",
            "sponsored",
            "sponsor",
            "outbrain",
            "taboola",
            "recommended",
            "recirculation",
            "breadcrumb",
            "breadcrumbs",
            "cookie",
            "cookies",
            "popup",
            "modal",
            "byline",
            "disqus");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "tr",
            "td",
            "th",
            "figure",
            "address",
            "hr",
            "br",
            "center");

    private static final int MAX_TAG_NAME = 64;

    private final TextHygiene hygiene;
    private final HtmlMetadata metadataReader;

    HtmlExtractor(TextHygiene hygiene) {
        this.hygiene = hygiene;
        this.metadataReader = new HtmlMetadata(hygiene);
    }

    Extraction extract(String html, String baseUri) {
        Document doc = Jsoup.parse(capTagNames(html), baseUri == null ? "" : baseUri);
        ArticleMetadata metadata = metadataReader.read(doc);
        NodeTraversor.filter(new CodeRemover(), doc);

        Element container = explicitContainer(doc);
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        if (container != null) {
            keep.add(container);
            keep.addAll(container.parents());
        }
        List<RemovedText> removed = new ArrayList<>();
        NodeTraversor.filter(new ChromeRemover(keep, removed), doc.body());
        if (container == null) {
            container = densestParagraphBlock(doc.body());
        }
        return new Extraction(blockText(container), metadata, removed);
    }

    /**
     * Cuts tag names after {@value #MAX_TAG_NAME} characters; the rest becomes an attribute name. jsoup's tag-name
     * handling is superlinear in the name's length (a 1 MB {@code <a&a&a...} takes seconds) and real names are short.
     */
    static String capTagNames(String html) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        int nameLength = -1;
        int n = html.length();
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (nameLength >= 0) {
                if (Character.isWhitespace(c) || c == '/' || c == '>') {
                    nameLength = -1;
                } else if (++nameLength > MAX_TAG_NAME) {
                    out.append(' ');
                    nameLength = -1;
                }
            } else if (c == '<') {
                int nameStart = i + 1 < n && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
                if (nameStart < n && isAsciiLetter(html.charAt(nameStart))) {
                    out.append(html, i, nameStart);
                    i = nameStart - 1;
                    nameLength = 0;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code [itemprop=articleBody]}, else {@code <article>}, else {@code <main>}; the longest one if several. */
    private static Element explicitContainer(Document doc) {
        IdentityHashMap<Element, Integer> lengths = null;
        for (String selector : List.of("[itemprop=articleBody]", "article", "main")) {
            Elements candidates = doc.select(selector);
            if (candidates.size() == 1) {
                return candidates.first();
            }
            if (!candidates.isEmpty()) {
                lengths = lengths != null ? lengths : textLengths(doc);
                return best(candidates, lengths);
            }
        }
        return null;
    }

    /** The element whose {@code <p>} children (and, at half weight, grandchildren) hold the most text. */
    private static Element densestParagraphBlock(Element body) {
        IdentityHashMap<Element, Integer> lengths = textLengths(body);
        IdentityHashMap<Element, Integer> scores = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            int length = lengths.getOrDefault(p, 0);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, length, Integer::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, length / 2, Integer::sum);
                }
            }
        }
        Element best = best(scores.keySet(), scores);
        return best != null ? best : body;
    }

    private static Element best(Iterable<Element> candidates, Map<Element, Integer> scores) {
        Element best = null;
        int bestScore = -1;
        for (Element candidate : candidates) {
            int score = scores.getOrDefault(candidate, 0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Non-whitespace text length of every element under {@code root}, in one pass: calling {@code text()} per
     * candidate would be quadratic on deeply nested garbage.
     */
    private static IdentityHashMap<Element, Integer> textLengths(Element root) {
        IdentityHashMap<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                            lengths.merge(parent, nonSpaceLength(text.getWholeText()), Integer::sum);
                        }
                    }

                    @Override
                    @SuppressWarnings("ReferenceEquality") // the traversal's own root node, not an equal one
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && element != root && element.parent() != null) {
                            lengths.merge(element.parent(), lengths.getOrDefault(element, 0), Integer::sum);
                        }
                    }
                },
                root);
        return lengths;
    }

    private static int nonSpaceLength(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static String blockText(Element container) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            out.append(text.text());
                        } else if (isBlock(node)) {
                            out.append("\n\n");
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (isBlock(node)) {
                            out.append("\n\n");
                        }
                    }
                },
                container);
        return out.toString();
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCK_TAGS.contains(element.normalName());
    }

    /** Removes code elements silently. */
    private static final class CodeRemover implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            return node instanceof Element element && CODE_TAGS.contains(element.normalName())
                    ? FilterResult.REMOVE
                    : FilterResult.CONTINUE;
        }
    }

    /** Removes page chrome, recording its text, but never the article container or its ancestors. */
    private final class ChromeRemover implements NodeFilter {
        private final Set<Element> keep;
        private final List<RemovedText> removed;

        ChromeRemover(Set<Element> keep, List<RemovedText> removed) {
            this.keep = keep;
            this.removed = removed;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element) || depth == 0 || keep.contains(element) || !isChrome(element)) {
                return FilterResult.CONTINUE;
            }
            String text = hygiene.inline(element.text());
            if (!text.isEmpty()) {
                removed.add(new RemovedText(RemovalKind.HTML_BOILERPLATE, text));
            }
            return FilterResult.REMOVE;
        }
    }

    private static boolean isChrome(Element element) {
        if (CHROME_TAGS.contains(element.normalName())
                || CHROME_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        return hasChromeToken(element.className()) || hasChromeToken(element.id());
    }

    /** Splits {@code share-bar__item adSlot} into share, bar, item, ad, slot and looks each up. */
    private static boolean hasChromeToken(String attribute) {
        int start = 0;
        for (int i = 0; i <= attribute.length(); i++) {
            boolean boundary = i == attribute.length()
                    || !Character.isLetterOrDigit(attribute.charAt(i))
                    || (i > start
                            && Character.isUpperCase(attribute.charAt(i))
                            && Character.isLowerCase(attribute.charAt(i - 1)));
            if (boundary) {
                if (i > start
                        && CHROME_TOKENS.contains(attribute.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = Character.isLetterOrDigit(i < attribute.length() ? attribute.charAt(i) : ' ') ? i : i + 1;
            }
        }
        return false;
    }
}

package dev.saywho.ingest.normalize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The article fields of a page's schema.org JSON-LD; any may be null. */
record JsonLdArticle(String headline, String author, String datePublished, String publisher, String url) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null);

    /** Finds the best article object in a page's JSON-LD blocks, ignoring blocks that do not parse. */
    static final class Reader {

        /** Pages often ship hand-written JSON-LD with raw newlines, comments or trailing commas. */
        private final ObjectMapper mapper = JsonMapper.builder()
                .enable(
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .build();

        JsonLdArticle read(Document doc) {
            JsonNode best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Element script : doc.select("script[type=application/ld+json]")) {
                for (JsonNode candidate : objects(parse(script.data()))) {
                    int rank = rank(candidate.path("@type"));
                    if (rank < bestRank) {
                        best = candidate;
                        bestRank = rank;
                    }
                }
            }
            if (best == null) {
                return NONE;
            }
            return new JsonLdArticle(
                    string(best.path("headline")),
                    names(best.path("author")),
                    string(best.path("datePublished")),
                    names(best.path("publisher")),
                    firstNonNull(
                            string(best.path("url")),
                            string(best.path("mainEntityOfPage").path("@id"))));
        }

        private JsonNode parse(String json) {
            try {
                return mapper.readTree(json);
            } catch (JacksonException unreadable) {
                return null;
            }
        }

        /** All objects in the tree (arrays and {@code @graph} included), iteratively: nesting depth is untrusted. */
        private static List<JsonNode> objects(JsonNode root) {
            List<JsonNode> objects = new ArrayList<>();
            Deque<JsonNode> pending = new ArrayDeque<>();
            if (root != null) {
                pending.push(root);
            }
            while (!pending.isEmpty()) {
                JsonNode node = pending.pop();
                if (node.isObject()) {
                    objects.add(node);
                }
                if (node.isContainerNode()) {
                    node.forEach(pending::push);
                }
            }
            return objects;
        }

        /** 0 for news articles, 1 for other articles and posts, MAX_VALUE for anything else. */
        private static int rank(JsonNode type) {
            int rank = Integer.MAX_VALUE;
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                String name = t.asText("");
                if (name.endsWith("NewsArticle")) {
                    rank = 0;
                } else if (name.endsWith("Article") || name.endsWith("BlogPosting") || name.equals("Report")) {
                    rank = Math.min(rank, 1);
                }
            }
            return rank;
        }

        /** A name, an object with a name, or an array of them, joined with commas. */
        private static String names(JsonNode node) {
            List<String> names = new ArrayList<>();
            for (JsonNode element : node.isArray() ? node : List.of(node)) {
                String name = element.isObject() ? string(element.path("name")) : string(element);
                if (name != null) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }

        private static String string(JsonNode node) {
            return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
        }

        private static String firstNonNull(String a, String b) {
            return a != null ? a : b;
        }
    }
}

package dev.saywho.attribution.engine.cue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A corpus of annotated articles in the format of {@code shared/eval/README.md} (one JSON article per line, offsets
 * in Unicode code points), read into UTF-16 offsets of the article's Java string. Only what training needs is kept:
 * each attribution's type, content fragments, cue fragments and source fragments.
 */
public final class AttributionCorpus {

    /** At most this many articles, and this many characters in one, are read: a corpus is bounded where it enters. */
    public static final int MAX_ARTICLES = 100_000;

    public static final int MAX_ARTICLE_CHARS = 2_000_000;

    /** One annotated attribution; every range is {@code [start, end)} in UTF-16 offsets. */
    public record Attribution(String type, List<int[]> content, List<int[]> cue, List<int[]> source) {}

    public record Article(String id, String text, List<Attribution> attributions) {

        /** The article's fold of {@code folds}: {@code sha256(id) mod folds}, as the cross-validation asks. */
        public int fold(int folds) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
                return new java.math.BigInteger(1, digest)
                        .mod(java.math.BigInteger.valueOf(folds))
                        .intValue();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }

    private AttributionCorpus() {}

    /** Reads a corpus file; a malformed line is refused with its line number. */
    public static List<Article> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (out.size() == MAX_ARTICLES) {
                    throw new IOException(file + ": more than " + MAX_ARTICLES + " articles");
                }
                try {
                    out.add(article(mapper.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static Article article(JsonNode a) {
        String id = a.path("id").asText("");
        String text = a.path("text").asText("");
        if (id.isEmpty() || text.length() > MAX_ARTICLE_CHARS) {
            throw new IllegalArgumentException("an article needs an id and at most " + MAX_ARTICLE_CHARS + " chars");
        }
        int[] utf16 = codePointsToUtf16(text);
        List<Attribution> attributions = new ArrayList<>();
        for (JsonNode q : a.path("quotes")) {
            attributions.add(new Attribution(
                    q.path("type").asText(""),
                    ranges(q.path("fragments"), utf16),
                    ranges(q.path("cueFragments"), utf16),
                    ranges(q.path("speakerFragments"), utf16)));
        }
        return new Article(id, text, List.copyOf(attributions));
    }

    private static List<int[]> ranges(JsonNode array, int[] utf16) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode r : array) {
            int start = r.path(0).asInt(-1);
            int end = r.path(1).asInt(-1);
            if (start < 0 || end < start || end >= utf16.length) {
                throw new IllegalArgumentException("range [" + start + ", " + end + ") is outside the text");
            }
            out.add(new int[] {utf16[start], utf16[end]});
        }
        return List.copyOf(out);
    }

    /** {@code map[cp]} is the UTF-16 offset of code point {@code cp}; one more entry for the end of the text. */
    static int[] codePointsToUtf16(String text) {
        int[] map = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            map[cp++] = i;
        }
        map[cp] = text.length();
        return map;
    }
}

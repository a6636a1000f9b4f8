package dev.saywho.attribution.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.common.QuoteType;
import dev.saywho.common.SpeakerKind;

/**
 * The project's own gold set (src/test/resources/gold, described in its README.md): fictional articles, each a
 * {@code .txt} with a {@code .gold.json} beside it listing every quotation with its speaker, kind, role and
 * affiliation.
 */
final class OwnGold {

    static final Path DIR = Path.of("src", "test", "resources", "gold");

    private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD = Pattern.compile("[^\\w\\s&]", Pattern.UNICODE_CHARACTER_CLASS);

    private OwnGold() {}

    /** One gold quotation: its fragments (Java String offsets into the article), type and speaker. */
    record GoldQuote(
            List<int[]> fragments,
            String text,
            QuoteType type,
            String speaker,
            List<String> aliases,
            SpeakerKind kind,
            boolean anonymous,
            String role,
            String affiliation,
            String wording) {}

    /** One gold article: its name (file stem), text and quotations in text order. */
    record GoldArticle(String name, String text, List<GoldQuote> quotes) {}

    /** The stems of the articles: every {@code .txt} in the gold folder, sorted. */
    /**
     * The articles whose errors the engine's rules were tuned on ({@code seen-by-tuning.list}); the others measure
     * the engine on wording it was not shaped by.
     */
    static java.util.Set<String> seenByTuning() throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line :
                Files.readAllLines(DIR.resolve("seen-by-tuning.list"), java.nio.charset.StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.strip());
            }
        }
        return out;
    }

    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Reads one article and its gold file. Each quote's text (or each of its fragments) is looked up from the start
     * of the previous quote on, so a text that occurs twice resolves to the occurrence in reading order; a text not
     * found throws {@link IllegalStateException}.
     */
    static GoldArticle read(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
        JsonNode root =
                new ObjectMapper().readTree(Files.readString(DIR.resolve(name + ".gold.json"), StandardCharsets.UTF_8));
        List<GoldQuote> quotes = new ArrayList<>();
        int from = 0;
        for (JsonNode q : root.path("quotes")) {
            List<String> pieces = new ArrayList<>();
            if (q.path("text").isArray()) {
                q.path("text").forEach(t -> pieces.add(t.asText()));
            } else {
                pieces.add(q.path("text").asText());
            }
            List<int[]> fragments = new ArrayList<>();
            int at = from;
            for (String piece : pieces) {
                int start = text.indexOf(piece, at);
                if (piece.isEmpty() || start < 0) {
                    throw new IllegalStateException(name + ": quote text not found after offset " + at + ": " + piece);
                }
                fragments.add(new int[] {start, start + piece.length()});
                at = start + piece.length();
            }
            from = fragments.get(0)[0];
            List<String> aliases = new ArrayList<>();
            q.path("aliases").forEach(a -> aliases.add(a.asText()));
            quotes.add(new GoldQuote(
                    List.copyOf(fragments),
                    String.join(" … ", pieces),
                    QuoteType.valueOf(q.path("type").asText()),
                    textOrNull(q.path("speaker")),
                    List.copyOf(aliases),
                    SpeakerKind.valueOf(q.path("kind").asText()),
                    q.path("anonymous").asBoolean(false),
                    textOrNull(q.path("role")),
                    textOrNull(q.path("affiliation")),
                    q.path("class").asText("unclassified")));
        }
        return new GoldArticle(name, text, List.copyOf(quotes));
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    /**
     * A name, role or affiliation as compared: accents and case folded, curly apostrophes straightened, possessive
     * {@code 's} and punctuation other than {@code &} removed, a leading article or possessive determiner ("the",
     * "its", …) dropped, whitespace collapsed; null or blank becomes the empty string.
     */
    static String normalise(String value) {
        if (value == null) {
            return "";
        }
        String s = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = POSSESSIVE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        s = NON_WORD.matcher(s).replaceAll(" ").strip().replaceAll("\\s+", " ");
        int space = s.indexOf(' ');
        if (space > 0 && LEADING_WORDS.contains(s.substring(0, space))) {
            s = s.substring(space + 1);
        }
        return s;
    }
}

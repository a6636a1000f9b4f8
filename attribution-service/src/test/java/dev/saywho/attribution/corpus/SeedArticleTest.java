package dev.saywho.attribution.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.CodePointOffsets;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.common.Quote;
import dev.saywho.common.Span;
import dev.saywho.common.testing.SharedData;

/**
 * The hand-annotated seed article (shared/seed next to the repository, when present): every non-optional gold quote
 * is found with the right speaker, matched with the scorer's rules, and the two analysts carry their affiliations.
 */
class SeedArticleTest {

    private static String text;
    private static JsonNode gold;
    private static EngineResult result;

    /** Each test skips, and is counted as skipped, when the seed article is absent; the engine runs once. */
    @BeforeEach
    void attribute() throws Exception {
        Path textFile = SharedData.require("seed/north-korea-missiles.txt");
        Path goldFile = SharedData.require("seed/north-korea-missiles.gold.jsonl");
        if (result != null) {
            return;
        }
        text = Files.readString(textFile, StandardCharsets.UTF_8);
        gold = new ObjectMapper()
                .readTree(Files.readString(goldFile, StandardCharsets.UTF_8)
                        .strip()
                        .lines()
                        .findFirst()
                        .orElseThrow());
        result = AttributionEngine.create(EngineOptions.defaults()).attribute(text);
    }

    @Test
    void goldTextIsTheArticleFile() {
        assertEquals(text, gold.path("text").asText(), "the gold offsets refer to the .txt content");
    }

    @Test
    void everyRequiredGoldQuoteIsFoundWithItsSpeaker() {
        int[] codePoints = text.codePoints().toArray();
        CodePointOffsets offsets = new CodePointOffsets(text);
        List<JsonNode> goldQuotes = new ArrayList<>();
        gold.path("quotes").forEach(goldQuotes::add);
        List<BitSet> goldSpans = goldQuotes.stream()
                .map(q -> ScorerRules.spanSet(codePoints, goldFragments(q)))
                .toList();
        List<Quote> predicted = result.quotes();
        List<BitSet> predictedSpans = predicted.stream()
                .map(q -> ScorerRules.spanSet(codePoints, predictedFragments(q, offsets)))
                .toList();
        // One-to-one over all gold quotes, optional ones included, exactly as the scorer matches them.
        int[] matchOf = ScorerRules.match(goldSpans, predictedSpans, 0.5);

        List<Executable> checks = new ArrayList<>();
        for (int g = 0; g < goldQuotes.size(); g++) {
            JsonNode quote = goldQuotes.get(g);
            if (quote.path("optional").asBoolean(false)) {
                continue;
            }
            String label = String.format(
                    "gold quote [%d, %d) %s by %s \"%s\"",
                    quote.path("start").asInt(),
                    quote.path("end").asInt(),
                    quote.path("type").asText(),
                    quote.path("speakerCanonical").asText(),
                    abbreviate(quote.path("text").asText()));
            Quote match = matchOf[g] < 0 ? null : predicted.get(matchOf[g]);
            checks.add(() -> assertTrue(match != null, label + ": not found (no prediction overlaps it >= 0.5)"));
            if (match != null) {
                List<String> names = Stream.of(quote.path("speaker"), quote.path("speakerCanonical"))
                        .filter(JsonNode::isTextual)
                        .map(JsonNode::asText)
                        .toList();
                String speaker =
                        match.speaker() == null ? null : match.speaker().name();
                checks.add(() -> assertTrue(
                        speaker != null
                                && (speaker.equals(
                                                quote.path("speakerCanonical").asText())
                                        || ScorerRules.speakerMatch(speaker, names)),
                        label + ": attributed to " + (speaker == null ? "nobody" : "\"" + speaker + "\"")));
            }
        }
        assertAll("seed article quotes (" + result.quotes().size() + " predicted)", checks);
    }

    @Test
    void kimTaeHyoSpeaksForTheNationalSecurityCouncil() {
        List<Attributes> kim = attributesOf("Kim Tae-hyo");
        assertAll(
                "Kim Tae-hyo",
                () -> assertTrue(!kim.isEmpty(), "Kim Tae-hyo is not among the speakers"),
                () -> assertTrue(
                        kim.stream().anyMatch(a -> contains(a.affiliation(), "National Security Council")),
                        "no affiliation containing \"National Security Council\": " + kim));
    }

    @Test
    void moonSeongMookIsAFormerGeneralAtTheStrategyInstitute() {
        List<Attributes> moon = attributesOf("Moon Seong Mook");
        assertAll(
                "Moon Seong Mook",
                () -> assertTrue(!moon.isEmpty(), "Moon Seong Mook is not among the speakers"),
                () -> assertTrue(
                        moon.stream().anyMatch(a -> contains(a.role(), "former general")),
                        "no role \"former general\": " + moon),
                () -> assertTrue(
                        moon.stream()
                                .anyMatch(a ->
                                        contains(a.affiliation(), "Korea Research Institute for National Strategy")),
                        "no affiliation \"Korea Research Institute for National Strategy\": " + moon));
    }

    /** Role and affiliation as given on one quote's speaker or on one {@code speakers} entry. */
    private record Attributes(String where, String name, String role, String affiliation) {}

    private static List<Attributes> attributesOf(String canonical) {
        Predicate<String> isHim = name -> name != null && ScorerRules.speakerMatch(name, List.of(canonical));
        List<Attributes> found = new ArrayList<>();
        result.quotes().stream()
                .map(Quote::speaker)
                .filter(Objects::nonNull)
                .filter(s -> isHim.test(s.name()))
                .forEach(s -> found.add(new Attributes("quote speaker", s.name(), s.role(), s.affiliation())));
        result.speakers().stream()
                .filter(s -> isHim.test(s.name()))
                .forEach(s -> found.add(new Attributes("speakers entry", s.name(), s.role(), s.affiliation())));
        return found;
    }

    private static boolean contains(String value, String expected) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
    }

    private static List<int[]> goldFragments(JsonNode quote) {
        List<int[]> fragments = new ArrayList<>();
        quote.path("fragments")
                .forEach(
                        f -> fragments.add(new int[] {f.get(0).asInt(), f.get(1).asInt()}));
        if (fragments.isEmpty()) {
            fragments.add(
                    new int[] {quote.path("start").asInt(), quote.path("end").asInt()});
        }
        return fragments;
    }

    private static List<int[]> predictedFragments(Quote quote, CodePointOffsets offsets) {
        List<int[]> fragments = new ArrayList<>();
        for (Span f : quote.fragments()) {
            fragments.add(new int[] {offsets.of(f.start()), offsets.of(f.end())});
        }
        if (fragments.isEmpty()) {
            fragments.add(new int[] {offsets.of(quote.start()), offsets.of(quote.end())});
        }
        return fragments;
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}

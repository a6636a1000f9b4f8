package dev.saywho.attribution.property;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.saywho.attribution.engine.AttributionEngine;
import dev.saywho.attribution.engine.EngineOptions;
import dev.saywho.attribution.engine.EngineResult;

/**
 * Hostile inputs never break the engine: no exception, every offset inside the text and consistent with its
 * {@code text}, fragments ordered inside their quote, confidences in [0, 1], speakers named. The timeouts only guard
 * against hangs; they are not performance assertions.
 */
class EngineRobustnessTest {

    private static final long SEED = 20_260_325L;
    private static final int RANDOM_CASES = 400;
    private static final int MEGABYTE = 1 << 20;
    private static final Duration SMALL_INPUT_GUARD = Duration.ofSeconds(10);
    private static final Duration LARGE_INPUT_GUARD = Duration.ofSeconds(60);
    private static final String ARTICLE_RESOURCE = "/articles/fictional-ferry-strike.txt";

    private static AttributionEngine engine;
    private static String article;

    @BeforeAll
    static void createEngine() throws IOException {
        engine = AttributionEngine.create(EngineOptions.defaults());
        try (InputStream in = EngineRobustnessTest.class.getResourceAsStream(ARTICLE_RESOURCE)) {
            assertTrue(in != null, "missing " + ARTICLE_RESOURCE);
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> randomTextsAreHandled() {
        return IntStream.range(0, RANDOM_CASES)
                .mapToObj(i -> SEED + i)
                .map(seed -> check("seed " + seed, () -> RandomText.generate(new Random(seed)), SMALL_INPUT_GUARD));
    }

    @TestFactory
    Stream<DynamicTest> everyKindOfQuoteMarkIsHandled() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String pair : RandomText.QUOTE_PAIRS) {
            char open = pair.charAt(0);
            char close = pair.charAt(1);
            String name = String.format("U+%04X U+%04X", (int) open, (int) close);
            String sentence = "We will not sign a contract we cannot pay for,";
            tests.add(check(
                    name + " balanced",
                    () -> open + sentence + close + " Mayor Ilse Varga said. " + open + "It is a setback." + close
                            + "\n\nVarga called it " + open + "a reckless gamble" + close + ".",
                    SMALL_INPUT_GUARD));
            tests.add(check(
                    name + " never closed",
                    () -> open + sentence + " Mayor Ilse Varga said.\n\n" + open + "Again " + open + "and again",
                    SMALL_INPUT_GUARD));
            tests.add(check(
                    name + " never opened",
                    () -> sentence + close + " Mayor Ilse Varga said. " + close + close + close,
                    SMALL_INPUT_GUARD));
            tests.add(check(
                    name + " reversed and doubled",
                    () -> close + sentence + open + " said Varga. " + open + open + "x" + close + close + " she said.",
                    SMALL_INPUT_GUARD));
        }
        for (int i = 0; i < RandomText.QUOTE_MARKS.length(); i++) {
            String mark = String.valueOf(RandomText.QUOTE_MARKS.charAt(i));
            tests.add(check(String.format("lone U+%04X", (int) mark.charAt(0)), () -> mark, SMALL_INPUT_GUARD));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> edgeCasesAreHandled() {
        return Stream.of(
                check("empty", () -> "", SMALL_INPUT_GUARD),
                check("whitespace only", () -> " \n\t\r\n\u00a0\u2028 ", SMALL_INPUT_GUARD),
                check("a lone high surrogate", () -> "\ud83d", SMALL_INPUT_GUARD),
                check(
                        "surrogates split by quote marks",
                        () -> "\u201c\ud83d\u201d\ude00 said \ud83d\ude00Varga\udc00.",
                        SMALL_INPUT_GUARD),
                check(
                        "quote of emoji only",
                        () -> "\u201c\ud83d\ude00\ud83d\ude00,\u201d said Mayor Ilse Varga.",
                        SMALL_INPUT_GUARD),
                check(
                        "right-to-left quote",
                        () -> "\u00ab\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd\u00bb, "
                                + "\u202e\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633\u202c said Varga.",
                        SMALL_INPUT_GUARD),
                check(
                        "control characters around a quote",
                        () -> "\u0000\u201cWe\u0007 will\u001b win,\u201d\u0000 Varga\u0008 said.\u007f",
                        SMALL_INPUT_GUARD),
                check(
                        "the article with every space a no-break space",
                        () -> article.replace(' ', '\u00a0'),
                        SMALL_INPUT_GUARD),
                check("the article with CRLF line ends", () -> article.replace("\n", "\r\n"), SMALL_INPUT_GUARD),
                check("the article upper-cased", () -> article.toUpperCase(Locale.ROOT), SMALL_INPUT_GUARD));
    }

    @TestFactory
    Stream<DynamicTest> largeInputsAreHandled() {
        return Stream.of(
                check(
                        "1 MB of mixed quote marks",
                        () -> {
                            Random random = new Random(SEED);
                            StringBuilder text = new StringBuilder(MEGABYTE);
                            while (text.length() < MEGABYTE) {
                                text.append(
                                        RandomText.QUOTE_MARKS.charAt(random.nextInt(RandomText.QUOTE_MARKS.length())));
                            }
                            return text.toString();
                        },
                        LARGE_INPUT_GUARD),
                check("1 MB of straight double quotes", () -> "\"".repeat(MEGABYTE), LARGE_INPUT_GUARD),
                check(
                        "1 MB of tiny curly quotations with cues",
                        () -> "\u201cNo,\u201d Bo said. ".repeat(MEGABYTE / 16),
                        LARGE_INPUT_GUARD),
                check("1 MB of opening quote marks", () -> "\u201c".repeat(MEGABYTE), LARGE_INPUT_GUARD),
                check(
                        "1 MB without spaces",
                        () -> {
                            Random random = new Random(SEED);
                            String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                    + ".,;:-\u2014'\"\u201c\u201d";
                            StringBuilder text = new StringBuilder(MEGABYTE);
                            while (text.length() < MEGABYTE) {
                                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                            }
                            return text.toString();
                        },
                        LARGE_INPUT_GUARD),
                check(
                        "1 MB of the article without whitespace",
                        () -> {
                            String squeezed = article.replaceAll("\\s+", "");
                            return squeezed.repeat(MEGABYTE / squeezed.length() + 1)
                                    .substring(0, MEGABYTE);
                        },
                        LARGE_INPUT_GUARD),
                check("200k newlines", () -> "\n".repeat(200_000), LARGE_INPUT_GUARD),
                check(
                        "200k newlines between quote marks",
                        () -> "\u201c\n\u201d said Bo\n".repeat(200_000 / 2),
                        LARGE_INPUT_GUARD),
                check(
                        "the article repeated 100 times",
                        () -> String.join("\n\n", Collections.nCopies(100, article)),
                        LARGE_INPUT_GUARD),
                check(
                        "1 MB of random hostile text",
                        () -> {
                            Random random = new Random(SEED);
                            StringBuilder text = new StringBuilder(MEGABYTE + 100_000);
                            while (text.length() < MEGABYTE) {
                                text.append(RandomText.generate(random));
                            }
                            return text.toString();
                        },
                        LARGE_INPUT_GUARD));
    }

    @Test
    void nullTextYieldsAnEmptyResult() {
        EngineResult result = assertTimeoutPreemptively(SMALL_INPUT_GUARD, () -> engine.attribute(null));
        assertTrue(
                result != null && result.quotes().isEmpty() && result.speakers().isEmpty(), "empty result for null");
    }

    private static DynamicTest check(String name, Supplier<String> inputs, Duration guard) {
        return dynamicTest(name, () -> {
            String input = inputs.get();
            EngineResult result = assertTimeoutPreemptively(
                    guard,
                    () -> engine.attribute(input),
                    () -> name + ": no result within " + guard.toSeconds() + " s (hang guard), input length "
                            + input.length());
            ResultInvariants.check(input, result);
        });
    }
}

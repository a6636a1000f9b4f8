package dev.saywho.attribution.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.Span;
import dev.saywho.common.Speaker;

/** The structural promises of an {@link EngineResult}, whatever the input text. */
final class ResultInvariants {

    private ResultInvariants() {}

    static void check(String input, EngineResult result) {
        assertNotNull(result, "result");
        assertNotNull(result.quotes(), "quotes");
        assertNotNull(result.speakers(), "speakers");
        // A rule that throws is skipped and reported, never swallowed: hostile input must not make any rule throw.
        assertTrue(
                result.failures().isEmpty(),
                () -> "rules failed: "
                        + result.failures().stream()
                                .map(f -> f.rule() + " at " + f.offset() + ": " + f.error())
                                .toList());
        for (int i = 0; i < result.quotes().size(); i++) {
            checkQuote(input, result.quotes().get(i), "quote #" + i);
        }
        for (int i = 0; i < result.speakers().size(); i++) {
            Speaker speaker = result.speakers().get(i);
            String where = "speaker #" + i;
            assertNotNull(speaker, where);
            assertTrue(speaker.name() != null && !speaker.name().isBlank(), where + " has a blank name");
            for (Span mention : speaker.mentions()) {
                checkSpan(input, mention, where + " mention");
            }
        }
    }

    private static void checkQuote(String input, Quote quote, String where) {
        assertNotNull(quote, where);
        assertTrue(
                0 <= quote.start() && quote.start() <= quote.end() && quote.end() <= input.length(),
                () -> where + " [" + quote.start() + ", " + quote.end() + ") outside [0, " + input.length() + "]");
        assertEquals(input.substring(quote.start(), quote.end()), quote.text(), where + " text");
        assertNotNull(quote.type(), where + " type");
        assertTrue(
                quote.confidence() >= 0.0 && quote.confidence() <= 1.0,
                () -> where + " confidence " + quote.confidence() + " outside [0, 1]");
        List<Span> fragments = quote.fragments();
        assertFalse(fragments.isEmpty(), where + " has no fragments");
        int previousEnd = quote.start();
        for (int f = 0; f < fragments.size(); f++) {
            Span fragment = fragments.get(f);
            String fw = where + " fragment #" + f;
            checkSpan(input, fragment, fw);
            int limit = previousEnd;
            assertTrue(
                    fragment.start() >= limit,
                    () -> fw + " starts at " + fragment.start()
                            + ", before the quote start or the previous fragment's end " + limit);
            assertTrue(
                    fragment.end() <= quote.end(),
                    () -> fw + " ends at " + fragment.end() + ", after the quote end " + quote.end());
            previousEnd = fragment.end();
        }
        if (quote.cue() != null) {
            checkSpan(input, quote.cue(), where + " cue");
        }
        QuoteSpeaker speaker = quote.speaker();
        if (speaker != null) {
            assertTrue(speaker.name() != null && !speaker.name().isBlank(), where + " speaker has a blank name");
            if (speaker.mention() != null) {
                checkSpan(input, speaker.mention(), where + " speaker mention");
            }
        }
    }

    private static void checkSpan(String input, Span span, String where) {
        assertNotNull(span, where);
        assertTrue(
                0 <= span.start() && span.start() <= span.end() && span.end() <= input.length(),
                () -> where + " [" + span.start() + ", " + span.end() + ") outside [0, " + input.length() + "]");
        assertEquals(input.substring(span.start(), span.end()), span.text(), where + " text");
    }
}

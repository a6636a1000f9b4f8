package dev.saywho.ingest.client;

import java.util.ArrayList;
import java.util.List;

import dev.saywho.common.AttributionResponse;
import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.Span;

/**
 * Checks an attribution response against the text it was made for before anything of it is stored: every span lies
 * in the text and its text is the text's substring there, every quote has a type, confidences are probabilities.
 * An invalid response is a failed attempt, never data.
 */
public final class AttributionResponseValidator {

    private static final int MAX_REPORTED = 3;

    private AttributionResponseValidator() {}

    /**
     * @return the response, once it is known to be valid for {@code text}
     * @throws InvalidAttributionException naming the first few problems found
     */
    static AttributionResponse validate(AttributionWireResponse response, String text) {
        List<String> problems = new ArrayList<>();
        if (response == null) {
            throw new InvalidAttributionException("invalid attribution response: empty body");
        }
        if (response.engineVersion() == null || response.engineVersion().isBlank()) {
            problems.add("no engineVersion");
        }
        if (response.quotes() == null) {
            problems.add("quotes is null");
        } else {
            for (int i = 0; i < response.quotes().size() && problems.size() < MAX_REPORTED; i++) {
                checkQuote(problems, "quotes[" + i + "]", response.quotes().get(i), text);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAttributionException("invalid attribution response: " + String.join("; ", problems));
        }
        return new AttributionResponse(response.id(), response.engineVersion(), response.quotes(), response.speakers());
    }

    private static void checkQuote(List<String> problems, String where, Quote quote, String text) {
        if (quote == null) {
            problems.add(where + " is null");
            return;
        }
        if (quote.type() == null) {
            problems.add(where + ".type is missing");
        }
        checkSpan(problems, where, quote.text(), quote.start(), quote.end(), text);
        if (!(quote.confidence() >= 0.0 && quote.confidence() <= 1.0)) {
            problems.add(where + ".confidence " + quote.confidence() + " is not between 0 and 1");
        }
        if (quote.fragments() != null) {
            for (int f = 0; f < quote.fragments().size(); f++) {
                Span fragment = quote.fragments().get(f);
                if (fragment == null) {
                    problems.add(where + ".fragments[" + f + "] is null");
                } else {
                    checkSpan(
                            problems,
                            where + ".fragments[" + f + "]",
                            fragment.text(),
                            fragment.start(),
                            fragment.end(),
                            text);
                    if (fragment.start() < quote.start() || fragment.end() > quote.end()) {
                        problems.add(where + ".fragments[" + f + "] lies outside its quote");
                    }
                }
            }
        }
        if (quote.cue() != null) {
            checkSpan(
                    problems,
                    where + ".cue",
                    quote.cue().text(),
                    quote.cue().start(),
                    quote.cue().end(),
                    text);
        }
        QuoteSpeaker speaker = quote.speaker();
        if (speaker != null) {
            if (speaker.name() == null || speaker.name().isBlank()) {
                problems.add(where + ".speaker has no name");
            }
            if (speaker.kind() == null) {
                problems.add(where + ".speaker has no kind");
            }
            if (speaker.mention() != null) {
                checkSpan(
                        problems,
                        where + ".speaker.mention",
                        speaker.mention().text(),
                        speaker.mention().start(),
                        speaker.mention().end(),
                        text);
            }
        }
    }

    private static void checkSpan(
            List<String> problems, String where, String spanText, int start, int end, String text) {
        if (start < 0 || end < start || end > text.length()) {
            problems.add(
                    where + " offsets [" + start + ", " + end + ") are outside the text of length " + text.length());
        } else if (spanText == null
                || !text.regionMatches(start, spanText, 0, spanText.length())
                || spanText.length() != end - start) {
            problems.add(where + ".text is not the article's text at [" + start + ", " + end + ")");
        }
    }
}

package dev.saywho.attribution.engine;

import java.util.List;

import dev.saywho.common.Quote;
import dev.saywho.common.Speaker;

/**
 * What the engine found in one text: quotes in text order, the speakers they are attributed to, and the rules that
 * failed on the text (normally none; see {@link RuleFailure}).
 */
public record EngineResult(List<Quote> quotes, List<Speaker> speakers, List<RuleFailure> failures) {

    public EngineResult {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    /** A result without rule failures. */
    public EngineResult(List<Quote> quotes, List<Speaker> speakers) {
        this(quotes, speakers, List.of());
    }

    /** A result with no quotes and no speakers. */
    public static EngineResult empty() {
        return new EngineResult(List.of(), List.of());
    }
}

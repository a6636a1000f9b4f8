package dev.saywho.attribution.engine;

import java.util.List;

import dev.saywho.common.Quote;
import dev.saywho.common.Speaker;

/** What the engine found in one text: quotes in text order and the speakers they are attributed to. */
public record EngineResult(List<Quote> quotes, List<Speaker> speakers) {

    public EngineResult {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    /** A result with no quotes and no speakers. */
    public static EngineResult empty() {
        return new EngineResult(List.of(), List.of());
    }
}

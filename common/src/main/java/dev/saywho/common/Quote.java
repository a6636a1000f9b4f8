package dev.saywho.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One quotation found in a text: its span, type, cue and (when the text supports one) its speaker. */
@Schema(description = "A quotation: direct, indirect (reported) or mixed.")
public record Quote(
        @Schema(
                description = "The quoted content, exactly as submitted (for an interrupted quote: the envelope of its "
                        + "fragments).")
        String text,

        @Schema(description = "Start offset of the content (Java String index).", examples = "940")
        int start,

        @Schema(description = "End offset of the content (exclusive).", examples = "1033")
        int end,

        @Schema(description = "Quote type.") QuoteType type,

        @Schema(description = "The pieces of an interrupted quote, in order; a single element for a contiguous quote.")
        List<Span> fragments,

        @Schema(
                description = "The speech or reporting cue (said, told reporters, according to), when there is one.",
                nullable = true)
        Span cue,

        @Schema(description = "The speaker; null when the text does not support one (never invented).", nullable = true)
        QuoteSpeaker speaker,

        @Schema(
                description = "The probability, 0 to 1, that the quote's span and its speaker are both right: the "
                        + "engine's quote-confidence model over this quote's features, calibrated on annotated news "
                        + "(with the rules alone, SAYWHO_ATTRIBUTION_MODEL=none, its rule's measured share of right "
                        + "quotes).",
                examples = "0.93")
        double confidence,

        @Schema(
                description = "The family of rules (sieve) that decided the speaker: coarse provenance, null when no "
                        + "rule named one.",
                examples = "TRAILING_CUE",
                nullable = true)
        String sieve,

        @Schema(
                description = "The rule that found the quote and decided its speaker: fine provenance (one name per "
                        + "rule; quotation-marks when the marks alone found it and no rule named a speaker).",
                examples = "trailing-cue",
                nullable = true)
        String rule) {

    public Quote {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }
}

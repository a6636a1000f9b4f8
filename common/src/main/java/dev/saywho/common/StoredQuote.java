package dev.saywho.common;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quotation as stored: offsets refer to the stored (normalized) article text. */
@Schema(description = "A stored quotation. Offsets are Java String indices into the article's normalized text.")
public record StoredQuote(
        @Schema(description = "Quote id.", examples = "118") long id,

        @Schema(description = "Id of the article it was found in.", examples = "42")
        long articleId,

        @Schema(description = "The quoted content.", examples = "We will rebuild the bridge by spring")
        String text,

        @Schema(description = "Start offset in the article text.", examples = "1")
        int start,

        @Schema(description = "End offset in the article text (exclusive).", examples = "37")
        int end,

        @Schema(description = "Quote type.") QuoteType type,

        @Schema(description = "Pieces of an interrupted quote, in order.")
        List<Span> fragments,

        @Schema(description = "The speech cue.", nullable = true)
        Span cue,

        @Schema(description = "The speaker; null when the text supports none.", nullable = true)
        StoredSpeakerRef speaker,

        @Schema(
                description = "The probability, 0 to 1, that the quote's span and its speaker are both right, as the "
                        + "engine that attributed it computed it.",
                examples = "0.93")
        double confidence,

        @Schema(
                description = "The family of rules (sieve) that decided the speaker.",
                examples = "TRAILING_CUE",
                nullable = true)
        String sieve,

        @Schema(
                description =
                        "The engine's rule that found the quote and decided its speaker (null for quotes stored by"
                                + " an engine before 1.3.0).",
                examples = "trailing-cue",
                nullable = true)
        String rule,

        @Schema(description = "Attribution engine version that produced the quote.", examples = "1.0.0")
        String engineVersion,

        @Schema(description = "Source of the article.", examples = "tessaly-herald", nullable = true)
        String source,

        @Schema(description = "Publication time of the article.", nullable = true)
        OffsetDateTime publishedAt,

        @Schema(description = "Title of the article.", examples = "Bridge vote delayed", nullable = true)
        String title,

        @Schema(
                description = "The article's canonical URL.",
                examples = "https://tessaly-herald.example/bridge-vote",
                nullable = true)
        String url,

        @Schema(
                description = "What a person decided about the quotation; null when nobody has reviewed it.",
                nullable = true)
        ReviewState review,

        @Schema(
                description = "For a reviewed or corrected quotation that a later attribution disagrees with: what "
                        + "the engine now finds there.",
                nullable = true)
        String engineNote,

        @Schema(
                description = "Revision of the quotation, also its ETag: send it back as If-Match with a correction.",
                examples = "0")
        long version) {

    public StoredQuote {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }

    /** A quotation as the engine stored it: nobody reviewed it, first revision. */
    public StoredQuote(
            long id,
            long articleId,
            String text,
            int start,
            int end,
            QuoteType type,
            List<Span> fragments,
            Span cue,
            StoredSpeakerRef speaker,
            double confidence,
            String sieve,
            String rule,
            String engineVersion,
            String source,
            OffsetDateTime publishedAt,
            String title,
            String url) {
        this(
                id,
                articleId,
                text,
                start,
                end,
                type,
                fragments,
                cue,
                speaker,
                confidence,
                sieve,
                rule,
                engineVersion,
                source,
                publishedAt,
                title,
                url,
                null,
                null,
                0);
    }
}

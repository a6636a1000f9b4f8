package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's changes to a stored quotation: a field left out (null) stays as it is; an empty role or affiliation
 * removes it.
 */
@Schema(
        description = "Changes to a stored quotation. A field left out stays as it is. Name the speaker by speakerId "
                + "(a stored speaker) or by speaker (a name, found or created with speakerKind, PERSON by default); "
                + "noSpeaker: true removes the speaker. An empty role or affiliation removes it. start and end move "
                + "the quotation's boundaries (offsets into the article's stored text; both or neither).")
public record QuoteCorrection(
        @Schema(description = "A stored speaker's id.", nullable = true)
        Long speakerId,

        @Schema(description = "The speaker's name, found or created.", nullable = true, maxLength = 512)
        String speaker,

        @Schema(description = "The kind of a speaker named by name (default PERSON).", nullable = true)
        SpeakerKind speakerKind,

        @Schema(description = "True to say the text names no speaker.", nullable = true)
        Boolean noSpeaker,

        @Schema(description = "The speaker's role in this article; empty to remove.", nullable = true, maxLength = 512)
        String role,

        @Schema(description = "The speaker's affiliation; empty to remove.", nullable = true, maxLength = 512)
        String affiliation,

        @Schema(description = "The quotation's kind.", nullable = true)
        QuoteType type,

        @Schema(description = "New start offset (with end).", nullable = true)
        Integer start,

        @Schema(description = "New end offset, exclusive (with start).", nullable = true)
        Integer end) {}

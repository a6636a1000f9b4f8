package dev.saywho.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Split a wrongly merged speaker: these of its quotations go to the speaker named here (found or created). */
@Schema(
        description = "Quotations of a speaker that belong to someone else, and who that is (found or created by "
                + "name and kind).")
public record SpeakerSplit(
        @Schema(description = "Ids of the speaker's quotations to move (1 to 1,000).", required = true)
        List<Long> quotes,

        @Schema(description = "Name of the speaker they belong to.", required = true, maxLength = 512)
        String name,

        @Schema(description = "Kind of that speaker (default: the kind of the speaker split).", nullable = true)
        SpeakerKind kind) {

    public SpeakerSplit {
        quotes = quotes == null ? null : List.copyOf(quotes);
    }
}

package dev.saywho.attribution.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.saywho.common.AttributionResponse;
import dev.saywho.common.Problem;
import dev.saywho.common.Quote;
import dev.saywho.common.Speaker;

/** One line of a batch answer: the attribution of one input line, or the problem with it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One NDJSON result line: the attribution of input line `line`, or a `problem` for that line.")
public record BatchItem(
        @Schema(description = "1-based number of the input line this result answers.", examples = "1")
        int line,

        @Schema(description = "The id of the input line, when it had one.", nullable = true)
        String id,

        @Schema(description = "Engine version, on success.", nullable = true)
        String engineVersion,

        @Schema(description = "Quotes found, on success.", nullable = true)
        List<Quote> quotes,

        @Schema(description = "Speakers, on success.", nullable = true)
        List<Speaker> speakers,

        @Schema(description = "Why this line was not attributed; the other lines are unaffected.", nullable = true)
        Problem problem) {

    static BatchItem success(int line, AttributionResponse response) {
        return new BatchItem(
                line, response.id(), response.engineVersion(), response.quotes(), response.speakers(), null);
    }

    static BatchItem failure(int line, String id, Problem problem) {
        return new BatchItem(line, id, null, null, null, problem);
    }
}

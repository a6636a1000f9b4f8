package dev.saywho.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response of the Saywho services. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(
                description = "Problem type URI under https://saywho.dev/problems/ (listed in the README); about:blank "
                        + "when the HTTP status says it all.",
                examples = "https://saywho.dev/problems/invalid-request")
        String type,

        @Schema(description = "Short summary of the problem type.", examples = "Invalid request")
        String title,

        @Schema(description = "HTTP status code.", examples = "400")
        int status,

        @Schema(
                description = "What went wrong with this request, in plain words.",
                examples = "text: is required and must be a JSON string")
        String detail,

        @Schema(description = "The request path.", examples = "/api/v1/attributions", nullable = true)
        String instance,

        @Schema(description = "Each invalid field, for validation problems.", nullable = true)
        List<Violation> violations) {

    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** One invalid field of a request. */
    @Schema(name = "Violation", description = "An invalid field and why.")
    public record Violation(
            @Schema(description = "The field (JSON property or parameter).", examples = "text")
            String field,

            @Schema(description = "Why it is invalid.", examples = "is required and must be a JSON string")
            String message) {}
}

package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of source a quotation comes from, as source-diversity figures count them. */
@Schema(
        description = "PERSON (a named or individual person), ORGANISATION (an organisation speaking for itself: "
                + "\"the Farmers' Union said\", \"police said\"), ANONYMOUS (unnamed sources, kept with their "
                + "description: \"officials\", \"a senior diplomat\"), DOCUMENT (a report, a poll, a court filing), "
                + "UNKNOWN (a word the engine could not resolve).")
public enum SourceKind {
    PERSON,
    ORGANISATION,
    ANONYMOUS,
    DOCUMENT,
    UNKNOWN
}

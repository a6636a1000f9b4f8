package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of source a speaker is. */
@Schema(
        description =
                "PERSON (a named individual), ORGANIZATION (an agency, company, ministry, newspaper), GROUP (a named "
                        + "plurality such as a family or 'supermarkets'), ANONYMOUS (a source the article does not "
                        + "name, kept with its description: 'a senior diplomat', 'officials', 'one worker, who asked "
                        + "not to be named'), UNKNOWN (a pronoun or word the engine could not resolve).")
public enum SpeakerKind {
    PERSON,
    ORGANIZATION,
    GROUP,
    ANONYMOUS,
    UNKNOWN
}

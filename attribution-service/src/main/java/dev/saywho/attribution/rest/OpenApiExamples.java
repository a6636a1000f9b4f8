package dev.saywho.attribution.rest;

/** Realistic request and response examples for the OpenAPI document (texts written for Saywho, fictional people). */
final class OpenApiExamples {

    static final String REQUEST = """
            {"id": "port-tessaly-1",
             "text": "\\"We will reopen the bridge by spring,\\" Mayor Ilse Varga said on Tuesday."}
            """;

    static final String RESPONSE = """
            {"id": "port-tessaly-1", "engineVersion": "1.17.0+cue/polnear-dev@2026-12-05",
             "quotes": [{"text": "We will reopen the bridge by spring,", "start": 1, "end": 37, "type": "DIRECT",
                         "fragments": [{"text": "We will reopen the bridge by spring,", "start": 1, "end": 37}],
                         "cue": {"text": "said on Tuesday", "start": 56, "end": 71},
                         "speaker": {"name": "Ilse Varga", "kind": "PERSON",
                                     "mention": {"text": "Mayor Ilse Varga", "start": 39, "end": 55},
                                     "role": "Mayor", "affiliation": null,
                                     "roleEvidence": {"text": "Mayor", "start": 39, "end": 44},
                                     "affiliationEvidence": null,
                                     "profile": {"gender": "UNKNOWN", "genderEvidence": [], "sourceKind": "PERSON",
                                                 "roleClass": "OFFICIAL"}},
                         "confidence": 0.965, "sieve": "TRAILING_CUE", "rule": "trailing-cue"}],
             "speakers": [{"name": "Ilse Varga", "kind": "PERSON", "role": "Mayor", "affiliation": null,
                           "mentions": [{"text": "Mayor Ilse Varga", "start": 39, "end": 55}],
                           "roleEvidence": {"text": "Mayor", "start": 39, "end": 44}, "affiliationEvidence": null,
                           "profile": {"gender": "UNKNOWN", "genderEvidence": [], "sourceKind": "PERSON",
                                       "roleClass": "OFFICIAL"}}]}
            """;

    static final String PROBLEM_400 = """
            {"type": "https://saywho.dev/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "text: is required and must be a JSON string", "instance": "/api/v1/attributions",
             "violations": [{"field": "text", "message": "is required and must be a JSON string"}]}
            """;

    static final String BATCH_REQUEST = """
            {"id": "a1", "text": "\\"Rates will hold,\\" said Governor Pell Andrade."}
            {"id": "a2", "text": "The council said the budget would pass."}
            """;

    private OpenApiExamples() {}
}

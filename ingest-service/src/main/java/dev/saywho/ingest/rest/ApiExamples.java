package dev.saywho.ingest.rest;

/** Request and response examples for the OpenAPI document (fictional people and places). */
final class ApiExamples {

    private ApiExamples() {}

    static final String SUBMISSION = """
            {
              "title": "Port Tessaly bridge to reopen by spring",
              "text": "PORT TESSALY (Herald) - \\"We will rebuild the bridge by spring,\\" Mayor Ilse Varga of Port \
            Tessaly said on Tuesday.",
              "url": "https://news.example.org/port-tessaly/bridge",
              "source": "tessaly-herald",
              "publishedAt": "2026-03-04T09:30:00Z",
              "externalId": "herald-2026-0412"
            }""";

    static final String ARTICLE = """
            {
              "id": 42,
              "status": "ATTRIBUTED",
              "engineVersion": "1.3.1",
              "text": "\\"We will rebuild the bridge by spring,\\" Mayor Ilse Varga of Port Tessaly said on Tuesday.",
              "metadata": {
                "title": "Port Tessaly bridge to reopen by spring",
                "publishedAt": "2026-03-04T09:30:00Z",
                "canonicalUrl": "https://news.example.org/port-tessaly/bridge",
                "source": "tessaly-herald",
                "externalId": "herald-2026-0412"
              },
              "removed": [{"kind": "DATELINE", "text": "PORT TESSALY (Herald) -"}],
              "original": {
                "title": "Port Tessaly bridge to reopen by spring",
                "text": "PORT TESSALY (Herald) - \\"We will rebuild the bridge by spring,\\" Mayor Ilse Varga of Port \
            Tessaly said on Tuesday.",
                "url": "https://news.example.org/port-tessaly/bridge",
                "source": "tessaly-herald",
                "publishedAt": "2026-03-04T09:30:00Z",
                "externalId": "herald-2026-0412"
              },
              "quotes": [
                {
                  "id": 118, "articleId": 42, "text": "We will rebuild the bridge by spring", "start": 1, "end": 37,
                  "type": "DIRECT",
                  "fragments": [{"text": "We will rebuild the bridge by spring", "start": 1, "end": 37}],
                  "cue": {"text": "said", "start": 78, "end": 82},
                  "speaker": {"id": 7, "name": "Ilse Varga", "kind": "PERSON", "role": "Mayor",
                              "affiliation": "Port Tessaly",
                              "mention": {"text": "Ilse Varga", "start": 46, "end": 56}},
                  "confidence": 0.93, "sieve": "TRAILING_CUE", "rule": "trailing-cue", "engineVersion": "1.3.1",
                  "source": "tessaly-herald", "publishedAt": "2026-03-04T09:30:00Z",
                  "title": "Port Tessaly bridge to reopen by spring",
                  "url": "https://news.example.org/port-tessaly/bridge"
                }
              ],
              "createdAt": "2026-03-04T09:31:12Z",
              "attributedAt": "2026-03-04T09:31:13Z"
            }""";

    static final String BATCH_REQUEST = """
            {"text": "\\"The ferry runs again on Monday,\\" harbour master Oren Tal said.", "source": "tessaly-herald"}
            {"text": "", "source": "tessaly-herald"}
            """;

    static final String BATCH_RESPONSE = """
            {"line":1,"id":43,"status":"created"}
            {"line":2,"status":"rejected","problem":{"type":"https://saywho.dev/problems/invalid-request",\
            "title":"Invalid request","status":400,"detail":"text: exactly one of text and html is required; \
            neither was given","violations":[{"field":"text","message":"exactly one of text and html is required; \
            neither was given"}]}}
            """;

    static final String PROBLEM_400 = """
            {
              "type": "https://saywho.dev/problems/invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "html: exactly one of text and html is required; both were given",
              "instance": "/api/v1/articles",
              "violations": [{"field": "html", "message": "exactly one of text and html is required; both were given"}]
            }""";

    static final String PROBLEM_401 = """
            {"type": "https://saywho.dev/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "A valid X-API-Key header is required for this operation.", "instance": "/api/v1/articles"}""";

    static final String PROBLEM_404 = """
            {"type": "https://saywho.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No article with id 4711.", "instance": "/api/v1/articles/4711"}""";

    static final String PROBLEM_413 = """
            {"type": "https://saywho.dev/problems/too-large", "title": "Too large", "status": 413,
             "detail": "The article exceeds the limit of 2000000 characters.", "instance": "/api/v1/articles"}""";

    static final String PROBLEM_415 = """
            {"type": "https://saywho.dev/problems/unsupported-media-type", "title": "Unsupported media type",
             "status": 415, "detail": "Content type text/plain is not supported here.",
             "instance": "/api/v1/articles"}""";

    static final String PROBLEM_503 = """
            {"type": "https://saywho.dev/problems/attribution-unavailable", "title": "Attribution service unavailable",
             "status": 503, "detail": "The attribution service is unavailable; try again later.",
             "instance": "/api/v1/articles/42/attribution"}""";

    static final String QUOTES_CSV = """
            id,article_id,title,url,source,published_at,speaker_id,speaker,speaker_kind,role,affiliation,type,text,\
            start,end,cue,confidence,sieve,rule,engine_version\r
            118,42,Port Tessaly bridge to reopen by spring,https://news.example.org/port-tessaly/bridge,tessaly-herald,\
            2026-03-04T09:30Z,7,Ilse Varga,PERSON,Mayor,Port Tessaly,DIRECT,We will rebuild the bridge by spring,1,37,\
            said,0.93,TRAILING_CUE,trailing-cue,1.3.1\r
            """;
}

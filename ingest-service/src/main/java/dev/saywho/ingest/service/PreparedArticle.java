package dev.saywho.ingest.service;

import java.time.OffsetDateTime;
import java.util.List;

import dev.saywho.common.RemovedBoilerplate;

/** A validated, normalized submission ready to be stored: everything the article row needs. */
record PreparedArticle(
        String text,
        String contentHash,
        String title,
        String byline,
        OffsetDateTime publishedAt,
        String canonicalUrl,
        String siteName,
        String source,
        String externalId,
        String originalJson,
        List<RemovedBoilerplate> removed,
        String submittedBy) {}

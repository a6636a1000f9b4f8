package dev.saywho.ingest.service;

import jakarta.validation.constraints.Size;

import dev.saywho.common.ArticleSubmission;
import dev.saywho.ingest.persistence.ColumnWidths;

/**
 * The constraints an {@link ArticleSubmission} must meet to be stored, for Bean Validation to check. The wire record
 * in common stays free of them: the widths are this service's columns, the timestamps those its parser reads.
 */
@OneOfTextOrHtml
record SubmissionConstraints(
        @NoNul @NoUnpairedSurrogate @Size(max = ColumnWidths.TITLE, message = AT_MOST)
        String title,

        @NoNul @NoUnpairedSurrogate String text,
        @NoNul @NoUnpairedSurrogate String html,

        @NoNul @NoUnpairedSurrogate @HttpUrl(max = ColumnWidths.CANONICAL_URL)
        String url,

        @NoNul @NoUnpairedSurrogate @Size(max = ColumnWidths.SOURCE, message = AT_MOST)
        String source,

        @NoNul @NoUnpairedSurrogate @IsoTimestamp String publishedAt,

        @NoNul @NoUnpairedSurrogate @Size(max = ColumnWidths.EXTERNAL_ID, message = AT_MOST)
        String externalId) {

    static final String AT_MOST = "must be at most {max} characters";

    static SubmissionConstraints of(ArticleSubmission submission) {
        return new SubmissionConstraints(
                submission.title(),
                submission.text(),
                submission.html(),
                submission.url(),
                submission.source(),
                submission.publishedAt(),
                submission.externalId());
    }
}

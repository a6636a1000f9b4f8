package dev.saywho.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import dev.saywho.common.ArticleSubmission;
import dev.saywho.common.Problem.Violation;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What a submission must be to be stored, and how each violation is named: the same for every way in. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class SubmissionValidationTest {

    @Inject
    ArticleService articleService;

    @Inject
    Validator validator;

    @Test
    void everyInvalidFieldIsNamedWithItsReasonInFieldOrder() {
        ArticleSubmission submission = new ArticleSubmission(
                "t".repeat(2049),
                "Port Tessaly\u0000 council",
                null,
                "ftp://example.org/x",
                "s".repeat(257),
                "last Tuesday",
                "e".repeat(513));

        assertThat(violationsOf(submission))
                .containsExactly(
                        new Violation("externalId", "must be at most 512 characters"),
                        new Violation("publishedAt", "must be an ISO 8601 date or date-time"),
                        new Violation("source", "must be at most 256 characters"),
                        new Violation("text", "must not contain NUL characters"),
                        new Violation("title", "must be at most 2048 characters"),
                        new Violation("url", "must be an absolute http or https URL of at most 2048 characters"));
    }

    @Test
    void exactlyOneOfTextAndHtml() {
        assertThat(violationsOf(new ArticleSubmission("Title only", " ", null, null, null, null, null)))
                .containsExactly(new Violation("text", "exactly one of text and html is required; neither was given"));
        assertThat(violationsOf(new ArticleSubmission(null, "Words.", "<p>Words.</p>", null, null, null, null)))
                .containsExactly(new Violation("html", "exactly one of text and html is required; both were given"));
    }

    @Test
    void blankOptionalFieldsAndFieldsAtTheirWidthAreValid() {
        ArticleSubmission submission = new ArticleSubmission(
                "t".repeat(2048),
                null,
                "<p>Words.</p>",
                "https://news.example.org/" + "p".repeat(2048 - 25),
                " ",
                "",
                "e".repeat(512));

        assertThat(validator.validate(SubmissionConstraints.of(submission))).isEmpty();
    }

    @Test
    void aMissingBodyIsNamedBody() {
        assertThat(violationsOf(null)).containsExactly(new Violation("body", "an article JSON object is required"));
    }

    private List<Violation> violationsOf(ArticleSubmission submission) {
        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> articleService.store(submission, "test"));
        assertThat(refused).as("refused").isNotNull();
        return refused.violations();
    }
}

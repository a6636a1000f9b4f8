package dev.saywho.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.junit.jupiter.api.Test;

import dev.saywho.common.ArticleSubmission;
import dev.saywho.common.AttributionResponse;
import dev.saywho.common.AttributionStatus;
import dev.saywho.ingest.client.AttributionClient;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The remote attribution call never runs inside a database transaction. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class AttributionOutsideTransactionTest {

    @InjectMock
    AttributionClient attributionClient;

    @Inject
    TransactionManager transactionManager;

    @Inject
    ArticleService articleService;

    @Test
    void ingestCallsTheAttributionServiceOutsideAnyTransaction() {
        AtomicInteger statusDuringCall = new AtomicInteger(-1);
        when(attributionClient.attribute(anyString(), anyString())).thenAnswer(call -> {
            statusDuringCall.set(transactionManager.getStatus());
            return new AttributionResponse(call.getArgument(0), "9.9.9", List.of(), List.of());
        });

        ArticleService.IngestOutcome outcome = articleService.ingest(
                new ArticleSubmission(
                        null,
                        "The Port Tessaly council met, file " + Fictional.marker() + ".",
                        null,
                        null,
                        "tx-test",
                        null,
                        null),
                "test");

        assertThat(statusDuringCall.get()).isEqualTo(Status.STATUS_NO_TRANSACTION);
        assertThat(outcome.created()).isTrue();
        assertThat(outcome.article().status()).isEqualTo(AttributionStatus.ATTRIBUTED);
        assertThat(outcome.article().engineVersion()).isEqualTo("9.9.9");
    }
}

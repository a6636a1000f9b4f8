package dev.saywho.ingest.persistence;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@link StoredValuesProperty} on the test database: PostgreSQL in CI (SAYWHO_TEST_DB_URL), H2 otherwise. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class StoredValuesTest extends StoredValuesProperty {

    @Inject
    ObjectMapper mapper;

    @Override
    ObjectMapper json() {
        return mapper;
    }
}

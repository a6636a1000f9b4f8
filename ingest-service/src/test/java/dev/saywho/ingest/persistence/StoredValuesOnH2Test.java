package dev.saywho.ingest.persistence;

import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@link StoredValuesProperty} on embedded H2, the default database, whatever database the other tests use. */
@QuarkusTest
@TestProfile(StoredValuesOnH2Test.OnH2.class)
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class StoredValuesOnH2Test extends StoredValuesProperty {

    /** An in-memory H2 database of its own, in the mode and settings of the default file database. */
    public static class OnH2 implements QuarkusTestProfile {
        private static final String URL = "jdbc:h2:mem:saywho-stored-values;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", URL, "%test.quarkus.datasource.jdbc.url", URL);
        }
    }

    @Inject
    ObjectMapper mapper;

    @Override
    ObjectMapper json() {
        return mapper;
    }
}

package dev.saywho.ingest.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.saywho.ingest.service.ArticleStore;

/**
 * Ready only while the article table can really be read: a pool that hands out connections to a database that has
 * closed underneath it (an embedded database after an I/O failure) passes a connection check but not this one.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private final ArticleStore store;

    public DatabaseReadinessCheck(ArticleStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            store.probe();
            return HealthCheckResponse.up("article store");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("article store")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}

package dev.saywho.ingest.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Ready only while the article table can really be read: a pool that hands out connections to a database that has
 * closed underneath it (an embedded database after an I/O failure) passes a connection check but not this one.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 5;

    private final EntityManager entityManager;

    public DatabaseReadinessCheck(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> entityManager
                    .createQuery("select count(a.id) from ArticleEntity a where a.id = -1", Long.class)
                    .setHint("jakarta.persistence.query.timeout", TIMEOUT_SECONDS * 1000)
                    .getSingleResult());
            return HealthCheckResponse.up("article store");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("article store").down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}

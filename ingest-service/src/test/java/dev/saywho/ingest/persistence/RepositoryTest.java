package dev.saywho.ingest.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.saywho.common.AttributionStatus;
import dev.saywho.common.SpeakerKind;
import dev.saywho.ingest.service.SpeakerRegistry;
import dev.saywho.ingest.testing.Fictional;
import dev.saywho.ingest.testing.WireMockAttributionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Persistence through the repositories, on whichever database the test profile points at. */
@QuarkusTest
@WithTestResource(value = WireMockAttributionService.class, scope = TestResourceScope.GLOBAL)
class RepositoryTest {

    @Inject
    ArticleRepository articles;

    @Inject
    SpeakerRepository speakers;

    @Inject
    SpeakerRegistry speakerRegistry;

    private static ArticleEntity article(String marker) {
        ArticleEntity article = new ArticleEntity();
        article.externalId = "ext-" + marker;
        article.canonicalUrl = "https://news.example.org/" + marker;
        article.contentHash = (marker + "0".repeat(64)).substring(0, 64);
        article.text = "Text of " + marker;
        article.originalJson = "{}";
        article.status = AttributionStatus.PENDING;
        article.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        article.source = "repo-" + marker;
        return article;
    }

    @Test
    void storesAndFindsArticlesByEachIdentity() {
        String marker = Fictional.marker();
        ArticleEntity stored = article(marker);
        stored.removed.add(new RemovedTextEmbeddable("DATELINE", "PORT TESSALY -"));
        QuarkusTransaction.requiringNew().run(() -> articles.persist(stored));

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(articles.findDuplicate("ext-" + marker, null, "x").map(a -> a.id))
                    .contains(stored.id);
            assertThat(articles.findDuplicate(null, "https://news.example.org/" + marker, "x")
                            .map(a -> a.id))
                    .contains(stored.id);
            assertThat(articles.findDuplicate(null, null, stored.contentHash).map(a -> a.id))
                    .contains(stored.id);
            assertThat(articles.findDuplicate(null, null, "no-such-hash")).isEmpty();
            assertThat(articles.findById(stored.id).removed)
                    .extracting(r -> r.kind)
                    .containsExactly("DATELINE");
            assertThat(articles.countBy("REPO-" + marker, null)).isEqualTo(1);
        });
    }

    @Test
    void uniqueConstraintsRejectASecondArticleWithTheSameIdentity() {
        String marker = Fictional.marker();
        QuarkusTransaction.requiringNew().run(() -> articles.persist(article(marker)));
        ArticleEntity sameHash = article(marker);
        sameHash.externalId = null;
        sameHash.canonicalUrl = null;
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> articles.persistAndFlush(sameHash)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void claimingIsConditionalOnStatusAndDueTime() {
        String marker = Fictional.marker();
        ArticleEntity pending = article(marker);
        pending.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        QuarkusTransaction.requiringNew().run(() -> articles.persist(pending));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        assertThat(QuarkusTransaction.requiringNew().call(() -> articles.findDuePendingIds(now, 10_000)))
                .contains(pending.id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> articles.claim(pending.id, now, now.plusMinutes(2))))
                .isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> articles.claim(pending.id, now, now.plusMinutes(2))))
                .isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> articles.findDuePendingIds(now, 10_000)))
                .doesNotContain(pending.id);
    }

    @Test
    void speakersAreOnePerNormalizedNameAndKind() {
        String surname = Fictional.surname();
        long first =
                speakerRegistry.resolve("Ilse " + surname, SpeakerKind.PERSON).orElseThrow();
        long variant = speakerRegistry
                .resolve("  ILSE " + surname.toUpperCase(Locale.ROOT) + ".", SpeakerKind.PERSON)
                .orElseThrow();
        long organization = speakerRegistry
                .resolve("Ilse " + surname, SpeakerKind.ORGANIZATION)
                .orElseThrow();

        assertThat(variant).isEqualTo(first);
        assertThat(organization).isNotEqualTo(first);
        assertThat(speakerRegistry.resolve(" -- ", SpeakerKind.PERSON)).isEmpty();
        QuarkusTransaction.requiringNew()
                .run(() -> assertThat(speakers.findByKey("ilse " + surname.toLowerCase(Locale.ROOT), SpeakerKind.PERSON)
                                .map(s -> s.name))
                        .contains("Ilse " + surname));
    }
}

package dev.saywho.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void isSha256OfTheTextWithWhitespaceRunsCollapsed() {
        String hash = ArticleService.contentHash("Mayor Ilse Varga spoke.");
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(ArticleService.contentHash("  Mayor Ilse\n\nVarga   spoke. "))
                .isEqualTo(hash);
        assertThat(ArticleService.contentHash("Mayor Ilse Varga spoke!")).isNotEqualTo(hash);
    }
}

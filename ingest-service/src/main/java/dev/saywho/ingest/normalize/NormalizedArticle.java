package dev.saywho.ingest.normalize;

import java.util.List;
import java.util.Objects;

/** A normalized article body (paragraphs separated by one blank line), its metadata, and what was removed. */
public record NormalizedArticle(String text, ArticleMetadata metadata, List<RemovedText> removed) {

    public NormalizedArticle {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        removed = List.copyOf(removed);
    }
}

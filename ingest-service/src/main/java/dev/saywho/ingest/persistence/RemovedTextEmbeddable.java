package dev.saywho.ingest.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A piece of boilerplate removed from an article by normalization. */
@Embeddable
public class RemovedTextEmbeddable {

    @Column(nullable = false, length = ColumnWidths.REMOVED_KIND)
    public String kind;

    @Column(nullable = false)
    public String text;

    public RemovedTextEmbeddable() {}

    public RemovedTextEmbeddable(String kind, String text) {
        this.kind = kind;
        this.text = text;
    }
}

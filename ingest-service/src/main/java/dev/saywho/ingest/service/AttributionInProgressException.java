package dev.saywho.ingest.service;

/** Another attribution attempt owns the article now (its first attribution, a retry or a re-attribution). */
public class AttributionInProgressException extends RuntimeException {

    public AttributionInProgressException(long articleId) {
        super("Article " + articleId + " is being attributed right now; try again when that attempt has ended.");
    }
}

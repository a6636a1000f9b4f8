package dev.saywho.ingest.service;

/** The submitted article exceeds {@code saywho.ingest.max-article-chars}. */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(int maxChars) {
        super("The article exceeds the limit of " + maxChars + " characters.");
    }
}

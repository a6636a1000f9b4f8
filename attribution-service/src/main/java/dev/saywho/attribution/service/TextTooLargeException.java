package dev.saywho.attribution.service;

/** A text longer than the service accepts (answered with 413). */
public class TextTooLargeException extends RuntimeException {

    public TextTooLargeException(int length, int limit) {
        super("The text has " + length + " characters; the limit is " + limit + ".");
    }
}

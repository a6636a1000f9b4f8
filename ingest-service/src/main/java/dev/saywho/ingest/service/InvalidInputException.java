package dev.saywho.ingest.service;

import java.util.List;

import dev.saywho.common.Problem;

/** The request (an article, a batch line or query parameters) is invalid; carries every invalid field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public InvalidInputException(List<Problem.Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem.Violation(field, message)));
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}

package dev.saywho.ingest.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import dev.saywho.common.Problem;

/** The request (an article, a batch line or query parameters) is invalid; carries every invalid field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public InvalidInputException(List<Problem.Violation> violations) {
        super(
                violations.isEmpty()
                        ? "invalid input"
                        : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem.Violation(field, message)));
    }

    /**
     * The violations Bean Validation found, each named by the last node of its path (a parameter "search.size" becomes
     * "size"), ordered by field and message.
     */
    public static InvalidInputException of(Collection<? extends ConstraintViolation<?>> violations) {
        return new InvalidInputException(violations.stream()
                .map(v -> new Problem.Violation(leafName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList());
    }

    private static String leafName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}

package dev.saywho.ingest.service;

import java.util.Optional;
import java.util.function.Predicate;

/** Walks a failure's chain of causes, bounded: a chain is never this long unless it loops. */
final class Causes {

    /** Causes looked at, the failure itself included. */
    static final int MAX_DEPTH = 16;

    private Causes() {}

    /** The first of {@code failure} and its causes that meets {@code test}. */
    static Optional<Throwable> first(Throwable failure, Predicate<Throwable> test) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (test.test(current)) {
                return Optional.of(current);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Optional.empty();
    }
}

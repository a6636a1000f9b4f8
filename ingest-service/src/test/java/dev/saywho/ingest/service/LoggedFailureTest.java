package dev.saywho.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** What is logged of a failure never carries what the client sent. */
class LoggedFailureTest {

    private static final String ROW = "Failing row contains (42, " + "Port Tessaly council text ".repeat(40_000) + ")";

    @Test
    void aDatabaseErrorIsLoggedByItsStateNotItsRow() {
        SQLException sql = new SQLException("ERROR: value too long. " + ROW, "22001", 0);
        RuntimeException wrapped = new IllegalStateException("could not execute statement [" + ROW + "]", sql);

        String logged = stackTrace(LoggedFailure.of(wrapped));

        assertThat(logged)
                .contains("java.lang.IllegalStateException: SQLState 22001 (vendor code 0)")
                .contains("java.sql.SQLException: SQLState 22001 (vendor code 0)")
                .contains("LoggedFailureTest")
                .doesNotContain("Port Tessaly");
        assertThat(logged.length()).isLessThan(20_000);
    }

    @Test
    void anyOtherLongMessageIsCut() {
        String logged = LoggedFailure.describe(new IllegalArgumentException("x".repeat(1_000_000)));

        assertThat(logged).startsWith("java.lang.IllegalArgumentException: xxx").endsWith("left out)");
        assertThat(logged.length()).isLessThan(LoggedFailure.MAX_MESSAGE + 100);
    }

    @Test
    void aLoopingChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(stackTrace(LoggedFailure.of(second))).contains("second");
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}

package dev.saywho.ingest.service;

import java.sql.SQLException;

/**
 * A failure as it may be logged: the same chain of causes and stack traces, with every message that could carry what
 * a client sent left out or cut short. A database error's message can hold the whole failing row (PostgreSQL's
 * "Failing row contains (…)"), article text and original JSON included: of it, only its SQLState and vendor code are
 * kept. Other messages are cut at {@link #MAX_MESSAGE} characters.
 */
public final class LoggedFailure extends RuntimeException {

    /** Long enough for any message of ours and a framework's, too short for an article. */
    static final int MAX_MESSAGE = 300;

    private LoggedFailure(String message, Throwable original, Throwable cause) {
        super(message, cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    /** {@code failure} fit for the log. */
    public static LoggedFailure of(Throwable failure) {
        return of(failure, 0);
    }

    private static LoggedFailure of(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        LoggedFailure safeCause =
                cause == null || cause == failure || depth >= Causes.MAX_DEPTH ? null : of(cause, depth + 1);
        return new LoggedFailure(describe(failure), failure, safeCause);
    }

    /** The failure's class and a message that carries no content: "DataException: SQLState 22001 (vendor code 0)". */
    public static String describe(Throwable failure) {
        SQLException sql = Causes.first(failure, SQLException.class::isInstance)
                .map(SQLException.class::cast)
                .orElse(null);
        String message;
        if (sql != null) {
            message = "SQLState " + sql.getSQLState() + " (vendor code " + sql.getErrorCode() + ")";
        } else if (failure.getMessage() == null) {
            message = null;
        } else if (failure.getMessage().length() > MAX_MESSAGE) {
            message = failure.getMessage().substring(0, MAX_MESSAGE) + "… ("
                    + (failure.getMessage().length() - MAX_MESSAGE) + " more characters left out)";
        } else {
            message = failure.getMessage();
        }
        String name = failure.getClass().getName();
        return message == null ? name : name + ": " + message;
    }
}

package dev.saywho.attribution.service;

/** The engine failed on a text: a bug to fix, answered 500, never passed off as "no quotes". */
public class EngineFailureException extends RuntimeException {

    public EngineFailureException(Throwable cause) {
        super("the engine failed on this text", cause);
    }
}

package dev.saywho.attribution.engine;

/**
 * A rule that threw on some text. The engine skips the rule there and goes on (one malformed neighbourhood must not
 * cost a whole article its quotes), but never silently: every failure is in the {@link EngineResult}, for the service
 * to log and count, and for the tests to fail on.
 *
 * @param rule the rule's name, e.g. {@code cue-at-token}
 * @param offset where in the text the rule was applied (the start of its token or sentence)
 * @param error what it threw
 */
public record RuleFailure(String rule, int offset, RuntimeException error) {}

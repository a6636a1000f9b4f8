package dev.saywho.attribution.engine;

import java.util.List;

/**
 * Engine configuration: the speaker sieves' order by name and the cue rules' precedence by name (an empty list means
 * the default: every sieve, every cue rule, in the order of {@link Sieve} and of {@code /rules/rules.tsv}).
 */
public record EngineOptions(List<String> sieveOrder, List<String> rulePrecedence) {

    public EngineOptions {
        sieveOrder = sieveOrder == null ? List.of() : List.copyOf(sieveOrder);
        rulePrecedence = rulePrecedence == null ? List.of() : List.copyOf(rulePrecedence);
    }

    /** The default options: every sieve and every rule, in the default order. */
    public static EngineOptions defaults() {
        return new EngineOptions(List.of(), List.of());
    }
}

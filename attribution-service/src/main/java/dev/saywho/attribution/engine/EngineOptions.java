package dev.saywho.attribution.engine;

import java.util.List;

/** Engine configuration: the attribution sieve order by name (empty list = default order). */
public record EngineOptions(List<String> sieveOrder) {

    public EngineOptions {
        sieveOrder = sieveOrder == null ? List.of() : List.copyOf(sieveOrder);
    }

    /** The default options: every sieve, in the default order. */
    public static EngineOptions defaults() {
        return new EngineOptions(List.of());
    }
}

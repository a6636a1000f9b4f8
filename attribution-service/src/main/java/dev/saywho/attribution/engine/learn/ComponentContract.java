package dev.saywho.attribution.engine.learn;

import java.util.Set;

/**
 * What a component of the engine is, for whoever builds a pipeline out of it: its name, what it needs from a sentence
 * ({@code words}, {@code upos}) and what it adds ({@code entities}). A pipeline that cannot give a need fails to build
 * (spaCy's {@code requires}/{@code assigns}, Stanza's {@code REQUIRES}/{@code PROVIDES}).
 */
public record ComponentContract(String name, Set<String> needs, Set<String> adds) {

    public ComponentContract {
        needs = Set.copyOf(needs);
        adds = Set.copyOf(adds);
    }

    /** Throws {@link IllegalArgumentException} naming the first need that {@code available} does not give. */
    public void requireMet(Set<String> available) {
        for (String need : needs) {
            if (!available.contains(need)) {
                throw new IllegalArgumentException("component " + name + " needs " + need
                        + ", which the pipeline does not give (it gives " + available + ")");
            }
        }
    }
}

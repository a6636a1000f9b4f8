package dev.saywho.attribution.engine.coref;

import java.util.List;

/**
 * A text with gold coreference: its input for the linker and, for each of its mentions, the chain (entity) it belongs
 * to, as a number unique within the text.
 */
public record CorefDocument(String id, CorefInput input, List<Integer> chains) {

    public CorefDocument {
        chains = List.copyOf(chains);
        if (chains.size() != input.mentions().size()) {
            throw new IllegalArgumentException(
                    input.mentions().size() + " mentions but " + chains.size() + " chain numbers");
        }
    }

    /** Whether two mentions belong to the same chain. */
    public boolean sameChain(int a, int b) {
        return chains.get(a).equals(chains.get(b));
    }
}

package dev.saywho.attribution.engine.coref;

import java.util.List;

/**
 * What the linker reads: the sentences of one text (an article) and the mentions found in them. Mentions are referred
 * to by their index in {@link #mentions()}; they may come in any order (the linker orders them by position).
 */
public record CorefInput(List<CorefSentence> sentences, List<Mention> mentions) {

    public CorefInput {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        for (Mention m : mentions) {
            if (m.sentence() >= sentences.size()
                    || m.end() > sentences.get(m.sentence()).size()) {
                throw new IllegalArgumentException(
                        "mention " + m + " lies outside the " + sentences.size() + " sentences given");
            }
        }
    }
}
